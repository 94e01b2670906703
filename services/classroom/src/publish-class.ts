import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { EventsTransaction } from '@learnflow/platform';

/** Announces a class as it is now on `classroom.classes`, in the transaction that changed it. */
export const publishClass = (
  tx: EventsTransaction,
  change: EventPayload<'classroom.classes'>,
  correlationId: string,
) =>
  tx.publish(TOPICS.classroomClasses.name, 'learnflow.classroom.class-changed', change, {
    userId: change.teacherId,
    correlationId,
  });
