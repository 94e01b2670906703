import { randomUUID } from 'node:crypto';
import { type SubmissionResult, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { gradeSubmission } from '@learnflow/tutor';
import { type Caller, findExercise } from './find-exercise.ts';
import { qualityScore } from './quality-score.ts';
import { submissionHistory } from './submission-history.ts';

export interface Submission {
  caller: Caller;
  exerciseId: string;
  code: string;
}

/**
 * Grades code against an exercise in the sandbox (never in this process), stores the
 * submission with its results and quality score, and tells progress (`exercise.graded`).
 * Re-submitting is allowed; the best and the latest are both kept and returned.
 */
export async function submitSolution(
  deps: ServiceDeps,
  submission: Submission,
  correlationId: string,
): Promise<SubmissionResult> {
  const { caller, code } = submission;
  const record = await findExercise(deps, caller, submission.exerciseId);
  const sandbox = await deps.resources.get(sandboxResource);
  const [grade, quality] = await Promise.all([
    gradeSubmission(sandbox, record.definition, code),
    qualityScore(code, deps.log),
  ]);
  // The submission and its exercise.graded event commit together (the outbox sends it).
  const stored = await deps.events.transaction(async (tx) => {
    const row = await tx.db
      .insertInto('submissions')
      .values({
        id: randomUUID(),
        exercise_id: record.id,
        user_id: caller.id,
        code,
        passed: grade.passed,
        score: grade.score,
        results: JSON.stringify(grade.tests),
        quality_score: quality,
        duration_ms: Math.round(grade.durationMs),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    if (caller.role === 'student') {
      await tx.publish(
        TOPICS.exerciseGraded.name,
        'learnflow.exercise.graded',
        {
          submissionId: row.id,
          exerciseId: record.id,
          userId: caller.id,
          topic: record.definition.topic,
          passed: grade.passed,
          score: grade.score,
          qualityScore: quality,
          errorType: grade.errorType,
          code,
        },
        { userId: caller.id, correlationId },
      );
    }
    return row;
  });
  const history = await submissionHistory(deps, caller.id, record.id);
  const latest = {
    submissionId: stored.id,
    score: grade.score,
    passed: grade.passed,
    at: new Date(stored.created_at).toISOString(),
  };
  const firstFailure = grade.tests.findIndex((test) => !test.passed);
  return {
    submissionId: stored.id,
    exerciseId: record.id,
    passed: grade.passed,
    score: grade.score,
    tests: grade.tests,
    firstFailure: firstFailure === -1 ? null : firstFailure,
    timedOut: grade.timedOut,
    durationMs: Math.round(grade.durationMs),
    qualityScore: quality,
    attempts: history.attempts,
    best: history.best ?? latest,
    latest,
  };
}
