import type { Logger } from 'pino';
import type { EventBus } from '../bus/event-bus.ts';
import type { Db } from '../db/create-database.ts';
import { archiveOutbox } from './audit-log.ts';

export interface OutboxRelayOptions {
  db: Db;
  bus: EventBus;
  log: Logger;
  /** How often the outbox is looked at (1 s). */
  intervalMs?: number;
  /** Entries younger than this are left to the publisher that wrote them (2 s). */
  graceMs?: number;
}

/**
 * Sends what a crash or a bus outage left in the outbox: one per process (in-process in
 * `learnflow up`, one per service with `learnflow serve`). Rows are claimed with
 * `for update skip locked`, sent in order with their own event id, then moved to the audit log
 * in the same transaction; a crash before the commit leaves them for the next pass.
 */
export function startOutboxRelay(options: OutboxRelayOptions): () => Promise<void> {
  const { db, bus, log } = options;
  const intervalMs = options.intervalMs ?? 1_000;
  const graceMs = options.graceMs ?? 2_000;
  let running: Promise<void> | null = null;

  const pass = async () => {
    for (;;) {
      const sent = await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('outbox')
          .select(['id', 'event_id', 'topic', 'envelope'])
          .where('created_at', '<', new Date(Date.now() - graceMs))
          .orderBy('id')
          .limit(100)
          .forUpdate()
          .skipLocked()
          .execute();
        for (const row of rows) await bus.publish(row.topic, row.envelope);
        await archiveOutbox(
          trx,
          rows.map((r) => r.event_id),
        );
        return rows.length;
      });
      if (sent > 0) log.info({ sent }, 'outbox relay sent events left unsent');
      if (sent < 100) return;
    }
  };

  const timer = setInterval(() => {
    if (running) return;
    running = pass()
      .catch((error: unknown) => log.warn({ err: error }, 'outbox relay pass failed; trying again'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
