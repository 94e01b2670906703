import { type EventPayload, StruggleEvidenceSchema, TOPICS } from '@learnflow/contracts';
import type { Db, EventsTransaction } from '@learnflow/platform';
import type { Evidence } from './collect-evidence.ts';

export type Trigger = EventPayload<'struggle.detected'>['trigger'];

export interface EpisodeInput {
  userId: string;
  trigger: Trigger;
  /** What the episode is about within its trigger: an error type, an exercise, a quiz, a topic. */
  scope: string;
  episodeKey: string;
  topic: string | null;
  detail: Record<string, unknown>;
  /** The facts that made the rule fire, stored with a new episode and sent with its event. */
  evidence: () => Promise<Evidence[]>;
  at: Date;
  /** An open episode not seen again for this long has ended: a new one starts. */
  staleAfterMs?: number;
}

/**
 * Opens an episode unless one is open for the same student, trigger and scope (then it is
 * only marked seen). The partial unique index on open episodes and the unique episode key
 * make a second replica's insert a no-op. True when a new episode was opened.
 */
export async function raiseEpisode(trx: Db, input: EpisodeInput): Promise<boolean> {
  const open = await trx
    .selectFrom('struggle_episodes')
    .select(['id', 'last_seen_at'])
    .where('user_id', '=', input.userId)
    .where('trigger', '=', input.trigger)
    .where('scope', '=', input.scope)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  if (open) {
    const stale =
      input.staleAfterMs !== undefined &&
      input.at.getTime() - new Date(open.last_seen_at).getTime() > input.staleAfterMs;
    if (!stale) {
      await trx
        .updateTable('struggle_episodes')
        .set({ last_seen_at: input.at })
        .where('id', '=', open.id)
        .where('last_seen_at', '<', input.at)
        .execute();
      return false;
    }
    await trx
      .updateTable('struggle_episodes')
      .set({ closed_at: input.at })
      .where('id', '=', open.id)
      .execute();
  }
  const inserted = await trx
    .insertInto('struggle_episodes')
    .values({
      user_id: input.userId,
      trigger: input.trigger,
      scope: input.scope,
      episode_key: input.episodeKey,
      topic: input.topic,
      detail: JSON.stringify(input.detail),
      evidence: JSON.stringify(await input.evidence()),
      opened_at: input.at,
      last_seen_at: input.at,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Ends the student's open episodes of these triggers (of one scope, when given): the condition cleared. */
export async function closeEpisodes(
  trx: Db,
  userId: string,
  triggers: readonly Trigger[],
  at: Date,
  scope?: string,
): Promise<void> {
  let query = trx
    .updateTable('struggle_episodes')
    .set({ closed_at: at })
    .where('user_id', '=', userId)
    .where('trigger', 'in', triggers)
    .where('closed_at', 'is', null);
  if (scope !== undefined) query = query.where('scope', '=', scope);
  await query.execute();
}

/**
 * Publishes `struggle.detected` for opened episodes nobody published yet, in the caller's
 * transaction (the outbox sends them after the commit). Setting published_at is the claim:
 * an UPDATE takes the row lock, so of two replicas exactly one gets each episode, and the
 * claim commits with its events or not at all.
 */
export async function publishPendingEpisodes(
  tx: EventsTransaction,
  now: Date,
  filter: { userId?: string; openedBefore?: Date },
  correlationId?: string,
): Promise<number> {
  let claim = tx.db
    .updateTable('struggle_episodes')
    .set({ published_at: now })
    .where('published_at', 'is', null);
  if (filter.userId) claim = claim.where('user_id', '=', filter.userId);
  if (filter.openedBefore) claim = claim.where('opened_at', '<', filter.openedBefore);
  const claimed = await claim
    .returning(['id', 'user_id', 'trigger', 'episode_key', 'topic', 'detail', 'evidence', 'opened_at'])
    .execute();
  const sorted = claimed.sort((a, b) => new Date(a.opened_at).getTime() - new Date(b.opened_at).getTime());
  for (const episode of sorted) {
    await tx.publish(
      TOPICS.struggleDetected.name,
      'learnflow.struggle.detected',
      {
        userId: episode.user_id,
        topic: episode.topic,
        trigger: episode.trigger as Trigger,
        episodeKey: episode.episode_key,
        detail: episode.detail,
        evidence: StruggleEvidenceSchema.array().parse(episode.evidence),
      } satisfies EventPayload<'struggle.detected'>,
      { userId: episode.user_id, correlationId: correlationId ?? episode.id },
    );
  }
  return claimed.length;
}
