import { LEVELS } from '@learnflow/contracts/mastery-level';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { Link } from '../router/router.tsx';
import { useApi, useSession } from '../session/session-context.tsx';
import { levelClass } from '../ui/level.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';
import { AssignedExercises } from './assigned-exercises.tsx';
import { ClassExercises } from './class-exercises.tsx';
import { ModuleCard } from './module-card.tsx';
import { applyProgressUpdate } from './progress-model.ts';

/** The student's home: streak, next topic, assignments, and the curriculum with mastery per topic. */
export function DashboardPage() {
  useTitle('Dashboard');
  const api = useApi();
  const { session } = useSession();
  const curriculum = useAsync(() => api.curriculum(), [api]);
  const progress = useAsync(() => api.progress(), [api]);

  useLiveFrame('progress.updated', (frame) => {
    progress.setData((current) => applyProgressUpdate(current, frame.data));
  });

  const next = progress.data?.nextTopic;
  const firstName = session?.user.name.split(' ')[0] ?? '';
  return (
    <div className="page dashboard">
      <header className="page-header">
        <h1>Welcome back{firstName ? `, ${firstName}` : ''}</h1>
      </header>
      <section className="summary-row" aria-label="Your progress at a glance">
        <div className="card stat-card">
          <h2 className="stat-label">Streak</h2>
          {progress.loading && !progress.data ? (
            <Loading />
          ) : (
            <p className="stat-value" data-testid="streak">
              {progress.data?.streak ?? 0}{' '}
              <span className="stat-unit">{progress.data?.streak === 1 ? 'day' : 'days'}</span>
            </p>
          )}
        </div>
        <div className="card stat-card next-topic">
          <h2 className="stat-label">Next up</h2>
          {next ? (
            <p>
              <Link href={`/learn/topics/${next.topic}`} className="next-link">
                {next.title}
              </Link>
              <span className="muted"> {next.reason === 'continue' ? '· keep going' : '· start here'}</span>
            </p>
          ) : progress.loading ? (
            <Loading />
          ) : (
            <p className="muted">You have mastered every topic. Impressive!</p>
          )}
        </div>
        <AssignedExercises />
        <ClassExercises />
      </section>
      <ErrorNotice error={progress.error} onRetry={progress.reload} title="Your progress did not load." />
      <section aria-labelledby="curriculum-title">
        <div className="section-header">
          <h2 id="curriculum-title">Your curriculum</h2>
          <ul className="level-legend" aria-label="Mastery levels">
            {LEVELS.map((level) => (
              <li key={level} className={levelClass(level)}>
                <span className="legend-swatch" aria-hidden="true" />
                {level}
              </li>
            ))}
          </ul>
        </div>
        {curriculum.loading && !curriculum.data && <Loading label="Loading the curriculum…" />}
        <ErrorNotice error={curriculum.error} onRetry={curriculum.reload} />
        {curriculum.data && (
          <ol className="module-grid">
            {curriculum.data.modules.map((module) => (
              <ModuleCard key={module.slug} module={module} progress={progress.data} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
