import type { EventPayload } from '@learnflow/contracts';
import { type Db, skipIfReferenceGone } from '@learnflow/platform';

/**
 * Records classroom's new assignment (`exercise.assignments`) in `exercise_assignments`, this
 * service's read model of who may see an assigned exercise (in the delivery's transaction).
 * Classroom never unassigns; a deleted exercise, student or teacher takes the row with it.
 */
export async function applyAssignment(
  db: Db,
  assignment: EventPayload<'exercise.assignments'>,
): Promise<void> {
  // An exercise or user deleted since the event leaves nothing to record.
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('exercise_assignments')
      .values({
        exercise_id: assignment.exerciseId,
        student_id: assignment.studentId,
        assigned_by: assignment.teacherId,
      })
      .onConflict((oc) => oc.columns(['exercise_id', 'student_id']).doNothing())
      .execute(),
  );
}
