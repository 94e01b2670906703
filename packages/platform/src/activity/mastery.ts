import { type EventPayload, type Level, TOPICS } from '@learnflow/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import type { EventSubscription } from '../host/service-definition.ts';

/**
 * The tables that are a service's own read model of progress's mastery per student and topic
 * (`MasteryRow`), each fed by `progress.updates` (docs/architecture.md, "Who owns each table").
 * Every function here takes the caller's own table.
 */
export const MASTERY_TABLES = ['triage_mastery', 'exercise_mastery', 'classroom_mastery'] as const;
export type MasteryTable = (typeof MASTERY_TABLES)[number];

export interface TopicMastery {
  topic: string;
  mastery: number;
  level: Level;
}

/** Keeps the student's mastery of the update's topic, unless a newer update of it is kept already. */
export async function applyMasteryUpdate(
  db: Db,
  table: MasteryTable,
  update: EventPayload<'progress.updates'>,
  at: Date | string,
): Promise<void> {
  const row = { mastery: update.mastery, level: update.level, updated_at: at };
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({ user_id: update.userId, topic: update.topic, ...row })
      .onConflict((oc) =>
        oc
          .columns(['user_id', 'topic'])
          .doUpdateSet(row)
          .where(sql<boolean>`${sql.table(table)}.updated_at <= excluded.updated_at`),
      )
      .execute(),
  );
}

/** The student's mastery of every topic they have any, the most recently changed first. */
export async function masteryByTopic(db: Db, table: MasteryTable, userId: string): Promise<TopicMastery[]> {
  const rows = await db
    .selectFrom(table)
    .select(['topic', 'mastery', 'level'])
    .where('user_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ topic: r.topic, mastery: Number(r.mastery), level: r.level }));
}

/**
 * The subscription that keeps a service's mastery read model: its own consumer group
 * (`<service>.mastery`). The write is one upsert of the update's own values, the newer winning,
 * so applying an update twice, or an older one late, changes nothing: it needs no transaction of
 * its own and no check before it (`idempotent`), and the event is marked handled after it.
 */
export const masterySubscription = (table: MasteryTable): EventSubscription<'progress.updates'> => ({
  background: true,
  group: 'mastery',
  topics: [TOPICS.progressUpdates.name],
  idempotent: true,
  handle: (deps, delivery) => applyMasteryUpdate(deps.db, table, delivery.event.data, delivery.event.time),
});
