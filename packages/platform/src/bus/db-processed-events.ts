import type { Logger } from 'pino';
import type { Db } from '../db/create-database.ts';
import type { ProcessedEvents } from './processed-events.ts';

/** How long a noted mark waits for others before they are written together, and how many make a write. */
export const NOTE_BATCH = { ms: 100, rows: 500 } as const;

/**
 * Durable idempotency: survives restarts and is shared by every replica of a service. The batched
 * marks, which no one waits on, are written on `background` (the embedded database's background lane).
 */
export function dbProcessedEvents(db: Db, log: Logger, background: Db = db): ProcessedEvents {
  const mark = async (on: Db, group: string, eventId: string) =>
    (await on
      .insertInto('processed_events')
      .values({ consumer_group: group, event_id: eventId })
      .onConflict((oc) => oc.doNothing())
      .returning('event_id')
      .executeTakeFirst()) !== undefined;
  let noted: { consumer_group: string; event_id: string }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing = Promise.resolve();
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const rows = noted;
    noted = [];
    writing = writing.then(async () => {
      if (rows.length === 0) return;
      try {
        await background
          .insertInto('processed_events')
          .values(rows)
          .onConflict((oc) => oc.doNothing())
          .execute();
      } catch (error) {
        // Lost marks of idempotent groups: a redelivery repeats harmless work.
        log.warn({ err: error, marks: rows.length }, 'writing handled-event marks failed; they are dropped');
      }
    });
    return writing;
  };
  return {
    async has(group, eventId) {
      const row = await db
        .selectFrom('processed_events')
        .select('event_id')
        .where('consumer_group', '=', group)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async add(group, eventId) {
      await mark(db, group, eventId);
    },
    note(group, eventId) {
      noted.push({ consumer_group: group, event_id: eventId });
      if (noted.length >= NOTE_BATCH.rows) void write();
      else timer ??= setTimeout(write, NOTE_BATCH.ms).unref();
    },
    flush: write,
    claim: mark,
  };
}
