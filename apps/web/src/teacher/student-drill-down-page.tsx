import { useMemo } from 'react';
import type { StudentDetail } from '../api/types.ts';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { Link, queryParam, useLocation } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { MasteryMeter } from '../ui/mastery-meter.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';
import { AlertEvidence } from './alert-evidence.tsx';
import { AlertList } from './alert-list.tsx';
import { ExerciseGenerator } from './exercise-generator.tsx';
import { PasswordResetCode } from './password-reset-code.tsx';
import { StudentActivity } from './student-activity.tsx';

/** One student: open alerts, recent errors, submissions, chat about the alert's topic, mastery; help them. */
export function StudentDrillDownPage({ studentId }: { studentId: string }) {
  const api = useApi();
  const location = useLocation();
  const focusId = queryParam(location, 'alert');
  const detail = useAsync(() => api.student(studentId), [api, studentId]);
  const progress = useAsync(() => api.studentProgress(studentId), [api, studentId]);
  const curriculum = useAsync(() => api.curriculum(), [api]);
  useTitle(detail.data?.student.name);

  useLiveFrame('alert.created', (frame) => {
    if (frame.data.student.id === studentId) {
      detail.reload();
      progress.reload();
    }
  });
  useLiveFrame('progress.updated', () => progress.reload());

  const topicTitle = useMemo(() => {
    const titles = new Map(
      curriculum.data?.modules.flatMap((m) => m.topics.map((t) => [t.slug, t.title] as const)),
    );
    return (slug: string) => titles.get(slug) ?? slug.replaceAll('-', ' ');
  }, [curriculum.data]);

  if (detail.loading && !detail.data) return <Loading label="Loading the student…" />;
  if (!detail.data)
    return (
      <div className="page narrow">
        <ErrorNotice error={detail.error} onRetry={detail.reload} />
        <Link href="/teacher">Back to your class</Link>
      </div>
    );
  const data: StudentDetail = detail.data;
  const focus = data.openAlerts.find((a) => a.id === focusId) ?? data.openAlerts[0];
  const focusTopic = focus?.topic ?? null;
  const resolve = async (alert: { id: string }) => {
    await api.resolveAlert(alert.id);
    detail.setData((d) => d && { ...d, openAlerts: d.openAlerts.filter((a) => a.id !== alert.id) });
  };

  return (
    <div className="page drill-down">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teacher">Your class</Link> <span aria-hidden="true">›</span> {data.student.name}
      </nav>
      <header className="page-header">
        <h1>{data.student.name}</h1>
        <p className="muted">{data.student.email}</p>
        <Link href={`/teacher/students/${data.student.id}/replay`} className="button small">
          Replay attempts
        </Link>
      </header>
      {focus && <AlertEvidence key={focus.id} alertId={focus.id} onResolved={() => detail.reload()} />}
      <div className="drill-grid">
        <section className="card" aria-labelledby="open-alerts-title">
          <h2 id="open-alerts-title">Open alerts</h2>
          <AlertList
            alerts={data.openAlerts}
            fresh={new Set()}
            topicTitle={topicTitle}
            onResolve={resolve}
            showStudentLink={false}
            focusId={focus?.id ?? null}
          />
        </section>
        {curriculum.data && (
          <ExerciseGenerator
            key={focus?.id ?? 'none'}
            curriculum={curriculum.data}
            students={[{ id: data.student.id, name: data.student.name }]}
            preset={{ topic: focusTopic, difficulty: 'easy', studentIds: [data.student.id] }}
          />
        )}
      </div>
      <StudentActivity detail={data} focusTopic={focusTopic} topicTitle={topicTitle} />
      <section className="card" aria-labelledby="student-mastery-title">
        <h2 id="student-mastery-title">Mastery</h2>
        {progress.loading && !progress.data && <Loading />}
        <ErrorNotice error={progress.error} onRetry={progress.reload} />
        {progress.data && progress.data.topics.length === 0 && <p className="muted">No topic started yet.</p>}
        {progress.data && progress.data.topics.length > 0 && (
          <ul className="mastery-list">
            {progress.data.topics.map((t) => (
              <li key={t.topic}>
                <span>{topicTitle(t.topic)}</span>
                <MasteryMeter mastery={t.mastery} level={t.level} label={topicTitle(t.topic)} />
              </li>
            ))}
          </ul>
        )}
        {progress.data && <p className="muted">Streak: {progress.data.streak} days</p>}
      </section>
      <PasswordResetCode student={data.student} />
    </div>
  );
}
