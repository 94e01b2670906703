import { type FormEvent, useState } from 'react';
import { Link } from '../router/router.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';
import { useTitle } from '../ui/use-title.ts';
import { AuthFrame } from './auth-frame.tsx';
import { DEMO_LOGINS, DEMO_PASSWORD, isLocalPlatform } from './demo-logins.ts';

export function SignInPage() {
  useTitle('Sign in');
  const { api, signIn, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (credentials: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      signIn(await api.login(credentials));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ email: email.trim(), password });
  };

  return (
    <AuthFrame title="Sign in">
      {notice && !error && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={onSubmit} className="form" aria-busy={busy}>
        <label>
          Email
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ErrorNotice error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-switch">
        New to LearnFlow? <Link href="/sign-up">Create an account</Link>
      </p>
      <p className="auth-switch">
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
      {isLocalPlatform(window.location.hostname) && (
        <section className="demo-logins" aria-labelledby="demo-title">
          <h2 id="demo-title">Demo logins</h2>
          <p>
            This LearnFlow runs on your machine with demo users. The password of each is{' '}
            <code>{DEMO_PASSWORD}</code>.
          </p>
          <ul className="demo-list">
            {DEMO_LOGINS.map((demo) => (
              <li key={demo.email}>
                <button
                  type="button"
                  className="button demo-login"
                  disabled={busy}
                  onClick={() => {
                    setEmail(demo.email);
                    setPassword(DEMO_PASSWORD);
                    void submit({ email: demo.email, password: DEMO_PASSWORD });
                  }}
                >
                  Sign in as {demo.name}
                </button>
                <span className="demo-detail">
                  <code>{demo.email}</code> · {demo.role}, {demo.blurb}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AuthFrame>
  );
}
