import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { Insertable } from 'kysely';
import type { Db } from '../db/create-database.ts';
import type { Database } from '../db/database.ts';
import { isForeignKeyViolation } from '../db/skip-if-reference-gone.ts';
import { topicBySlug } from '../db/topic-by-slug.ts';
import { permanentError } from '../errors.ts';
import type { EventSubscription } from '../host/service-definition.ts';

/**
 * The tables that are a service's own read model of exercise-agent's catalog (`ExerciseEntryRow`: what
 * others name, weigh or offer of an exercise), each fed by `exercise.catalog` (docs/architecture.md, "Who
 * owns each table"). Every function here takes the caller's own table.
 */
export const EXERCISE_TABLES = [
  'progress_exercises',
  'notification_exercises',
  'classroom_exercises',
] as const;
export type ExerciseTable = (typeof EXERCISE_TABLES)[number];

/** An exercise as the read models keep it. */
export type ExerciseEntry = Insertable<Database['progress_exercises']>;

/** Keeps the exercises as given, each replacing what was kept of it: the seed's bank, or one new exercise. */
export async function keepExercises(
  db: Db,
  table: ExerciseTable,
  entries: readonly ExerciseEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto(table)
    .values([...entries])
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        topic_id: eb.ref('excluded.topic_id'),
        difficulty: eb.ref('excluded.difficulty'),
        source: eb.ref('excluded.source'),
        class_id: eb.ref('excluded.class_id'),
      })),
    )
    .execute();
}

/** The catalog entry of an event as a row: its topic's id looked up (a topic is reference data). */
async function exerciseEntryOf(db: Db, entry: EventPayload<'exercise.catalog'>): Promise<ExerciseEntry> {
  const topic = await topicBySlug(db, entry.topic);
  if (!topic)
    throw permanentError('INVALID_EVENT', `exercise.catalog: no topic "${entry.topic}" in the curriculum`);
  return {
    id: entry.exerciseId,
    title: entry.title,
    topic_id: topic.id,
    difficulty: entry.difficulty,
    source: entry.source,
    class_id: entry.classId,
    created_by: entry.createdBy,
    created_at: entry.createdAt,
  };
}

/**
 * The subscription that keeps a service's exercise read model: its own consumer group
 * (`<service>.exercises`). The write is one upsert of the event's own values, so applying it twice
 * changes nothing (`idempotent`). An author deleted since the event is kept as no one, as the
 * catalog keeps them.
 */
export const exerciseSubscription = (table: ExerciseTable): EventSubscription<'exercise.catalog'> => ({
  background: true,
  group: 'exercises',
  topics: [TOPICS.exerciseCatalog.name],
  idempotent: true,
  handle: async (deps, delivery) => {
    const entry = await exerciseEntryOf(deps.db, delivery.event.data);
    try {
      await keepExercises(deps.db, table, [entry]);
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      await keepExercises(deps.db, table, [{ ...entry, created_by: null }]);
    }
  },
});
