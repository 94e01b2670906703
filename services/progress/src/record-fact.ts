import { type Db, topicBySlug } from '@learnflow/platform';
import { localDay } from './streak.ts';
import type { Fact } from './to-fact.ts';

export interface TopicRef {
  id: number;
  slug: string;
}

/** The fact's topic: its slug (reference data, read with the service's own handle `db`), else (for a graded exercise) the exercise's topic. */
export async function resolveTopic(db: Db, trx: Db, fact: Fact): Promise<TopicRef | null> {
  if (fact.topic) {
    const row = await topicBySlug(db, fact.topic, trx);
    if (row) return row;
  }
  if (fact.exerciseId) {
    const row = await trx
      .selectFrom('progress_exercises as exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['topics.id', 'topics.slug'])
      .where('exercises.id', '=', fact.exerciseId)
      .executeTakeFirst();
    if (row) return row;
  }
  return null;
}

/** A fact as stored: its id, its score and quality at the stored precision, and whether its day was new. */
export interface StoredFact {
  id: string;
  score: number | null;
  quality: number | null;
  newDay: boolean;
}

/**
 * Stores the fact once (by its source key) and marks the student's local day active.
 * Null when it was already stored: a redelivered or replayed event changes nothing.
 */
export async function recordFact(
  trx: Db,
  fact: Fact,
  topic: TopicRef | null,
  timezone: string,
): Promise<StoredFact | null> {
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
    .returning(['id', 'score', 'quality'])
    .executeTakeFirst();
  if (!inserted) return null;
  const day = await trx
    .insertInto('activity_days')
    .values({ user_id: fact.userId, day: localDay(fact.occurredAt, timezone) })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .returning('day')
    .executeTakeFirst();
  return {
    id: inserted.id,
    score: inserted.score === null ? null : Number(inserted.score),
    quality: inserted.quality === null ? null : Number(inserted.quality),
    newDay: day !== undefined,
  };
}
