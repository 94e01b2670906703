import type { ServiceDeps } from '@learnflow/platform';
import { publishUpdates } from './handle-learning-event.ts';
import type { ProgressOptions } from './progress-options.ts';
import { recompute } from './recompute.ts';
import type { ProgressUpdate } from './store-topics.ts';
import { lockStudent } from './student-lock.ts';

/**
 * The repair path: one student's streak and mastery recomputed from all their stored facts,
 * under their lock, publishing what changed. After facts applied one by one (`applyFact`), it
 * finds nothing to change.
 */
export async function repairMastery(
  deps: ServiceDeps,
  options: ProgressOptions,
  userId: string,
  correlationId: string,
): Promise<ProgressUpdate[]> {
  return deps.events.transaction(async (tx) => {
    const student = await lockStudent(tx.db, userId);
    if (!student) return [];
    const updates = await recompute(tx.db, options, student);
    await publishUpdates(tx, updates, correlationId);
    return updates;
  });
}
