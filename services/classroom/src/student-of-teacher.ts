import { appError, type Db } from '@learnflow/platform';

/**
 * The rule of every teacher route about one student: the student, if the teacher teaches
 * them (an enrollment in one of their classes); 404 when there is no such student, 403 when
 * the student is someone else's.
 */
export async function studentOfTeacher(
  db: Db,
  teacherId: string,
  studentId: string,
): Promise<{ id: string; name: string; email: string }> {
  const student = await db
    .selectFrom('classroom_accounts')
    .select(['id', 'name', 'email'])
    .where('id', '=', studentId)
    .where('role', '=', 'student')
    .executeTakeFirst();
  if (!student)
    throw appError('NOT_FOUND', `No student ${studentId}: GET /api/teacher/students lists yours.`);
  const enrolled = await db
    .selectFrom('enrollments')
    .innerJoin('classes', 'classes.id', 'enrollments.class_id')
    .select('enrollments.student_id')
    .where('enrollments.student_id', '=', studentId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!enrolled) {
    throw appError(
      'FORBIDDEN',
      `${student.name} is not in any of your classes: you can only see your own students.`,
    );
  }
  return student;
}
