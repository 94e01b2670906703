import type { EventPayload } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of the students in the teacher's classes (this service's roster read model), as a subquery. */
export const studentsOf = (db: Db, teacherId: string) =>
  db.selectFrom('notification_rosters').select('student_id').where('teacher_id', '=', teacherId);

/** The teachers who should hear about a student: those of every class they are in. */
export async function teachersOf(db: Db, studentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('notification_rosters')
    .select('teacher_id')
    .distinct()
    .where('student_id', '=', studentId)
    .execute();
  return rows.map((r) => r.teacher_id);
}

/** Keeps the roster read model in step with classroom's `classroom.rosters` (in the delivery's transaction). */
export async function applyRosterChange(db: Db, change: EventPayload<'classroom.rosters'>): Promise<void> {
  if (!change.enrolled) {
    await db
      .deleteFrom('notification_rosters')
      .where('class_id', '=', change.classId)
      .where('student_id', '=', change.studentId)
      .execute();
    return;
  }
  // A user deleted since the event leaves nothing to record (the insert would break its foreign key).
  const known = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [change.teacherId, change.studentId])
    .execute();
  if (known.length < 2) return;
  await db
    .insertInto('notification_rosters')
    .values({ class_id: change.classId, teacher_id: change.teacherId, student_id: change.studentId })
    .onConflict((oc) => oc.columns(['class_id', 'student_id']).doNothing())
    .execute();
}
