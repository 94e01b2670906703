import { TOPICS } from '@learnflow/contracts';
import type { Events, EventsTransaction, ServiceDeps } from '@learnflow/platform';
import { applyFact } from './apply-fact.ts';
import { detectStruggle } from './detect-struggle.ts';
import { publishPendingEpisodes } from './episodes.ts';
import type { ProgressOptions } from './progress-options.ts';
import { recordFact, resolveTopic } from './record-fact.ts';
import type { ProgressUpdate } from './store-topics.ts';
import { lockStudent } from './student-lock.ts';
import { type LearningEvent, toFact } from './to-fact.ts';

/** Publishes what changed, in the caller's transaction (sent after its commit). */
export async function publishUpdates(
  tx: EventsTransaction,
  updates: readonly ProgressUpdate[],
  correlationId: string,
): Promise<void> {
  for (const update of updates) {
    await tx.publish(TOPICS.progressUpdates.name, 'learnflow.progress.updated', update, {
      userId: update.userId,
      correlationId,
    });
  }
}

/**
 * One learning event: store its fact once, run the struggle triggers, update the
 * student's mastery from the new fact (`applyFact`), and publish what changed (`progress.updates`)
 * and any new struggle episode (`struggle.detected`) in the same transaction (the outbox
 * sends them after the commit; a crash in between loses nothing). `transaction` is the
 * delivery's, which marks the event handled in the same transaction.
 */
export async function handleLearningEvent(
  deps: ServiceDeps,
  options: ProgressOptions,
  learning: LearningEvent,
  transaction: Events['transaction'] = deps.events.transaction,
): Promise<void> {
  const { event } = learning;
  const fact = toFact(learning);
  const known = await transaction(async (tx) => {
    const trx = tx.db;
    const student = await lockStudent(trx, fact.userId);
    if (!student) return false;
    const topicRef = await resolveTopic(deps.db, trx, fact);
    const stored = await recordFact(trx, fact, topicRef, student.timezone);
    if (!stored) return true;
    const opened = await detectStruggle(trx, options, fact, topicRef);
    const updates = await applyFact(trx, options, student, fact, stored, topicRef);
    await publishUpdates(tx, updates, event.correlationid);
    if (opened) await publishPendingEpisodes(tx, options.now(), { userId: fact.userId }, event.correlationid);
    return true;
  });
  if (!known) deps.log.warn({ userId: fact.userId, eventId: event.id }, 'event for an unknown user: ignored');
}
