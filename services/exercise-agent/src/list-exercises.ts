import type { ExerciseList } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { type Caller, topicId, visibleTo } from './find-exercise.ts';

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** The exercises of a topic (or of every topic) the caller may see, bank first, easiest first. */
export async function listExercises(
  deps: ServiceDeps,
  caller: Caller,
  topic?: string,
): Promise<ExerciseList> {
  let query = deps.db
    .selectFrom('exercises')
    .innerJoin('topics', 'topics.id', 'exercises.topic_id')
    .select((eb) => [
      'exercises.id',
      'exercises.title',
      'exercises.difficulty',
      'exercises.source',
      'exercises.created_at',
      'topics.slug as topic',
      'topics.id as topicId',
      eb
        .selectFrom('submissions')
        .select((sub) => sub.fn.max('submissions.score').as('best'))
        .whereRef('submissions.exercise_id', '=', 'exercises.id')
        .where('submissions.user_id', '=', caller.id)
        .as('bestScore'),
    ])
    .where(visibleTo(caller));
  if (topic) query = query.where('exercises.topic_id', '=', (await topicId(deps, topic)).id);
  const rows = await query.execute();
  rows.sort(
    (a, b) =>
      a.topicId - b.topicId ||
      Number(a.source === 'generated') - Number(b.source === 'generated') ||
      DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
      new Date(a.created_at).getTime() - new Date(b.created_at).getTime(),
  );
  return {
    exercises: rows.map((row) => ({
      id: row.id,
      title: row.title,
      topic: row.topic,
      difficulty: row.difficulty,
      source: row.source,
      bestScore: row.bestScore === null || row.bestScore === undefined ? null : Number(row.bestScore),
    })),
  };
}
