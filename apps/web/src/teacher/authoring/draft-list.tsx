import { Link } from '../../router/router.tsx';
import { useApi } from '../../session/session-context.tsx';
import { ErrorNotice } from '../../ui/status.tsx';
import { useAsync } from '../../ui/use-async.ts';

/** The teacher's own exercises, drafts and published, newest change first. */
export function DraftList() {
  const api = useApi();
  const drafts = useAsync(() => api.drafts(), [api]);
  const list = drafts.data?.drafts ?? [];
  return (
    <section className="card" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Your exercises</h2>
      <ErrorNotice error={drafts.error} onRetry={drafts.reload} />
      {drafts.data && list.length === 0 && (
        <p className="muted">None yet: write one for a class with its Write an exercise button.</p>
      )}
      {list.length > 0 && (
        <ul aria-label="Your exercises">
          {list.map((d) => (
            <li key={d.id}>
              <Link href={`/teacher/exercises/${d.id}`}>{d.title}</Link>{' '}
              <span className="muted small">
                {d.status === 'published' ? `published to ${d.class?.name ?? 'a class'}` : 'draft'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
