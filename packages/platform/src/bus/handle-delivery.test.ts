import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/create-database.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { dbProcessedEvents } from './db-processed-events.ts';
import { envelope } from './event-bus.contract.ts';
import type { EventHandler } from './event-bus.ts';
import { type HandleDeliveryDeps, handleDelivery } from './handle-delivery.ts';
import { memoryProcessedEvents, type ProcessedEvents } from './processed-events.ts';

const log = pino({ level: 'silent' });

describe.each(testDatabases())('handleDelivery with the marks in the database on %s', (database) => {
  let platform: TestPlatform;
  /** What the store was asked, in order: a separate check shows up as `has`. */
  const calls: string[] = [];
  let processed: ProcessedEvents;

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    const store = dbProcessedEvents(platform.db, log);
    processed = {
      async has(group, id) {
        calls.push('has');
        return store.has(group, id);
      },
      async add(group, id) {
        calls.push('add');
        await store.add(group, id);
      },
      async claim(trx, group, id) {
        calls.push('claim');
        return (await store.claim?.(trx, group, id)) ?? false;
      },
      note(group, id) {
        calls.push('note');
        store.note(group, id);
      },
      flush: () => store.flush(),
    };
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  const deps = (handler: EventHandler, overrides: Partial<HandleDeliveryDeps> = {}): HandleDeliveryDeps => ({
    group: 'delivery-test',
    topic: 'learning.requests',
    handler,
    transactional: true,
    processed,
    maxAttempts: 3,
    backoffMs: () => 1,
    deadLetter: async () => {
      throw new Error('nothing here should be dead-lettered');
    },
    log,
    ...overrides,
  });
  /** The handler's change: a row keyed by the event id (any table does; the outbox is at hand). */
  const change = (trx: Db, eventId: string, n: number) =>
    trx
      .insertInto('outbox')
      .values({ event_id: `${eventId}:${n}`, topic: 't', envelope: JSON.stringify({ n }) })
      .execute();
  const changes = async (eventId: string) =>
    (
      await platform.db
        .selectFrom('outbox')
        .select('event_id')
        .where('event_id', 'like', `${eventId}:%`)
        .execute()
    )
      .map((r) => r.event_id)
      .sort();
  const marked = async (eventId: string) =>
    (
      await platform.db
        .selectFrom('processed_events')
        .select('event_id')
        .where('consumer_group', '=', 'delivery-test')
        .where('event_id', '=', eventId)
        .execute()
    ).length;

  it('marks the event in the handler transaction: one round trip, no check before', async () => {
    calls.length = 0;
    const event = envelope('user-1', {});
    await handleDelivery(
      deps(async ({ markHandled }) => {
        await platform.db.transaction().execute(async (trx) => {
          await markHandled(trx);
          await change(trx, event.id, 1);
        });
      }),
      event,
    );
    expect(calls).toEqual(['claim']);
    expect(await changes(event.id)).toEqual([`${event.id}:1`]);
    expect(await marked(event.id)).toBe(1);
  });

  it('stops a redelivery at its transaction: the work before it repeats, the change does not', async () => {
    const event = envelope('user-1', {});
    let before = 0;
    let inside = 0;
    const handler: EventHandler = async ({ markHandled }) => {
      before++;
      await platform.db.transaction().execute(async (trx) => {
        await markHandled(trx);
        inside++;
        await change(trx, event.id, inside);
      });
    };
    await handleDelivery(deps(handler), event);
    await handleDelivery(deps(handler), structuredClone(event));
    expect({ before, inside }).toEqual({ before: 2, inside: 1 });
    expect(await changes(event.id)).toEqual([`${event.id}:1`]);
  });

  it('rolls the mark back with a failed transaction, so the retry makes the change once', async () => {
    const event = envelope('user-1', {});
    const attempts: number[] = [];
    await handleDelivery(
      deps(async ({ markHandled, attempt }) => {
        attempts.push(attempt);
        await platform.db.transaction().execute(async (trx) => {
          await markHandled(trx);
          await change(trx, event.id, attempt);
          if (attempt === 1) throw new Error('the change failed');
        });
      }),
      event,
    );
    expect(attempts).toEqual([1, 2]);
    expect(await changes(event.id)).toEqual([`${event.id}:2`]);
    expect(await marked(event.id)).toBe(1);
  });

  it('acks a retry whose first transaction committed before the handler failed', async () => {
    const event = envelope('user-1', {});
    const attempts: number[] = [];
    await handleDelivery(
      deps(async ({ markHandled, attempt }) => {
        attempts.push(attempt);
        await platform.db.transaction().execute(async (trx) => {
          await markHandled(trx);
          await change(trx, event.id, attempt);
        });
        throw new Error('failed after the commit');
      }),
      event,
    );
    expect(attempts).toEqual([1, 2]);
    expect(await changes(event.id)).toEqual([`${event.id}:1`]);
  });

  it('marks after a transactional handler that opened no transaction', async () => {
    calls.length = 0;
    const event = envelope('user-1', {});
    await handleDelivery(
      deps(async () => {}),
      event,
    );
    expect(calls).toEqual(['add']);
    expect(await marked(event.id)).toBe(1);
  });

  it('keeps the check before and the mark after for a handler that is not transactional', async () => {
    calls.length = 0;
    const event = envelope('user-1', {});
    let runs = 0;
    const handler: EventHandler = async ({ markHandled }) => {
      runs++;
      await platform.db.transaction().execute(async (trx) => markHandled(trx));
    };
    await handleDelivery(deps(handler, { transactional: false }), event);
    await handleDelivery(deps(handler, { transactional: false }), structuredClone(event));
    expect(calls).toEqual(['has', 'add', 'has']);
    expect(runs).toBe(1);
  });

  it('runs an idempotent handler without the check before, and marks it after, the marks written together', async () => {
    calls.length = 0;
    const event = envelope('user-1', {});
    let runs = 0;
    const handler: EventHandler = async () => {
      runs++;
    };
    await handleDelivery(deps(handler, { transactional: false, idempotent: true }), event);
    await handleDelivery(deps(handler, { transactional: false, idempotent: true }), structuredClone(event));
    const other = envelope('user-2', {});
    await handleDelivery(deps(handler, { transactional: false, idempotent: true }), other);
    expect(calls).toEqual(['note', 'note', 'note']);
    expect(runs).toBe(3);
    // Written by the batch's timer, or at once by flush.
    await expect.poll(() => marked(other.id), { timeout: 2_000 }).toBe(1);
    expect(await marked(event.id)).toBe(1);
    const last = envelope('user-3', {});
    await handleDelivery(deps(handler, { transactional: false, idempotent: true }), last);
    await processed.flush();
    expect(await marked(last.id)).toBe(1);
  });

  it('falls back to the check before with a store that lives in memory', async () => {
    const event = envelope('user-1', {});
    let runs = 0;
    const handler: EventHandler = async ({ markHandled }) => {
      runs++;
      await platform.db.transaction().execute(async (trx) => markHandled(trx));
    };
    const memory = memoryProcessedEvents();
    await handleDelivery(deps(handler, { processed: memory }), event);
    await handleDelivery(deps(handler, { processed: memory }), structuredClone(event));
    expect(runs).toBe(1);
    expect(await marked(event.id)).toBe(0);
  });
});
