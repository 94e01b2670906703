import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/create-database.ts';

/**
 * Moves sent events from the outbox to the audit log (`event_log`) in one statement, in the
 * caller's transaction when it has one: the row's topic, type, user, correlation id, data and
 * the event's own time. An id already archived, or no longer in the outbox, is skipped.
 */
export async function archiveOutbox(db: Db, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await sql`
    with sent as (
      delete from outbox where event_id in (${sql.join(eventIds)})
      returning event_id, topic, envelope
    )
    insert into event_log (event_id, topic, type, user_id, correlation_id, payload, created_at)
    select event_id, topic, envelope->>'type', envelope->>'partitionkey', envelope->>'correlationid',
      coalesce(envelope->'data', 'null'::jsonb), (envelope->>'time')::timestamptz
    from sent
    on conflict (event_id) do nothing`.execute(db);
}

/**
 * Forgets every event of the audit trail that names the user (`event_log` is the host's): what deleting an
 * account asks of it, in the caller's transaction.
 */
export async function forgetEventsOf(trx: Db, userId: string): Promise<void> {
  await trx.deleteFrom('event_log').where('user_id', '=', userId).execute();
}

/** The process's audit writer: what the bus took is archived in batches, not one row per event. */
export interface AuditLog {
  /** These events are on the bus: archive them with the next batch. */
  sent(eventIds: readonly string[]): void;
  /** Archives what is queued now (tests, and before the database closes). */
  flush(): Promise<void>;
  /** Sent by this process and not archived yet: the outbox relay leaves them alone. */
  readonly archiving: ReadonlySet<string>;
}

export interface AuditLogOptions {
  db: Db;
  log: Logger;
  /** How long a sent event waits for others to share its statement (250 ms). */
  delayMs?: number;
  /** A batch this large is written at once (200). */
  maxBatch?: number;
}

/**
 * One per process. A sent event stays in the outbox until its batch is archived; a crash
 * before that leaves it there, and the outbox relay sends it again (same id: consumers skip
 * it) and archives it. A failed batch is left to the relay the same way.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const delayMs = options.delayMs ?? 250;
  const maxBatch = options.maxBatch ?? 200;
  let queued: string[] = [];
  const archiving = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = queued;
    queued = [];
    writing = writing.then(() =>
      archiveOutbox(options.db, batch)
        .catch((error: unknown) =>
          options.log.warn(
            { err: error, events: batch.length },
            'archiving sent events failed: the outbox relay archives them later',
          ),
        )
        .finally(() => {
          for (const id of batch) archiving.delete(id);
        }),
    );
    return writing;
  }

  return {
    archiving,
    sent(eventIds) {
      for (const id of eventIds) archiving.add(id);
      queued.push(...eventIds);
      if (queued.length >= maxBatch) void flush();
      else timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
