import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { timeAgo } from '../ui/time-ago.ts';
import { useAsync } from '../ui/use-async.ts';

/** The same error met by several students of one class today: a lesson for everyone, not one alert. */
export function ClassErrorGroups({
  classId,
  className,
  topicTitle,
}: {
  classId: string;
  className: string;
  topicTitle: (slug: string) => string;
}) {
  const api = useApi();
  const groups = useAsync(() => api.errorGroups(classId), [api, classId]);
  return (
    <section className="card" aria-label={`Shared errors in ${className}`}>
      <h2>Shared errors today · {className}</h2>
      {groups.loading && !groups.data && <Loading />}
      <ErrorNotice error={groups.error} onRetry={groups.reload} />
      {groups.data && groups.data.groups.length === 0 && (
        <p className="muted">No error shared by two or more students in the last 24 hours.</p>
      )}
      {groups.data && groups.data.groups.length > 0 && (
        <ul className="error-groups">
          {groups.data.groups.map((g) => (
            <li key={`${g.errorType}-${g.exercise?.id ?? g.topic ?? ''}`} data-testid="error-group">
              <strong>
                {g.students.length} students hit the same {g.errorType}
              </strong>{' '}
              {g.exercise ? <>on “{g.exercise.title}”</> : g.topic ? <>in {topicTitle(g.topic)}</> : null} ·{' '}
              {g.occurrences} times, last {timeAgo(g.lastAt)}
              <p className="muted small">{g.students.map((s) => s.name).join(', ')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
