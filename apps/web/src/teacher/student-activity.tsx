import type { StudentDetail } from '../api/types.ts';
import { Markdown } from '../markdown/markdown.tsx';
import { timeAgo } from '../ui/time-ago.ts';

export interface StudentActivityProps {
  detail: StudentDetail;
  /** The alert's topic: its errors and chat come first. */
  focusTopic: string | null;
  topicTitle: (slug: string) => string;
}

const CHAT_EXCERPTS = 8;
const EXCERPT_CHARS = 400;
const excerpt = (text: string) =>
  text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).trimEnd()}…` : text;

/** Recent errors, submissions and chat excerpts, those about the alert's topic first. */
export function StudentActivity({ detail, focusTopic, topicTitle }: StudentActivityProps) {
  const first = <T extends { topic: string | null }>(list: T[]) =>
    focusTopic
      ? [...list.filter((x) => x.topic === focusTopic), ...list.filter((x) => x.topic !== focusTopic)]
      : list;
  const errors = first(detail.recentErrors);
  const chat = first(detail.chat).slice(0, CHAT_EXCERPTS);
  return (
    <div className="drill-grid">
      <section className="card" aria-labelledby="errors-title">
        <h2 id="errors-title">Recent errors</h2>
        {errors.length === 0 ? (
          <p className="muted">No errors recently.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Error</th>
                <th scope="col">Line</th>
                <th scope="col">Topic</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, n) => (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: two errors can share a time; the list is replaced whole
                  key={`${e.at}-${n}`}
                  className={focusTopic && e.topic === focusTopic ? 'relevant' : undefined}
                >
                  <td>
                    <code>{e.type}</code>
                  </td>
                  <td>{e.line ?? '–'}</td>
                  <td>{e.topic ? topicTitle(e.topic) : '–'}</td>
                  <td>{timeAgo(e.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="submissions-title">
        <h2 id="submissions-title">Recent submissions</h2>
        {detail.recentSubmissions.length === 0 ? (
          <p className="muted">No submissions yet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Result</th>
                <th scope="col">Score</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {detail.recentSubmissions.map((s) => (
                <tr key={s.id} className={focusTopic && s.topic === focusTopic ? 'relevant' : undefined}>
                  <td>{s.title}</td>
                  <td className={s.passed ? 'tone-ok' : 'tone-error'}>{s.passed ? 'passed' : 'failed'}</td>
                  <td>{s.score}</td>
                  <td>{timeAgo(s.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card chat-excerpts" aria-labelledby="chat-title">
        <h2 id="chat-title">Chat excerpts{focusTopic ? ` about ${topicTitle(focusTopic)}` : ''}</h2>
        {chat.length === 0 ? (
          <p className="muted">No conversations with the tutor yet.</p>
        ) : (
          <ol className="excerpts">
            {chat.map((m, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two messages can share a time; the list is replaced whole
              <li key={`${m.at}-${n}`} className={`excerpt from-${m.role}`}>
                <span className="excerpt-meta">
                  {m.role === 'student' ? detail.student.name.split(' ')[0] : 'Tutor'} · {timeAgo(m.at)}
                  {m.topic ? ` · ${topicTitle(m.topic)}` : ''}
                </span>
                {m.role === 'tutor' ? (
                  <Markdown source={excerpt(m.content)} headingOffset={3} />
                ) : (
                  <p>{excerpt(m.content)}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
