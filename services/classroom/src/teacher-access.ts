import type { Db } from '@learnflow/platform';

/** The ids of the students enrolled in the teacher's classes, as a subquery. */
export const studentsOf = (db: Db, teacherId: string) =>
  db
    .selectFrom('enrollments')
    .innerJoin('classes', 'classes.id', 'enrollments.class_id')
    .select('enrollments.student_id')
    .where('classes.teacher_id', '=', teacherId);
