import { useRef, useState } from 'react';
import type { SubmissionResult } from '../api/practice-types.ts';
import type { WorkspaceHandle } from '../editor/workspace.tsx';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';
import { ExerciseView } from './exercise-view.tsx';
import { type QualityState, SubmissionResultView } from './submission-result.tsx';

/** One exercise for a student: the exercise view whose Submit grades the code. */
export function ExercisePage({ exerciseId }: { exerciseId: string }) {
  const api = useApi();
  const exercise = useAsync(() => api.exercise(exerciseId), [api, exerciseId]);
  const workspace = useRef<WorkspaceHandle>(null);
  const [submission, setSubmission] = useState<{
    busy: boolean;
    result: SubmissionResult | null;
    error: unknown;
  }>({
    busy: false,
    result: null,
    error: null,
  });
  const [quality, setQuality] = useState<QualityState>({ busy: false, data: null, error: null });
  useTitle(exercise.data?.title);

  const submit = async () => {
    const code = workspace.current?.getCode() ?? '';
    setSubmission((s) => ({ ...s, busy: true, error: null }));
    try {
      const result = await api.submit(exerciseId, code);
      setSubmission({ busy: false, result, error: null });
      if (code.trim()) {
        setQuality({ busy: true, data: null, error: null });
        api.review({ code, topic: exercise.data?.topic }).then(
          (data) => setQuality({ busy: false, data, error: null }),
          (error: unknown) => setQuality({ busy: false, data: null, error }),
        );
      }
    } catch (error) {
      setSubmission({ busy: false, result: null, error });
    }
  };

  if (exercise.loading && !exercise.data) return <Loading label="Loading the exercise…" />;
  if (!exercise.data)
    return (
      <div className="page narrow">
        <ErrorNotice error={exercise.error} onRetry={exercise.reload} />
        <Link href="/learn">Back to the dashboard</Link>
      </div>
    );
  const { topic } = exercise.data;
  return (
    <ExerciseView
      exercise={exercise.data}
      workspace={workspace}
      storageKey={`exercise.${exerciseId}`}
      top={
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/learn">Dashboard</Link> <span aria-hidden="true">›</span>{' '}
          <Link href={`/learn/topics/${topic}`}>{topic.replaceAll('-', ' ')}</Link>
        </nav>
      }
      actions={
        <button
          type="button"
          className="button success"
          onClick={() => void submit()}
          disabled={submission.busy}
        >
          {submission.busy ? 'Grading…' : 'Submit'}
        </button>
      }
    >
      <ErrorNotice error={submission.error} title="Your solution was not graded." />
      {submission.result && (
        <SubmissionResultView
          result={submission.result}
          quality={quality}
          onShowLine={(line) => workspace.current?.showLine(line)}
        />
      )}
      {submission.result?.passed && (
        <p className="next-steps">
          <Link href={`/learn/topics/${topic}`} className="button">
            Back to {topic.replaceAll('-', ' ')}
          </Link>{' '}
          <Link href="/learn" className="button ghost">
            Dashboard
          </Link>
        </p>
      )}
    </ExerciseView>
  );
}
