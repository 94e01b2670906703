import { appError, type ServiceDeps } from '@learnflow/platform';

/**
 * The student, if the teacher teaches them (an enrollment in one of their classes).
 * 404 when there is no such student, 403 when the student is someone else's.
 */
export async function studentOfTeacher(
  deps: ServiceDeps,
  teacherId: string,
  studentId: string,
): Promise<{ id: string; name: string }> {
  const student = await deps.db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', studentId)
    .where('role', '=', 'student')
    .executeTakeFirst();
  if (!student)
    throw appError('NOT_FOUND', `No student ${studentId}: GET /api/teacher/students lists yours.`);
  const enrolled = await deps.db
    .selectFrom('enrollments')
    .innerJoin('classes', 'classes.id', 'enrollments.class_id')
    .select('enrollments.student_id')
    .where('enrollments.student_id', '=', studentId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
  if (!enrolled)
    throw appError(
      'FORBIDDEN',
      `${student.name} is not in any of your classes: you can only see your own students.`,
    );
  return student;
}
