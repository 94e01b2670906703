import { useLiveFrame } from '../live/use-live-frame.ts';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';

/** Exercises a teacher assigned; a new one appears live (`assignment.created`). */
export function AssignedExercises() {
  const api = useApi();
  const assignments = useAsync(() => api.assignments(), [api]);
  useLiveFrame('assignment.created', () => assignments.reload());
  const list = assignments.data?.assignments ?? [];
  const open = list.filter((a) => !a.completed);
  return (
    <section className="card stat-card assignments" aria-labelledby="assigned-title">
      <h2 className="stat-label" id="assigned-title">
        Assigned to you {open.length > 0 && <span className="badge">{open.length}</span>}
      </h2>
      {assignments.loading && !assignments.data && <Loading />}
      <ErrorNotice error={assignments.error} onRetry={assignments.reload} />
      {assignments.data && list.length === 0 && <p className="muted">Nothing assigned right now.</p>}
      {list.length > 0 && (
        <ul className="assignment-list">
          {list.slice(0, 6).map((a) => (
            <li key={a.id} className={a.completed ? 'done' : undefined}>
              <Link href={`/learn/exercises/${a.exerciseId}`}>{a.title}</Link>
              <span className="muted">
                {' '}
                · {a.difficulty} · from {a.assignedBy.name}
                {a.completed ? ' · done ✓' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
