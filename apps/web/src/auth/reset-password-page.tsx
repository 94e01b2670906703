import { type FormEvent, useState } from 'react';
import { NewPasswordFields, newPasswordProblem } from '../account/new-password-fields.tsx';
import { Link } from '../router/router.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useTitle } from '../ui/use-title.ts';
import { AuthFrame } from './auth-frame.tsx';

/** A student who forgot their password sets a new one with the one-time code their teacher gave them. */
export function ResetPasswordPage() {
  useTitle('Reset your password');
  const { api, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [fresh, setFresh] = useState({ password: '', again: '' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problem = newPasswordProblem(fresh);
    if (problem) {
      setError(new Error(problem));
      return;
    }
    setBusy(true);
    try {
      signIn(
        await api.resetPassword({ email: email.trim(), code: code.trim(), newPassword: fresh.password }),
      );
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="Reset your password">
      <p>
        Forgot your password? Ask your teacher for a reset code: they can make one on your page in their
        class. The code works once, for a short while.
      </p>
      <form onSubmit={submit} className="form" aria-busy={busy}>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Reset code
          <input
            required
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <NewPasswordFields value={fresh} onChange={setFresh} />
        <ErrorNotice error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Setting it…' : 'Set the new password and sign in'}
        </button>
      </form>
      <p className="auth-switch">
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </AuthFrame>
  );
}
