import { type EventInput, TOPICS } from '@learnflow/contracts';
import type { EventsTransaction } from '@learnflow/platform';

/**
 * Announces an alert as it is now (raised, or resolved) in the transaction that changed it: classroom
 * keeps what its views of a student show of it.
 */
export const publishAlert = (
  tx: EventsTransaction,
  alert: EventInput<'alert.changes'>,
  correlationId: string,
) =>
  tx.publish(TOPICS.alertChanges.name, `learnflow.alert.${alert.status}`, alert, {
    userId: alert.studentId,
    correlationId,
  });
