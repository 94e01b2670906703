import type { ErrorGroups } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { getClass } from './classes.ts';

const GROUPS = 50;

/**
 * The same error met by several of a class's students in the last `hours`: one group per
 * error type and exercise (or topic, for runs outside an exercise), most students first.
 * A group needs two students: one student's repeated error is their own alert.
 */
export async function getErrorGroups(
  deps: ServiceDeps,
  teacherId: string,
  classId: string,
  hours: number,
): Promise<ErrorGroups> {
  const klass = await getClass(deps, teacherId, classId);
  const since = new Date(Date.now() - hours * 3_600_000);
  const names = new Map(klass.students.map((s) => [s.id, s.name]));
  const rows =
    names.size === 0
      ? []
      : await deps.db
          .selectFrom('classroom_errors as errors')
          .leftJoin('classroom_exercises as exercises', 'exercises.id', 'errors.exercise_id')
          .select([
            'errors.error_type',
            'errors.exercise_id',
            'exercises.title',
            'errors.topic as slug',
            (eb) => eb.fn.agg<string[]>('array_agg', ['errors.user_id']).distinct().as('students'),
            (eb) => eb.fn.countAll<number>().as('occurrences'),
            (eb) => eb.fn.max('errors.occurred_at').as('last'),
          ])
          .where('errors.user_id', 'in', [...names.keys()])
          .where('errors.occurred_at', '>=', since)
          .groupBy(['errors.error_type', 'errors.exercise_id', 'exercises.title', 'errors.topic'])
          .execute();
  const groups = rows
    .filter((r) => r.students.length >= 2)
    .map((r) => ({
      errorType: r.error_type,
      exercise: r.exercise_id && r.title ? { id: r.exercise_id, title: r.title } : null,
      topic: r.slug,
      students: r.students
        .map((id) => ({ id, name: names.get(id) ?? 'A student' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      occurrences: Number(r.occurrences),
      lastAt: new Date(r.last as Date).toISOString(),
    }))
    .sort((a, b) => b.students.length - a.students.length || b.lastAt.localeCompare(a.lastAt))
    .slice(0, GROUPS);
  return { since: since.toISOString(), groups };
}
