import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';

/** Exercises the student's teachers wrote and published to their classes (shown only when there are some). */
export function ClassExercises() {
  const api = useApi();
  const all = useAsync(() => api.allExercises(), [api]);
  const list = (all.data?.exercises ?? []).filter((e) => e.source === 'authored');
  if (all.error) return <ErrorNotice error={all.error} onRetry={all.reload} />;
  if (list.length === 0) return null;
  return (
    <section className="card stat-card assignments" aria-labelledby="class-exercises-title">
      <h2 className="stat-label" id="class-exercises-title">
        From your teachers
      </h2>
      <ul className="assignment-list">
        {list.map((e) => (
          <li key={e.id} className={e.bestScore === 100 ? 'done' : undefined}>
            <Link href={`/learn/exercises/${e.id}`}>{e.title}</Link>
            <span className="muted">
              {' '}
              · {e.difficulty}
              {e.bestScore === 100 ? ' · solved ✓' : e.bestScore !== null ? ` · best ${e.bestScore}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
