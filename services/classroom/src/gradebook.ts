import type { Gradebook } from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import { getClass } from './classes.ts';

const POINTS_POSSIBLE = 100;

/**
 * The class's gradebook: one assignment per exercise the teacher assigned to any of its
 * students or published to the class, each student's best submission score (0-100) for it,
 * null when never submitted.
 */
export async function getGradebook(
  deps: ServiceDeps,
  teacherId: string,
  classId: string,
  exerciseId?: string,
): Promise<Gradebook> {
  const klass = await getClass(deps, teacherId, classId);
  const studentIds = klass.students.map((s) => s.id);
  const [assigned, published] = await Promise.all([
    studentIds.length === 0
      ? []
      : deps.db
          .selectFrom('assignments')
          .innerJoin('classroom_exercises as exercises', 'exercises.id', 'assignments.exercise_id')
          .select([
            'exercises.id as exerciseId',
            'exercises.title',
            (eb) => eb.fn.min('assignments.created_at').as('first'),
          ])
          .where('assignments.assigned_by', '=', teacherId)
          .where('assignments.student_id', 'in', studentIds)
          .groupBy(['exercises.id', 'exercises.title'])
          .execute(),
    deps.db
      .selectFrom('classroom_exercises as exercises')
      .select(['id as exerciseId', 'title', 'created_at as first'])
      .where('class_id', '=', classId)
      .where('source', '=', 'authored')
      .execute(),
  ]);
  const time = (at: unknown) => new Date(at as string).getTime();
  let assignments = [
    ...published,
    ...assigned.filter((a) => !published.some((p) => p.exerciseId === a.exerciseId)),
  ].sort((a, b) => time(a.first) - time(b.first) || a.title.localeCompare(b.title));
  if (exerciseId) {
    assignments = assignments.filter((a) => a.exerciseId === exerciseId);
    if (assignments.length === 0)
      throw appError(
        'NOT_FOUND',
        `Exercise ${exerciseId} is not assigned to anyone in "${klass.name}": leave out exerciseId for the whole gradebook.`,
      );
  }
  const best =
    assignments.length === 0
      ? []
      : await deps.db
          .selectFrom('classroom_submissions as submissions')
          .select(['user_id', 'exercise_id', (eb) => eb.fn.max('score').as('score')])
          .where('user_id', 'in', studentIds)
          .where(
            'exercise_id',
            'in',
            assignments.map((a) => a.exerciseId),
          )
          .groupBy(['user_id', 'exercise_id'])
          .execute();
  return {
    class: { id: klass.id, name: klass.name },
    pointsPossible: POINTS_POSSIBLE,
    assignments: assignments.map((a) => ({ exerciseId: a.exerciseId, title: a.title })),
    students: klass.students.map((s) => ({
      id: s.id,
      name: s.name,
      email: s.email,
      scores: assignments.map((a) => {
        const found = best.find((b) => b.user_id === s.id && b.exercise_id === a.exerciseId);
        return found ? Number(found.score) : null;
      }),
    })),
  };
}
