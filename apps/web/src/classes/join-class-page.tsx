import { type FormEvent, useState } from 'react';
import type { JoinedClass } from '../api/types.ts';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useTitle } from '../ui/use-title.ts';

/** A student joins a class with its code (typed, or from the link `/join/<code>`). */
export function JoinClassPage({ code: fromLink = '' }: { code?: string }) {
  useTitle('Join a class');
  const api = useApi();
  const [code, setCode] = useState(fromLink);
  const [joined, setJoined] = useState<JoinedClass | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setJoined(await api.joinClass(code));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page join-class-page">
      <header className="page-header">
        <h1>Join a class</h1>
      </header>
      <form className="card" onSubmit={join} aria-label="Join a class">
        <label>
          Class code <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="K7QM-2XHP" />
        </label>
        <button type="submit" className="button primary" disabled={busy}>
          Join
        </button>
      </form>
      <ErrorNotice error={error} />
      {joined && (
        <p role="status">
          You joined {joined.name} ({joined.teacher}).
        </p>
      )}
    </div>
  );
}
