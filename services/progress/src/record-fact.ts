import type { Db } from '@learnflow/platform';
import { localDay } from './streak.ts';
import type { Fact } from './to-fact.ts';

export interface TopicRef {
  id: number;
  slug: string;
}

/** The fact's topic: its slug, else (for a graded exercise) the exercise's topic. */
export async function resolveTopic(trx: Db, fact: Fact): Promise<TopicRef | null> {
  if (fact.topic) {
    const row = await trx
      .selectFrom('topics')
      .select(['id', 'slug'])
      .where('slug', '=', fact.topic)
      .executeTakeFirst();
    if (row) return row;
  }
  if (fact.exerciseId) {
    const row = await trx
      .selectFrom('exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['topics.id', 'topics.slug'])
      .where('exercises.id', '=', fact.exerciseId)
      .executeTakeFirst();
    if (row) return row;
  }
  return null;
}

/**
 * Stores the fact once (by its source key) and marks the student's local day active.
 * False when it was already stored: a redelivered or replayed event changes nothing.
 */
export async function recordFact(
  trx: Db,
  fact: Fact,
  topic: TopicRef | null,
  timezone: string,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('learning_facts')
    .values({
      user_id: fact.userId,
      source_key: fact.sourceKey,
      kind: fact.kind,
      topic_id: topic?.id ?? null,
      exercise_id: fact.exerciseId,
      ref: fact.ref,
      score: fact.score,
      passed: fact.passed,
      quality: fact.quality,
      error_type: fact.errorType,
      occurred_at: fact.occurredAt,
      detail: JSON.stringify(fact.detail),
    })
    .onConflict((oc) => oc.columns(['user_id', 'source_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await trx
    .insertInto('activity_days')
    .values({ user_id: fact.userId, day: localDay(fact.occurredAt, timezone) })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .execute();
  return true;
}
