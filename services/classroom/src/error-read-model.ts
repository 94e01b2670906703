import { ERROR_GROUPS_MAX_HOURS, runErrorType, TOPICS, type TopicEvent } from '@learnflow/contracts';
import { type Db, type EventSubscription, skipIfReferenceGone, UUID } from '@learnflow/platform';

type ErrorSource = TopicEvent<'code.execution.results' | 'exercise.graded' | 'progress.events'>;

interface MetError {
  userId: string;
  /** The run, submission or chat event it came from: it is kept once. */
  sourceKey: string;
  errorType: string;
  exerciseId: string | null;
  topic: string | null;
  /** A run's error: the line it points at. */
  line: number | null;
}

/** The error an event tells of, or null: a clean run, a passed or error-free submission, other activity. */
export function errorOf({ topic, event }: ErrorSource): MetError | null {
  if (topic === TOPICS.codeExecutionResults.name) {
    const run = event.data;
    const errorType = runErrorType({ ...run, errorType: run.error?.type ?? null });
    if (!errorType) return null;
    return {
      userId: run.userId,
      sourceKey: `run:${run.requestId}`,
      errorType,
      exerciseId: null,
      topic: run.topic,
      line: run.error?.line ?? null,
    };
  }
  if (topic === TOPICS.exerciseGraded.name) {
    const graded = event.data;
    if (graded.passed || !graded.errorType) return null;
    return {
      userId: graded.userId,
      sourceKey: `submission:${graded.submissionId}`,
      errorType: graded.errorType,
      exerciseId: UUID.test(graded.exerciseId) ? graded.exerciseId : null,
      topic: graded.topic,
      line: null,
    };
  }
  const activity = event.data;
  if (activity.kind !== 'error.observed') return null;
  return {
    userId: activity.userId,
    sourceKey: `error:${event.id}`,
    errorType: activity.detail.type,
    exerciseId: null,
    topic: activity.topic,
    line: null,
  };
}

/** Keeps the error once, and forgets the student's errors older than the error groups look back. */
async function keepError(db: Db, met: MetError, at: string): Promise<void> {
  if (!UUID.test(met.userId)) return;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('classroom_errors')
      .values({
        user_id: met.userId,
        source_key: met.sourceKey,
        error_type: met.errorType.slice(0, 200),
        exercise_id: met.exerciseId,
        topic: met.topic,
        line: met.line,
        occurred_at: at,
      })
      .onConflict((oc) => oc.columns(['user_id', 'source_key']).doNothing())
      .execute(),
  );
  await db
    .deleteFrom('classroom_errors')
    .where('user_id', '=', met.userId)
    .where('occurred_at', '<', new Date(new Date(at).getTime() - ERROR_GROUPS_MAX_HOURS * 3_600_000))
    .execute();
}

/** Classroom's read model of the errors (`classroom_errors`), in a consumer group of its own (`classroom.errors`). */
export const errorSubscription: EventSubscription<
  'code.execution.results' | 'exercise.graded' | 'progress.events'
> = {
  background: true,
  group: 'errors',
  topics: [TOPICS.codeExecutionResults.name, TOPICS.exerciseGraded.name, TOPICS.progressEvents.name],
  idempotent: true,
  handle: async (deps, delivery) => {
    const met = errorOf(delivery);
    if (met) await keepError(deps.db, met, delivery.event.time);
  },
};
