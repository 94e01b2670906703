import { type FormEvent, useState } from 'react';
import type { TeacherClass } from '../api/types.ts';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { DraftList } from '../teacher/authoring/draft-list.tsx';
import { downloadFile } from '../ui/download-file.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAction } from '../ui/use-action.ts';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';

const fileStem = (name: string) => name.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'class';

/**
 * The teacher's classes: create one, show or rotate its join code and link, the roster, gradebook exports,
 * write an exercise for it; and the teacher's own exercises.
 */
export function ClassesPage() {
  useTitle('Classes');
  const api = useApi();
  const classes = useAsync(() => api.classes(), [api]);
  const [name, setName] = useState('');
  const { act, busy, error } = useAction();
  const replace = (next: TeacherClass) =>
    classes.setData(
      (current) => current && { classes: current.classes.map((c) => (c.id === next.id ? next : c)) },
    );
  const create = (event: FormEvent) => {
    event.preventDefault();
    void act('create', async () => {
      const made = await api.createClass(name);
      classes.setData((current) => current && { classes: [...current.classes, made] });
      setName('');
    });
  };

  return (
    <div className="page classes-page">
      <header className="page-header">
        <h1>Classes</h1>
        <p className="muted">
          Students join with the code or the link; a new code stops the old one at once.
        </p>
      </header>
      <form className="card" onSubmit={create} aria-label="Create a class">
        <label>
          Class name{' '}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Period 3 Python" />
        </label>
        <button type="submit" className="button primary" disabled={busy === 'create'}>
          Create class
        </button>
      </form>
      <ErrorNotice error={error} />
      {classes.loading && !classes.data && <Loading />}
      <ErrorNotice error={classes.error} onRetry={classes.reload} />
      {classes.data?.classes.map((c) => (
        <section key={c.id} className="card" aria-label={c.name} data-testid="class-card">
          <h2>{c.name}</h2>
          {c.joinCode && c.joinPath ? (
            <p>
              Join code <code data-testid="join-code">{c.joinCode}</code>, link{' '}
              <code>{`${window.location.origin}${c.joinPath}`}</code>
              {c.joinCodeExpiresAt && <>, until {new Date(c.joinCodeExpiresAt).toLocaleDateString()}</>}
            </p>
          ) : (
            <p className="muted">No join code yet.</p>
          )}
          <div className="actions">
            <Link href={`/teacher/exercises/new?class=${c.id}`} className="button primary">
              Write an exercise
            </Link>
            <button
              type="button"
              className="button"
              disabled={busy === `rotate-${c.id}`}
              onClick={() => act(`rotate-${c.id}`, async () => replace(await api.rotateJoinCode(c.id)))}
            >
              New join code
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                act(`csv-${c.id}`, async () =>
                  downloadFile(`${fileStem(c.name)}-gradebook.csv`, 'text/csv', await api.gradebookCsv(c.id)),
                )
              }
            >
              Export gradebook (Canvas CSV)
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                act(`json-${c.id}`, async () =>
                  downloadFile(
                    `${fileStem(c.name)}-gradebook.json`,
                    'application/json',
                    JSON.stringify(await api.gradebook(c.id), null, 2),
                  ),
                )
              }
            >
              Export gradebook (JSON)
            </button>
          </div>
          {c.students.length === 0 ? (
            <p className="muted">Nobody has joined yet.</p>
          ) : (
            <ul className="roster" aria-label={`Students of ${c.name}`}>
              {c.students.map((s) => (
                <li key={s.id}>
                  {s.name} <span className="muted">{s.email}</span>{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={busy === `remove-${s.id}`}
                    onClick={() =>
                      act(`remove-${s.id}`, async () => replace(await api.removeFromClass(c.id, s.id)))
                    }
                  >
                    Remove {s.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <DraftList />
    </div>
  );
}
