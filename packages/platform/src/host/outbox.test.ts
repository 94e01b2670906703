import type { Envelope } from '@learnflow/contracts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../bus/event-bus.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { createEvents } from './events.ts';
import { startOutboxRelay } from './outbox-relay.ts';

const log = pino({ level: 'silent' });
const context = { userId: 'u1', correlationId: 'c1' };
/** A learning request whose message is `n`. */
const request = (n: number) => ({
  requestId: `r${n}`,
  userId: 'u1',
  message: `${n}`,
  code: null,
  topic: null,
});

describe.each(testDatabases())('the transactional outbox on %s', (database) => {
  let platform: TestPlatform;
  const received: Envelope[] = [];
  let failing = false;
  let bus: EventBus;

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.bus.subscribe({
      group: 'outbox-probe',
      topics: ['learning.requests'],
      handler: async ({ event }) => {
        received.push(event);
      },
    });
    // The real bus behind a switch that makes publishing fail (a broker outage).
    bus = {
      ...platform.bus,
      publish: (topic, event) =>
        failing ? Promise.reject(new Error('broker down')) : platform.bus.publish(topic, event),
    };
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  const outboxRows = () => platform.db.selectFrom('outbox').select('event_id').execute();
  const audited = (ids: string[]) =>
    platform.db
      .selectFrom('event_log')
      .select(['event_id', 'type', 'user_id', 'correlation_id', 'payload'])
      .where('event_id', 'in', ids)
      .orderBy('id')
      .execute();
  const until = async (done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 50));
  };

  it('sends what a transaction published only after its commit, and nothing of a rollback', async () => {
    const events = createEvents(bus, platform.db, platform.audit, 'test', ['learning.requests'], log);
    const kept = await events.transaction(async (tx) =>
      tx.publish('learning.requests', 't.kept', request(1), context),
    );
    await expect(
      events.transaction(async (tx) => {
        await tx.publish('learning.requests', 't.rolled-back', request(2), context);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await until(() => received.some((e) => e.id === kept.id));
    expect(received.map((e) => e.type)).toEqual(['t.kept']);
    await platform.audit.flush();
    expect(await outboxRows()).toEqual([]);
    expect(await audited([kept.id])).toEqual([
      { event_id: kept.id, type: 't.kept', user_id: 'u1', correlation_id: 'c1', payload: request(1) },
    ]);
  });

  it('moves sent events to the audit log in batches, with their own time', async () => {
    const events = createEvents(bus, platform.db, platform.audit, 'test', ['learning.requests'], log);
    const sent = await events.transaction(async (tx) =>
      Promise.all([1, 2, 3].map((n) => tx.publish('learning.requests', 't.batch', request(n), context))),
    );
    const ids = sent.map((e) => e.id);
    await until(async () => (await audited(ids)).length === 3);
    expect((await audited(ids)).map((r) => r.payload)).toEqual([request(1), request(2), request(3)]);
    const times = await platform.db
      .selectFrom('event_log')
      .select(['event_id', 'created_at'])
      .where('event_id', 'in', ids)
      .execute();
    for (const row of times)
      expect(new Date(row.created_at).toISOString()).toBe(sent.find((e) => e.id === row.event_id)?.time);
    expect(await outboxRows()).toEqual([]);
  });

  it('keeps an event the bus refused, and the relay sends it with the same id', async () => {
    const events = createEvents(bus, platform.db, platform.audit, 'test', ['learning.requests'], log);
    failing = true;
    const event = await events.publish('learning.requests', 't.outage', request(3), context);
    expect(await outboxRows()).toEqual([{ event_id: event.id }]);
    failing = false;
    const stop = startOutboxRelay({ db: platform.db, bus, log, intervalMs: 50, graceMs: 0 });
    // The bus delivers from a queue: the row can be gone before the probe has the event.
    await until(async () => (await outboxRows()).length === 0 && received.some((e) => e.id === event.id));
    await stop();
    expect(received.filter((e) => e.id === event.id)).toHaveLength(1);
    expect(await outboxRows()).toEqual([]);
    expect((await audited([event.id])).map((r) => r.type)).toEqual(['t.outage']);
  });

  it('leaves alone what this process sent and is still archiving, however old', async () => {
    const events = createEvents(bus, platform.db, platform.audit, 'test', ['learning.requests'], log);
    failing = true;
    const event = await events.publish('learning.requests', 't.archiving', request(4), context);
    failing = false;
    // As if the publisher had sent it and its archiving were slow: a second copy must not go out.
    const archiving = new Set([event.id]);
    const stop = startOutboxRelay({ db: platform.db, bus, log, intervalMs: 50, graceMs: 0, archiving });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.filter((e) => e.id === event.id)).toHaveLength(0);
    expect(await outboxRows()).toEqual([{ event_id: event.id }]);
    archiving.clear();
    // The bus delivers from a queue: the row can be gone before the probe has the event.
    await until(async () => (await outboxRows()).length === 0 && received.some((e) => e.id === event.id));
    await stop();
    expect(received.filter((e) => e.id === event.id)).toHaveLength(1);
  });
});
