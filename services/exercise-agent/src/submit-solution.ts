import { createHash, randomUUID } from 'node:crypto';
import { type EventPayload, type SubmissionResult, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { gradeSubmission } from '@learnflow/tutor';
import { type Caller, findExercise } from './find-exercise.ts';
import { qualityScore } from './quality-score.ts';
import { submissionHistory } from './submission-history.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The stored id of an event's submission: itself when a UUID, else a UUID derived from it (same id, same row). */
export const submissionUuid = (id: string) => {
  if (UUID.test(id)) return id;
  const hex = createHash('sha256').update(id).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export interface Submission {
  caller: Caller;
  exerciseId: string;
  code: string;
  /** Given by `exercise.submissions` events, so a redelivered event is graded once. */
  submissionId?: string;
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
): Promise<SubmissionResult | null> {
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
        id: submission.submissionId ? submissionUuid(submission.submissionId) : randomUUID(),
        exercise_id: record.id,
        user_id: caller.id,
        code,
        passed: grade.passed,
        score: grade.score,
        results: JSON.stringify(grade.tests),
        quality_score: quality,
        duration_ms: Math.round(grade.durationMs),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['id', 'created_at'])
      .executeTakeFirst();
    if (row && caller.role === 'student') {
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
        },
        { userId: caller.id, correlationId },
      );
    }
    return row;
  });
  if (!stored) return null;
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

/** `exercise.submissions`: the same grading for a submission that arrived over the bus (graded once per id). */
export async function submitFromEvent(
  deps: ServiceDeps,
  submission: EventPayload<'exercise.submissions'>,
  correlationId: string,
): Promise<void> {
  const caller = await deps.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', submission.userId)
    .executeTakeFirst();
  if (!caller) {
    deps.log.warn({ userId: submission.userId }, 'submission from an unknown user dropped');
    return;
  }
  await submitSolution(
    deps,
    {
      caller,
      exerciseId: submission.exerciseId,
      code: submission.code,
      submissionId: submission.submissionId,
    },
    correlationId,
  );
}
