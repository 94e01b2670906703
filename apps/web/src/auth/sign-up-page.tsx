import { type FormEvent, useState } from 'react';
import { Link } from '../router/router.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useTitle } from '../ui/use-title.ts';
import { AuthFrame } from './auth-frame.tsx';

export function SignUpPage() {
  useTitle('Create an account');
  const { api, signIn } = useSession();
  const [form, setForm] = useState({
    name: '',
    email: '',
    password: '',
    role: 'student' as 'student' | 'teacher',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signIn(await api.register({ ...form, name: form.name.trim(), email: form.email.trim() }));
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
            At least 8 characters.
          </span>
        </label>
        <fieldset className="role-choice">
          <legend>I am</legend>
          {(['student', 'teacher'] as const).map((role) => (
            <label key={role} className="inline">
              <input
                type="radio"
                name="role"
                value={role}
                checked={form.role === role}
                onChange={set('role')}
              />
              {role === 'student' ? 'a student' : 'a teacher'}
            </label>
          ))}
        </fieldset>
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
