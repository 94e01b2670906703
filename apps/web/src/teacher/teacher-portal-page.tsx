import { useMemo } from 'react';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';
import { AlertList } from './alert-list.tsx';
import { ClassErrorGroups } from './class-error-groups.tsx';
import { ExerciseGenerator } from './exercise-generator.tsx';
import { RosterHeatMap } from './roster-heat-map.tsx';
import { useOpenAlerts } from './use-open-alerts.ts';

/** The teacher's class: live struggle alerts, the mastery heat map, and exercise generation. */
export function TeacherPortalPage() {
  const api = useApi();
  const roster = useAsync(() => api.roster(), [api]);
  const curriculum = useAsync(() => api.curriculum(), [api]);
  const alerts = useOpenAlerts(() => roster.reload());
  const open = alerts.data?.length ?? 0;
  useTitle(open > 0 ? `(${open}) Class` : 'Class');

  const topicTitle = useMemo(() => {
    const titles = new Map(
      curriculum.data?.modules.flatMap((m) => m.topics.map((t) => [t.slug, t.title] as const)),
    );
    return (slug: string) => titles.get(slug) ?? slug.replaceAll('-', ' ');
  }, [curriculum.data]);

  const className = roster.data?.classes.map((c) => c.name).join(', ');
  return (
    <div className="page teacher-portal">
      <header className="page-header">
        <h1>Your class</h1>
        {className && <p className="muted">{className}</p>}
      </header>
      <section
        className={`card alerts-panel ${alerts.fresh.size > 0 ? 'has-fresh' : ''}`}
        aria-labelledby="alerts-title"
      >
        <h2 id="alerts-title">
          Struggle alerts{' '}
          <span className={`badge ${open > 0 ? 'alert-badge' : ''}`} data-testid="open-alert-count">
            {open}
          </span>
        </h2>
        {alerts.loading && !alerts.data && <Loading label="Loading alerts…" />}
        <ErrorNotice error={alerts.error} onRetry={alerts.reload} />
        {alerts.data && (
          <AlertList
            alerts={alerts.data}
            fresh={alerts.fresh}
            topicTitle={topicTitle}
            onResolve={alerts.resolve}
          />
        )}
      </section>
      {roster.data?.classes.map((c) => (
        <ClassErrorGroups key={c.id} classId={c.id} className={c.name} topicTitle={topicTitle} />
      ))}
      <section className="card" aria-labelledby="roster-title">
        <h2 id="roster-title">Mastery by student and topic</h2>
        {(roster.loading || curriculum.loading) && !(roster.data && curriculum.data) && (
          <Loading label="Loading your class…" />
        )}
        <ErrorNotice
          error={roster.error ?? curriculum.error}
          onRetry={roster.error ? roster.reload : curriculum.reload}
        />
        {roster.data && curriculum.data && (
          <RosterHeatMap roster={roster.data} curriculum={curriculum.data} />
        )}
      </section>
      {roster.data && curriculum.data && (
        <ExerciseGenerator curriculum={curriculum.data} students={roster.data.students} />
      )}
    </div>
  );
}
