import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { EventsTransaction } from '@learnflow/platform';

/** Announces a roster change on `classroom.rosters`, in the transaction that made it. */
export const publishRoster = (
  tx: EventsTransaction,
  change: EventPayload<'classroom.rosters'>,
  correlationId: string,
) =>
  tx.publish(TOPICS.classroomRosters.name, 'learnflow.classroom.roster-changed', change, {
    userId: change.studentId,
    correlationId,
  });
