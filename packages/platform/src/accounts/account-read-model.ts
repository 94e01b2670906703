import { type EventPayload, type Role, TOPICS } from '@learnflow/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import type { EventSubscription } from '../host/service-definition.ts';

/**
 * The tables that are a service's own read model of the gateway's accounts (`AccountRow`), each fed
 * by `account.changes` (docs/architecture.md, "Who owns each table"). Every function here takes the
 * caller's own table.
 */
export const ACCOUNT_TABLES = ['progress_accounts', 'notification_accounts', 'classroom_accounts'] as const;
export type AccountTable = (typeof ACCOUNT_TABLES)[number];

/** Keeps the account as the change has it, or forgets it; a change older than the one kept changes nothing. */
export async function applyAccountChange(
  db: Db,
  table: AccountTable,
  change: EventPayload<'account.changes'>,
  at: Date | string,
): Promise<void> {
  if (change.deleted) {
    await db.deleteFrom(table).where('id', '=', change.userId).execute();
    return;
  }
  const row = {
    name: change.name,
    email: change.email,
    role: change.role,
    timezone: change.timezone,
    updated_at: at,
  };
  // An account deleted since the event leaves nothing to keep (the insert breaks its foreign key).
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({ id: change.userId, ...row })
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet(row)
          .where(sql<boolean>`${sql.table(table)}.updated_at <= excluded.updated_at`),
      )
      .execute(),
  );
}

/**
 * The subscription that keeps a service's account read model: its own consumer group
 * (`<service>.accounts`). The write is one upsert (or delete) of the change's own values, the newer
 * winning, so it needs no transaction of its own and no check before it (`idempotent`).
 */
export const accountSubscription = (table: AccountTable): EventSubscription<'account.changes'> => ({
  background: true,
  group: 'accounts',
  topics: [TOPICS.accountChanges.name],
  idempotent: true,
  handle: (deps, delivery) => applyAccountChange(deps.db, table, delivery.event.data, delivery.event.time),
});

/**
 * Writes an account made outside the gateway (the demo seed, `learnflow admin create`, a test's
 * fixture) to every account read model at once: nothing publishes a change for it.
 */
export async function fillAccountReadModels(
  db: Db,
  account: { id: string; name: string; email: string; role: Role; timezone: string },
): Promise<void> {
  for (const table of ACCOUNT_TABLES)
    await db
      .insertInto(table)
      .values({ ...account, updated_at: new Date() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}
