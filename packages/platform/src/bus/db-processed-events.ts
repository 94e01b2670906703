import type { Db } from '../db/create-database.ts';
import type { ProcessedEvents } from './processed-events.ts';

/** Durable idempotency: survives restarts and is shared by every replica of a service. */
export function dbProcessedEvents(db: Db): ProcessedEvents {
  const mark = async (on: Db, group: string, eventId: string) =>
    (await on
      .insertInto('processed_events')
      .values({ consumer_group: group, event_id: eventId })
      .onConflict((oc) => oc.doNothing())
      .returning('event_id')
      .executeTakeFirst()) !== undefined;
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
    claim: mark,
  };
}
