import { useState } from 'react';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';

const MARK = { same: ' ', added: '+', removed: '-' } as const;

/** A student's attempts at one exercise, stepped through one by one, each with its diff from the one before. */
export function SessionReplayPage({ studentId }: { studentId: string }) {
  const api = useApi();
  const [exerciseId, setExerciseId] = useState<string | undefined>(undefined);
  const [step, setStep] = useState(0);
  const replay = useAsync(() => api.replay(studentId, exerciseId), [api, studentId, exerciseId]);
  useTitle(replay.data ? `Replay · ${replay.data.student.name}` : 'Replay');

  if (replay.loading && !replay.data) return <Loading label="Loading the attempts…" />;
  if (!replay.data)
    return (
      <div className="page narrow">
        <ErrorNotice error={replay.error} onRetry={replay.reload} />
      </div>
    );
  const { student, exercises, attempts } = replay.data;
  const index = Math.min(step, Math.max(attempts.length - 1, 0));
  const attempt = attempts[index];
  return (
    <div className="page session-replay">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teacher">Your class</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/teacher/students/${student.id}`}>{student.name}</Link> <span aria-hidden="true">›</span>{' '}
        Replay
      </nav>
      <header className="page-header">
        <h1>Replay: {student.name}</h1>
      </header>
      {exercises.length === 0 ? (
        <p className="muted">{student.name} has not submitted an exercise yet.</p>
      ) : (
        <section className="card">
          <label htmlFor="replay-exercise">Exercise</label>{' '}
          <select
            id="replay-exercise"
            value={replay.data.exerciseId ?? ''}
            onChange={(event) => {
              setExerciseId(event.target.value);
              setStep(0);
            }}
          >
            {exercises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} ({e.attempts} attempt{e.attempts === 1 ? '' : 's'})
              </option>
            ))}
          </select>
          {attempt && (
            <>
              <div className="replay-steps">
                <button
                  type="button"
                  className="button small"
                  disabled={index === 0}
                  onClick={() => setStep(index - 1)}
                >
                  ‹ Previous
                </button>
                <span data-testid="replay-position">
                  Attempt {index + 1} of {attempts.length}
                </span>
                <button
                  type="button"
                  className="button small"
                  disabled={index >= attempts.length - 1}
                  onClick={() => setStep(index + 1)}
                >
                  Next ›
                </button>
              </div>
              <p>
                <strong>{attempt.passed ? 'Passed' : 'Not passed'}</strong> · score {attempt.score} ·{' '}
                <time dateTime={attempt.at}>{new Date(attempt.at).toLocaleString()}</time>
              </p>
              <h2 className="small-heading">
                {index === 0 ? 'First attempt' : 'Changes since the attempt before'}
              </h2>
              <pre className="code-diff" data-testid="replay-diff">
                {attempt.diff.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a diff line has no other identity
                  <div key={i} className={`diff-${line.op}`}>
                    {MARK[line.op]} {line.text}
                  </div>
                ))}
              </pre>
            </>
          )}
        </section>
      )}
    </div>
  );
}
