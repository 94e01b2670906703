import type { Db } from '@learnflow/platform';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of the students enrolled in the teacher's classes, as a subquery. */
export const studentsOf = (db: Db, teacherId: string) =>
  db
    .selectFrom('enrollments')
    .innerJoin('classes', 'classes.id', 'enrollments.class_id')
    .select('enrollments.student_id')
    .where('classes.teacher_id', '=', teacherId);

/** The teachers who should hear about a student: those of every class they are in. */
export async function teachersOf(db: Db, studentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enrollments')
    .innerJoin('classes', 'classes.id', 'enrollments.class_id')
    .select('classes.teacher_id')
    .distinct()
    .where('enrollments.student_id', '=', studentId)
    .execute();
  return rows.map((r) => r.teacher_id);
}
