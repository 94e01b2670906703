import { type FormEvent, useState } from 'react';
import { Link } from '../router/router.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useTitle } from '../ui/use-title.ts';
import { AuthFrame } from './auth-frame.tsx';

export function SignUpPage() {
  useTitle('Create an account');
  const { api, signIn } = useSession();
  // A teacher's invite link carries the code: /sign-up?invite=<code>.
  const [form, setForm] = useState(() => ({
    name: '',
    email: '',
    password: '',
    invite: new URLSearchParams(window.location.search).get('invite') ?? '',
  }));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const invite = form.invite.trim();
      signIn(
        await api.register({
          name: form.name.trim(),
          email: form.email.trim(),
          password: form.password,
          // The student's days (streaks) are counted in the zone the browser is in.
          timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          ...(invite ? { invite } : {}),
        }),
      );
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="Create your account">
      <form onSubmit={onSubmit} className="form" aria-busy={busy}>
        <label>
          Your name
          <input
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            value={form.name}
            onChange={set('name')}
          />
        </label>
        <label>
          Email
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            value={form.email}
            onChange={set('email')}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={8}
            aria-describedby="password-hint"
            value={form.password}
            onChange={set('password')}
          />
          <span className="hint" id="password-hint">
            At least 8 characters, not a common password. A short phrase works well.
          </span>
        </label>
        <label>
          Teacher invite code (teachers only)
          <input
            name="invite"
            autoComplete="off"
            aria-describedby="invite-hint"
            value={form.invite}
            onChange={set('invite')}
          />
          <span className="hint" id="invite-hint">
            Students leave this empty. Teachers join with the code their school's LearnFlow admin gave them.
          </span>
        </label>
        <ErrorNotice error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="auth-switch">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </AuthFrame>
  );
}
