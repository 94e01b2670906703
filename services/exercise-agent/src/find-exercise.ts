import { type ExerciseDefinition, ExerciseDefinitionSchema } from '@learnflow/contracts';
import { type AuthUser, appError, type Database, type ServiceDeps } from '@learnflow/platform';
import type { ExpressionBuilder } from 'kysely';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type Caller = Pick<AuthUser, 'id' | 'role'>;

/**
 * Which exercises a caller may see: a teacher every one; a student the bank, the ones
 * generated for them and the ones assigned to them.
 */
export const visibleTo = (caller: Caller) => (eb: ExpressionBuilder<Database, 'exercises'>) =>
  caller.role === 'teacher'
    ? eb.lit(true)
    : eb.or([
        eb('exercises.source', '=', 'bank'),
        eb('exercises.created_by', '=', caller.id),
        eb.exists(
          eb
            .selectFrom('assignments')
            .select('assignments.id')
            .whereRef('assignments.exercise_id', '=', 'exercises.id')
            .where('assignments.student_id', '=', caller.id),
        ),
      ]);

export interface ExerciseRecord {
  id: string;
  source: 'bank' | 'generated';
  definition: ExerciseDefinition;
}

/** The exercise with this id (or bank slug) if the caller may see it; NOT_FOUND otherwise. */
export async function findExercise(
  deps: ServiceDeps,
  caller: Caller,
  idOrSlug: string,
): Promise<ExerciseRecord> {
  const row = await deps.db
    .selectFrom('exercises')
    .innerJoin('topics', 'topics.id', 'exercises.topic_id')
    .select([
      'exercises.id',
      'exercises.slug',
      'exercises.title',
      'exercises.prompt',
      'exercises.starter_code',
      'exercises.solution',
      'exercises.hints',
      'exercises.tests',
      'exercises.difficulty',
      'exercises.source',
      'topics.slug as topic',
    ])
    .where(UUID.test(idOrSlug) ? 'exercises.id' : 'exercises.slug', '=', idOrSlug)
    .where(visibleTo(caller))
    .executeTakeFirst();
  if (!row)
    throw appError(
      'NOT_FOUND',
      `No exercise "${idOrSlug}" for you: GET /api/exercises?topic=<slug> lists them.`,
    );
  return {
    id: row.id,
    source: row.source,
    definition: {
      slug: row.slug ?? row.id,
      topic: row.topic,
      difficulty: row.difficulty,
      title: row.title,
      prompt: row.prompt,
      starterCode: row.starter_code,
      solution: row.solution,
      hints: row.hints,
      tests: ExerciseDefinitionSchema.shape.tests.parse(row.tests),
    },
  };
}

/** The topic's id, or NOT_FOUND naming the slug. */
export async function topicId(deps: ServiceDeps, slug: string): Promise<{ id: number; title: string }> {
  const topic = await deps.db
    .selectFrom('topics')
    .select(['id', 'title'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!topic) throw appError('NOT_FOUND', `No topic "${slug}": GET /api/curriculum lists the topics.`);
  return topic;
}
