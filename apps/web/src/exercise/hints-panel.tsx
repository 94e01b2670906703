import { useState } from 'react';
import { Markdown } from '../markdown/markdown.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';

export interface HintsPanelProps {
  exerciseId: string;
  /** Hints already unlocked (they come with the exercise). */
  unlocked: string[];
  total: number;
}

/** Hints one at a time, each more specific than the last; never the solution. */
export function HintsPanel({ exerciseId, unlocked, total }: HintsPanelProps) {
  const api = useApi();
  const [hints, setHints] = useState(unlocked);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exhausted = hints.length >= total;

  const more = async () => {
    setBusy(true);
    setError(null);
    try {
      setHints((await api.hint(exerciseId)).hints);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (total === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      {hints.length === 0 && (
        <p className="muted">Stuck? Hints start gentle and get more specific ({total} in all).</p>
      )}
      <ol className="hint-list" aria-live="polite">
        {hints.map((hint, n) => (
          <li key={hint} className="hint-card card" data-testid="hint">
            <strong>
              Hint {n + 1} of {total}
            </strong>
            <Markdown source={hint} />
          </li>
        ))}
      </ol>
      <ErrorNotice error={error} />
      <button type="button" className="button" onClick={() => void more()} disabled={busy || exhausted}>
        {busy
          ? 'Thinking…'
          : exhausted
            ? 'That was the last hint'
            : hints.length === 0
              ? 'Get a hint'
              : 'Show a stronger hint'}
      </button>
    </section>
  );
}
