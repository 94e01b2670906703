import type { Platform } from '../host/platform.ts';

/** Waits until a consumer group has handled (or dead-lettered) an event id. */
export async function handled(platform: Platform, group: string, eventId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await platform.db
      .selectFrom('processed_events')
      .select('event_id')
      .where('consumer_group', '=', group)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    if (row) return;
    if (Date.now() > deadline) throw new Error(`${group} did not handle ${eventId} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
