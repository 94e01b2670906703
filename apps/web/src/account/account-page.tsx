import { type FormEvent, useState } from 'react';
import { useSession } from '../session/session-context.tsx';
import { downloadFile } from '../ui/download-file.ts';
import { ErrorNotice } from '../ui/status.tsx';
import { useAction } from '../ui/use-action.ts';
import { useTitle } from '../ui/use-title.ts';
import { NewPasswordFields, newPasswordProblem } from './new-password-fields.tsx';

/** The signed-in user's account: change the password, download everything LearnFlow holds, delete it. */
export function AccountPage() {
  useTitle('Your account');
  const { session, api, forget } = useSession();
  const { act, busy, error } = useAction();
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState({ password: '', again: '' });
  const [changed, setChanged] = useState(false);
  const [deletePassword, setDeletePassword] = useState('');
  const [sure, setSure] = useState(false);
  if (!session) return null;
  const { user } = session;

  const change = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    void act('password', async () => {
      const problem = newPasswordProblem(fresh);
      if (problem) throw new Error(problem);
      await api.changePassword({ currentPassword: current, newPassword: fresh.password });
      setCurrent('');
      setFresh({ password: '', again: '' });
      setChanged(true);
    });
  };
  const download = () =>
    act('export', async () => {
      const data = await api.exportAccount();
      downloadFile('learnflow-account.json', 'application/json', `${JSON.stringify(data, null, 2)}\n`);
    });
  const remove = (event: FormEvent) => {
    event.preventDefault();
    void act('delete', async () => {
      await api.deleteAccount(deletePassword);
      // Its sessions ended with it: there is nothing left to sign out of.
      forget('Your account and everything in it are deleted.');
    });
  };

  return (
    <div className="page narrow account-page">
      <header className="page-header">
        <h1>Your account</h1>
        <p className="muted">
          {user.name} · {user.email}
        </p>
      </header>
      <ErrorNotice error={error} />

      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">Change your password</h2>
        <form className="form" onSubmit={change} aria-busy={busy === 'password'}>
          <label>
            Current password
            <input
              type="password"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </label>
          <NewPasswordFields value={fresh} onChange={setFresh} />
          <button type="submit" className="button primary" disabled={busy !== null}>
            Change password
          </button>
        </form>
        {changed && (
          <p role="status">
            Your password is changed. Every other device you were signed in on is signed out.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Your data</h2>
        <p>Download everything LearnFlow keeps about you: your code runs, submissions, chat and progress.</p>
        <button type="button" className="button" onClick={download} disabled={busy !== null}>
          Download my data
        </button>
      </section>

      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete your account</h2>
        <p>This removes your account and everything in it for good. It cannot be undone.</p>
        <form className="form" onSubmit={remove} aria-busy={busy === 'delete'}>
          <label>
            Your password
            <input
              type="password"
              autoComplete="current-password"
              required
              value={deletePassword}
              onChange={(e) => setDeletePassword(e.target.value)}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />I understand
            that my account and my work are deleted for good
          </label>
          <button type="submit" className="button danger" disabled={busy !== null || !sure}>
            Delete my account
          </button>
        </form>
      </section>
    </div>
  );
}
