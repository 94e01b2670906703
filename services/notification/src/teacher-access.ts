import { appError, type Db, type ServiceDeps } from '@learnflow/platform';

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

/** The student, if the teacher teaches them: 404 when there is no such student, 403 when not theirs. */
export async function studentOfTeacher(
  deps: ServiceDeps,
  teacherId: string,
  studentId: string,
): Promise<{ id: string; name: string; email: string }> {
  const student = await deps.db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', '=', studentId)
    .where('role', '=', 'student')
    .executeTakeFirst();
  if (!student)
    throw appError('NOT_FOUND', `No student ${studentId}: GET /api/teacher/students lists yours.`);
  const mine = await studentsOf(deps.db, teacherId)
    .where('enrollments.student_id', '=', studentId)
    .executeTakeFirst();
  if (!mine)
    throw appError(
      'FORBIDDEN',
      `${student.name} is not in any of your classes: you can only see your own students.`,
    );
  return student;
}
