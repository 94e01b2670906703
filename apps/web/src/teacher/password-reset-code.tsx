import { useState } from 'react';
import type { OneTimeCode } from '../api/types.ts';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useAction } from '../ui/use-action.ts';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A one-time code for a student who forgot their password, to give them in person. */
export function PasswordResetCode({ student }: { student: { id: string; name: string } }) {
  const api = useApi();
  const { act, busy, error } = useAction();
  const [code, setCode] = useState<OneTimeCode | null>(null);
  const make = () => act('code', async () => setCode(await api.resetStudentPassword(student.id)));

  return (
    <section className="card" aria-labelledby="reset-code-title">
      <h2 id="reset-code-title">Forgotten password</h2>
      <p className="muted">
        If {student.name} cannot sign in, make a reset code and give it to them. They enter it with a new
        password on the sign-in page, under "Forgot your password?".
      </p>
      <button type="button" className="button" onClick={make} disabled={busy !== null}>
        {code ? 'Make a new reset code' : 'Make a reset code'}
      </button>
      <ErrorNotice error={error} />
      {code && (
        <p role="status">
          Reset code for {student.name}: <code data-testid="reset-code">{code.code}</code>. It works once,
          until {timeOf(code.expiresAt)}.
        </p>
      )}
    </section>
  );
}
