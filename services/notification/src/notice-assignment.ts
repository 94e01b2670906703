import type { Envelope, EventPayload } from '@learnflow/contracts';
import { type Events, UUID } from '@learnflow/platform';
import { publishNotices, storeNotices } from './notices.ts';

/**
 * An assignment becomes a notice for the student (`assignment.created`), stored and sent live
 * (in the delivery's transaction), from what the event carries.
 */
export async function noticeAssignment(
  event: Envelope<EventPayload<'exercise.assignments'>>,
  transaction: Events['transaction'],
): Promise<void> {
  const assigned = event.data;
  if (!UUID.test(assigned.assignmentId)) return;
  const at = new Date();
  await transaction(async (tx) => {
    const notices = await storeNotices(
      tx.db,
      [
        {
          userId: assigned.studentId,
          type: 'assignment.created',
          dedupKey: `assignment:${assigned.assignmentId}`,
          payload: {
            assignmentId: assigned.assignmentId,
            exerciseId: assigned.exerciseId,
            title: assigned.exerciseTitle,
            topic: assigned.topic,
            difficulty: assigned.difficulty,
            assignedBy: { id: assigned.teacherId, name: assigned.teacherName },
            dueAt: assigned.dueAt,
            createdAt: at.toISOString(),
          },
        },
      ],
      at,
    );
    await publishNotices(tx, notices, event.correlationid);
  });
}
