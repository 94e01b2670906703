import type { Logger } from 'pino';
import type { Db } from '../db/create-database.ts';
import type { ProcessedEvents } from './processed-events.ts';

/** How long a noted mark waits for others before they are written together, and how many make a write. */
export const NOTE_BATCH = { ms: 100, rows: 500 } as const;

/** How long a mark is kept: longer than the bus keeps events (Kafka's default retention is 7 days). */
export const PROCESSED_KEPT_MS = 30 * 24 * 60 * 60 * 1_000;

/** Marks forgotten per statement, so forgetting a backlog never holds the database for long. */
const FORGET_BATCH = 5_000;

/**
 * Durable idempotency: survives restarts and is shared by every replica of a service. The batched
 * marks, which no one waits on, are written on `background` (the embedded database's background lane).
 */
export function dbProcessedEvents(db: Db, log: Logger, background: Db = db): ProcessedEvents {
  const groups = new Set<string>();
  const mark = async (on: Db, group: string, eventId: string) => {
    groups.add(group);
    return (
      (await on
        .insertInto('processed_events')
        .values({ consumer_group: group, event_id: eventId })
        .onConflict((oc) => oc.doNothing())
        .returning('event_id')
        .executeTakeFirst()) !== undefined
    );
  };
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
      groups.add(group);
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
      groups.add(group);
      noted.push({ consumer_group: group, event_id: eventId });
      if (noted.length >= NOTE_BATCH.rows) void write();
      else timer ??= setTimeout(write, NOTE_BATCH.ms).unref();
    },
    flush: write,
    claim: mark,
    async forget(before) {
      if (groups.size === 0) return 0;
      let forgotten = 0;
      for (;;) {
        const { numDeletedRows } = await background
          .deleteFrom('processed_events')
          .where(({ eb, refTuple, selectFrom }) =>
            eb(
              refTuple('consumer_group', 'event_id'),
              'in',
              selectFrom('processed_events')
                .select(['consumer_group', 'event_id'])
                .where('consumer_group', 'in', [...groups])
                .where('processed_at', '<', before)
                .limit(FORGET_BATCH)
                .$asTuple('consumer_group', 'event_id'),
            ),
          )
          .executeTakeFirst();
        forgotten += Number(numDeletedRows);
        if (Number(numDeletedRows) < FORGET_BATCH) return forgotten;
      }
    },
  };
}
