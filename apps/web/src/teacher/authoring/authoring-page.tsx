import { useEffect, useState } from 'react';
import type { ExerciseDetail } from '../../api/practice-types.ts';
import type { AuthoredExerciseBody, ExerciseDraft } from '../../api/types.ts';
import { ExerciseView } from '../../exercise/exercise-view.tsx';
import { Link, navigate } from '../../router/router.tsx';
import { useApi } from '../../session/session-context.tsx';
import { ErrorNotice, Loading } from '../../ui/status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useTitle } from '../../ui/use-title.ts';
import { blankExercise, toBody } from './draft-form.ts';
import { ExerciseFields } from './exercise-fields.tsx';
import { MutantReport } from './mutant-report.tsx';
import { ProposeTestsPanel } from './propose-tests-panel.tsx';
import { PublishPanel } from './publish-panel.tsx';
import { TestsEditor } from './tests-editor.tsx';

const POLL_MS = 1_000;

/**
 * A teacher writes an exercise (a new one, or the draft `draftId`), proposes tests from inputs, previews it
 * as a student sees it, checks the tests against mutants of the solution and publishes it to a class.
 */
export function AuthoringPage({ draftId, classId }: { draftId: string | null; classId: string | null }) {
  const api = useApi();
  const setup = useAsync(
    () =>
      Promise.all([api.curriculum(), api.classes(), draftId ? api.draft(draftId) : Promise.resolve(null)]),
    [api, draftId],
  );
  const [form, setForm] = useState<AuthoredExerciseBody | null>(null);
  const [draft, setDraft] = useState<ExerciseDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<ExerciseDetail | null>(null);
  const { act, busy, error } = useAction();
  useTitle(draftId ? (form?.title ?? 'Exercise') : 'Write an exercise');

  useEffect(() => {
    if (!setup.data || form) return;
    const [curriculum, , loaded] = setup.data;
    setDraft(loaded);
    setForm(loaded?.exercise ?? blankExercise(curriculum.modules[0]?.topics[0]?.slug ?? ''));
  }, [setup.data, form]);

  const checking = draft?.check?.status === 'running';
  useEffect(() => {
    if (!checking || !draft) return;
    const timer = setTimeout(() => {
      api.draft(draft.id).then(setDraft, () => undefined);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, checking, draft]);

  if (!setup.data || !form)
    return setup.error ? <ErrorNotice error={setup.error} onRetry={setup.reload} /> : <Loading />;
  const [curriculum, { classes }] = setup.data;
  const published = draft?.status === 'published';
  const edit = (next: AuthoredExerciseBody) => {
    setForm(next);
    setDirty(true);
  };
  /** Saves the form when it changed (a new draft gets its own address) and returns the saved draft. */
  const save = async (): Promise<ExerciseDraft> => {
    if (draft && !dirty) return draft;
    const saved = draft ? await api.updateDraft(draft.id, toBody(form)) : await api.createDraft(toBody(form));
    setDraft(saved);
    setDirty(false);
    if (!draft)
      navigate(`/teacher/exercises/${saved.id}${classId ? `?class=${classId}` : ''}`, { replace: true });
    return saved;
  };

  if (preview)
    return (
      <ExerciseView
        exercise={preview}
        storageKey={`preview.${preview.id}`}
        top={
          <p className="notice" role="status">
            Preview: this is what your students see.{' '}
            <button type="button" className="button small" onClick={() => setPreview(null)}>
              Back to editing
            </button>
          </p>
        }
      />
    );

  return (
    <div className="page authoring-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teacher/classes">Classes</Link>
      </nav>
      <header className="page-header">
        <h1>{draftId ? form.title || 'Exercise' : 'Write an exercise'}</h1>
        <span className="muted">
          {published ? `Published to ${draft?.class?.name}` : draft ? 'Draft' : 'New'}
        </span>
      </header>
      <ExerciseFields form={form} curriculum={curriculum} onChange={edit} disabled={published} />
      <TestsEditor tests={form.tests} onChange={(tests) => edit({ ...form, tests })} disabled={published} />
      {!published && (
        <ProposeTestsPanel
          solution={form.solution}
          onAdd={(test) => edit({ ...form, tests: [...form.tests, test] })}
        />
      )}
      <ErrorNotice error={error} />
      {!published && (
        <div className="actions card">
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void act('save', async () => void (await save()))}
          >
            {busy === 'save' ? 'Saving…' : dirty || !draft ? 'Save draft' : 'Saved'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() =>
              void act('preview', async () => setPreview(await api.previewDraft((await save()).id)))
            }
          >
            Preview as a student
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy !== null || checking}
            onClick={() => void act('check', async () => setDraft(await api.checkDraft((await save()).id)))}
          >
            {checking ? 'Checking…' : 'Check tests against mutants'}
          </button>
        </div>
      )}
      {draft?.check && <MutantReport check={{ ...draft.check, current: draft.check.current && !dirty }} />}
      {draft && (
        <PublishPanel
          draft={dirty ? { ...draft, check: null } : draft}
          classes={classes}
          defaultClassId={classId ?? draft.class?.id ?? null}
          busy={busy === 'publish'}
          onPublish={(target, anyway) =>
            void act('publish', async () =>
              setDraft(await api.publishDraft(draft.id, { classId: target, publishWithSurvivors: anyway })),
            )
          }
        />
      )}
    </div>
  );
}
