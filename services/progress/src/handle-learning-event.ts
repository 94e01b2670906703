import { type Envelope, TOPICS } from '@learnflow/contracts';
import type { Db, ServiceDeps } from '@learnflow/platform';
import { detectStruggle } from './detect-struggle.ts';
import { publishPendingEpisodes } from './episodes.ts';
import type { ProgressOptions } from './progress-options.ts';
import { type ProgressUpdate, recompute } from './recompute.ts';
import { recordFact, resolveTopic } from './record-fact.ts';
import { lockStudent } from './student-lock.ts';
import { type Fact, toFact } from './to-fact.ts';

/** A passed exercise completes the student's assignment of it. */
async function completeAssignment(trx: Db, fact: Fact) {
  if (fact.kind !== 'exercise.graded' || !fact.passed || !fact.exerciseId) return;
  await trx
    .updateTable('assignments')
    .set({ completed_at: fact.occurredAt })
    .where('student_id', '=', fact.userId)
    .where('exercise_id', '=', fact.exerciseId)
    .where('completed_at', 'is', null)
    .execute();
}

export async function publishUpdates(
  deps: ServiceDeps,
  updates: readonly ProgressUpdate[],
  correlationId: string,
): Promise<void> {
  for (const update of updates) {
    await deps.events.publish(TOPICS.progressUpdates.name, 'learnflow.progress.updated', update, {
      userId: update.userId,
      correlationId,
    });
  }
}

/**
 * One learning event: store its fact once, run the struggle triggers, recompute the
 * student's mastery from all their facts; then, after the commit, publish what changed
 * (`progress.updates`) and any new struggle episode (`struggle.detected`).
 */
export async function handleLearningEvent(
  deps: ServiceDeps,
  options: ProgressOptions,
  topic: string,
  event: Envelope<unknown>,
): Promise<void> {
  const fact = toFact(topic, event);
  const updates = await deps.db.transaction().execute(async (trx) => {
    const student = await lockStudent(trx, fact.userId);
    if (!student) return null;
    const topicRef = await resolveTopic(trx, fact);
    if (!(await recordFact(trx, fact, topicRef, student.timezone))) return [];
    await detectStruggle(trx, options, fact, topicRef);
    await completeAssignment(trx, fact);
    return recompute(trx, options, student, topicRef?.id ?? null);
  });
  if (updates === null) {
    deps.log.warn({ userId: fact.userId, eventId: event.id }, 'event for an unknown user: ignored');
    return;
  }
  await publishUpdates(deps, updates, event.correlationid);
  await publishPendingEpisodes(deps, options.now(), { userId: fact.userId }, event.correlationid);
}
