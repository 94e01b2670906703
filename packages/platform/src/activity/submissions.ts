import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import type { EventSubscription } from '../host/service-definition.ts';

/**
 * The tables that are a service's own read model of exercise-agent's graded submissions
 * (`SubmissionEntryRow`: who, which exercise, passed, score, the code, when), each fed by
 * `exercise.graded` (docs/architecture.md, "Who owns each table"). Every function here takes the
 * caller's own table.
 */
export const SUBMISSION_TABLES = ['classroom_submissions', 'notification_submissions'] as const;
export type SubmissionTable = (typeof SUBMISSION_TABLES)[number];

/** Keeps a graded submission once, by its id, as submitted at `at` (the event's time). */
export async function applyGrade(
  db: Db,
  table: SubmissionTable,
  graded: EventPayload<'exercise.graded'>,
  at: Date | string,
): Promise<void> {
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({
        id: graded.submissionId,
        user_id: graded.userId,
        exercise_id: graded.exerciseId,
        passed: graded.passed,
        score: Math.round(graded.score),
        code: graded.code ?? '',
        created_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute(),
  );
}

/**
 * The subscription that keeps a service's submission read model: its own consumer group
 * (`<service>.submissions`). A submission is kept once by its id, so it needs no transaction of its own
 * and no check before it (`idempotent`).
 */
export const submissionSubscription = (table: SubmissionTable): EventSubscription<'exercise.graded'> => ({
  background: true,
  group: 'submissions',
  topics: [TOPICS.exerciseGraded.name],
  idempotent: true,
  handle: (deps, delivery) => applyGrade(deps.db, table, delivery.event.data, delivery.event.time),
});
