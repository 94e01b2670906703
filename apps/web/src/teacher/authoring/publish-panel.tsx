import { useState } from 'react';
import type { ExerciseDraft, TeacherClass } from '../../api/types.ts';
import { Link } from '../../router/router.tsx';

export interface PublishPanelProps {
  draft: ExerciseDraft;
  classes: TeacherClass[];
  defaultClassId: string | null;
  busy: boolean;
  onPublish(classId: string, publishWithSurvivors: boolean): void;
}

/** Publish to one of the teacher's classes, once the tests were checked; survivors need an explicit yes. */
export function PublishPanel({ draft, classes, defaultClassId, busy, onPublish }: PublishPanelProps) {
  const [classId, setClassId] = useState(defaultClassId ?? classes[0]?.id ?? '');
  const [anyway, setAnyway] = useState(false);
  if (draft.status === 'published' && draft.exerciseId)
    return (
      <section className="card" aria-label="Published">
        <p role="status">
          Published to {draft.class?.name ?? 'a class'}: its students see it in their exercises.
        </p>
        <Link href={`/learn/exercises/${draft.exerciseId}`}>Open it as students do</Link>
      </section>
    );
  const survivors = draft.check?.report?.survived ?? 0;
  const ready = draft.check?.status === 'done' && draft.check.current;
  return (
    <section className="form card" aria-label="Publish">
      <h2>Publish</h2>
      {classes.length === 0 ? (
        <p className="muted">Make a class first (Classes): an exercise is published to one class.</p>
      ) : (
        <label>
          Class
          <select aria-label="Publish to class" value={classId} onChange={(e) => setClassId(e.target.value)}>
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!ready && <p className="muted small">Check the tests as they are now before publishing.</p>}
      {ready && survivors > 0 && (
        <label className="inline">
          <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} />
          Publish anyway, although {survivors} wrong version{survivors === 1 ? '' : 's'} pass every test
        </label>
      )}
      <button
        type="button"
        className="button primary"
        disabled={busy || !ready || !classId || (survivors > 0 && !anyway)}
        onClick={() => onPublish(classId, anyway)}
      >
        {busy ? 'Publishing…' : 'Publish to the class'}
      </button>
    </section>
  );
}
