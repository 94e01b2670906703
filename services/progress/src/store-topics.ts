import { type EventPayload, levelOf } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';
import { masteryOf } from './mastery.ts';
import type { TopicRef } from './record-fact.ts';
import type { LockedStudent } from './student-lock.ts';
import { sameMemory, sameParts, type TopicState } from './topic-state.ts';

export type ProgressUpdate = EventPayload<'progress.updates'>;

/** The student's progress rows as stored, read back as a topic state, with each topic's slug. */
export async function storedStates(
  trx: Db,
  userId: string,
): Promise<Map<number, TopicState & { mastery: number; level: string; slug: string }>> {
  const rows = await trx
    .selectFrom('progress')
    .innerJoin('topics', 'topics.id', 'progress.topic_id')
    .selectAll('progress')
    .select('topics.slug')
    .where('user_id', '=', userId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.topic_id,
      {
        slug: row.slug,
        parts: {
          exercises: Number(row.exercises_score),
          quizzes: Number(row.quiz_score),
          quality: Number(row.quality_score),
          consistency: Number(row.consistency_score),
        },
        bests: row.exercise_bests,
        window: row.quality_window,
        mastery: Number(row.mastery),
        level: row.level,
      },
    ]),
  );
}

/**
 * Writes the topics whose state changed and returns an update for each whose numbers changed
 * (and for the touched topic when only the streak moved), so a replay publishes nothing.
 */
export async function storeTopics(
  trx: Db,
  student: LockedStudent,
  now: Date,
  streak: number,
  states: ReadonlyMap<number, TopicState>,
  stored: Awaited<ReturnType<typeof storedStates>>,
  touched: TopicRef | null,
): Promise<ProgressUpdate[]> {
  if (states.size === 0) return [];
  const slugOf = new Map([...stored].map(([id, state]) => [id, state.slug]));
  if (touched) slugOf.set(touched.id, touched.slug);
  const unnamed = [...states.keys()].filter((id) => !slugOf.has(id));
  if (unnamed.length > 0)
    for (const topic of await trx
      .selectFrom('topics')
      .select(['id', 'slug'])
      .where('id', 'in', unnamed)
      .execute())
      slugOf.set(topic.id, topic.slug);
  const updates: ProgressUpdate[] = [];
  for (const [topicId, state] of states) {
    const mastery = masteryOf(state.parts);
    const level = levelOf(mastery);
    const before = stored.get(topicId);
    const sameNumbers =
      before !== undefined &&
      sameParts(before.parts, state.parts) &&
      before.mastery === mastery &&
      before.level === level;
    // The streak moved but this topic's numbers did not: still tell the student.
    if (!sameNumbers || (streak !== student.streak && topicId === touched?.id))
      updates.push({
        userId: student.id,
        topic: slugOf.get(topicId) ?? String(topicId),
        mastery,
        level,
        streak,
      });
    if (sameNumbers && sameMemory(before, state)) continue;
    const row = {
      exercises_score: state.parts.exercises,
      quiz_score: state.parts.quizzes,
      quality_score: state.parts.quality,
      consistency_score: state.parts.consistency,
      mastery,
      level,
      exercise_bests: JSON.stringify(state.bests),
      quality_window: JSON.stringify(state.window),
      updated_at: now,
    };
    await trx
      .insertInto('progress')
      .values({ user_id: student.id, topic_id: topicId, ...row })
      .onConflict((oc) => oc.columns(['user_id', 'topic_id']).doUpdateSet(row))
      .execute();
  }
  return updates;
}
