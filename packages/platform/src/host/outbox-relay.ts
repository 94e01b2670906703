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
  /**
   * Events this process already sent and is archiving (`AuditLog.archiving`): not sent again when a
   * loaded database makes their archiving outlast the grace (a second copy would repeat the work a
   * handler does before its transaction, such as streamed tutor deltas).
   */
  archiving?: ReadonlySet<string>;
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
        const unsent = rows.filter((row) => !options.archiving?.has(row.event_id));
        for (const row of unsent) await bus.publish(row.topic, row.envelope);
        await archiveOutbox(
          trx,
          unsent.map((r) => r.event_id),
        );
        return unsent.length;
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
