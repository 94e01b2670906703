import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { dbProcessedEvents, PROCESSED_KEPT_MS } from './db-processed-events.ts';

describe.each(testDatabases())('forgetting handled-event marks on %s', (database) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(database);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it("forgets the old marks of the groups it served, keeping recent ones and other groups'", async () => {
    const now = Date.now();
    const old = new Date(now - PROCESSED_KEPT_MS - 60_000);
    const recent = new Date(now - 60_000);
    await platform.db
      .insertInto('processed_events')
      .values([
        ...Array.from({ length: 7_000 }, (_, i) => ({
          consumer_group: 'served',
          event_id: `old-${i}`,
          processed_at: old,
        })),
        { consumer_group: 'served', event_id: 'recent', processed_at: recent },
        { consumer_group: 'elsewhere', event_id: 'old', processed_at: old },
      ])
      .execute();
    const store = dbProcessedEvents(platform.db, pino({ level: 'silent' }));
    expect(await store.forget?.(new Date(now - PROCESSED_KEPT_MS))).toBe(0);
    await store.has('served', 'recent');
    // More than one batch's worth.
    expect(await store.forget?.(new Date(now - PROCESSED_KEPT_MS))).toBe(7_000);
    const left = await platform.db
      .selectFrom('processed_events')
      .select(['consumer_group', 'event_id'])
      .where('consumer_group', 'in', ['served', 'elsewhere'])
      .orderBy('consumer_group')
      .execute();
    expect(left).toEqual([
      { consumer_group: 'elsewhere', event_id: 'old' },
      { consumer_group: 'served', event_id: 'recent' },
    ]);
    expect(await store.has('served', 'recent')).toBe(true);
  });
});
