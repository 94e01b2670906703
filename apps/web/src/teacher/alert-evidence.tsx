import { useState } from 'react';
import type { AlertDetail } from '../api/types.ts';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { timeAgo } from '../ui/time-ago.ts';
import { useAction } from '../ui/use-action.ts';
import { useAsync } from '../ui/use-async.ts';
import { triggerLabel } from './alert-labels.ts';

const KIND: Record<string, string> = {
  'code.run': 'Run',
  'exercise.graded': 'Submission',
  'error.observed': 'Pasted error',
  'quiz.attempted': 'Quiz',
  'struggle.said': 'Message',
};

type Evidence = AlertDetail['alert']['evidence'][number];

function EvidenceItem({ item }: { item: Evidence }) {
  const outcome =
    item.errorType ?? (item.score !== null ? `score ${item.score}` : item.passed ? 'passed' : null);
  return (
    <li className="evidence-item" data-testid="evidence">
      <p>
        <strong>{KIND[item.kind] ?? item.kind}</strong>
        {outcome && <> · {outcome}</>}
        {item.line !== null && <> on line {item.line}</>} ·{' '}
        <time className="muted small" dateTime={item.at} title={new Date(item.at).toLocaleString()}>
          {timeAgo(item.at)}
        </time>
      </p>
      {item.message && <p className="muted small">{item.message}</p>}
      {item.code && <pre className="code-excerpt">{item.code}</pre>}
    </li>
  );
}

/** Why an alert fired (its stored evidence), the student's recent history on the topic, and what to do. */
export function AlertEvidence({ alertId, onResolved }: { alertId: string; onResolved: () => void }) {
  const api = useApi();
  const detail = useAsync(() => api.alert(alertId), [api, alertId]);
  const { act, busy, error } = useAction();
  const [hint, setHint] = useState('');
  const [exerciseId, setExerciseId] = useState('');
  const [done, setDone] = useState<string | null>(null);

  if (detail.loading && !detail.data) return <Loading label="Loading why it fired…" />;
  if (!detail.data) return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  const { alert, history, exercises } = detail.data;
  const target = exerciseId || exercises.find((e) => !e.assigned && !e.passed)?.id || '';
  const sendHint = () =>
    act('hint', async () => {
      await api.sendHint(alert.id, hint);
      setHint('');
      setDone(`Hint sent to ${alert.student.name}.`);
    });
  const assign = () =>
    act('assign', async () => {
      await api.assign({ exerciseId: target, studentIds: [alert.student.id] });
      const title = exercises.find((e) => e.id === target)?.title ?? 'the exercise';
      setDone(`Assigned "${title}" to ${alert.student.name}.`);
      detail.reload();
    });
  const resolve = () =>
    act('resolve', async () => {
      await api.resolveAlert(alert.id);
      onResolved();
    });

  return (
    <section className="card alert-evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Why it fired: {triggerLabel(alert.trigger)}</h2>
      {alert.evidence.length === 0 ? (
        <p className="muted">This alert was raised before evidence was kept.</p>
      ) : (
        <ol className="evidence-list">
          {alert.evidence.map((item, i) => (
            <EvidenceItem key={`${item.ref ?? i}-${item.at}`} item={item} />
          ))}
        </ol>
      )}
      <h3>Recent history on this topic</h3>
      {history.length === 0 ? (
        <p className="muted">Nothing else on this topic yet.</p>
      ) : (
        <ul className="history-list">
          {history.map((h) => (
            <li key={`${h.kind}-${h.at}`}>
              {h.kind === 'run' ? 'Run' : h.kind === 'quiz' ? 'Quiz' : 'Submission'}
              {h.title && <> “{h.title}”</>}: {h.passed ? 'passed' : (h.errorType ?? 'not passed')}
              {h.score !== null && <> ({h.score})</>} ·{' '}
              <time className="muted small" dateTime={h.at}>
                {timeAgo(h.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
      <h3>Help {alert.student.name}</h3>
      <form
        className="hint-form"
        onSubmit={(event) => {
          event.preventDefault();
          void sendHint();
        }}
      >
        <label htmlFor="hint-message">Send a hint</label>
        <textarea
          id="hint-message"
          value={hint}
          onChange={(event) => setHint(event.target.value)}
          rows={2}
          maxLength={2000}
          placeholder="A nudge, not the answer: what should they look at?"
        />
        <button type="submit" className="button small primary" disabled={busy !== null || hint.trim() === ''}>
          {busy === 'hint' ? 'Sending…' : 'Send hint'}
        </button>
      </form>
      {exercises.length > 0 && (
        <div className="assign-row">
          <label htmlFor="targeted-exercise">Targeted exercise</label>
          <select
            id="targeted-exercise"
            value={target}
            onChange={(event) => setExerciseId(event.target.value)}
          >
            {exercises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} ({e.difficulty}){e.assigned ? ' · assigned' : ''}
                {e.passed ? ' · passed' : ''}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button small"
            onClick={() => void assign()}
            disabled={busy !== null || !target}
          >
            {busy === 'assign' ? 'Assigning…' : 'Assign exercise'}
          </button>
        </div>
      )}
      {alert.status === 'open' && (
        <button
          type="button"
          className="button small"
          onClick={() => void resolve()}
          disabled={busy !== null}
        >
          {busy === 'resolve' ? 'Resolving…' : 'Mark resolved'}
        </button>
      )}
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
