import { randomUUID } from 'node:crypto';
import type { Envelope } from '@learnflow/contracts';
import { deadLetterTopicOf } from '@learnflow/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Delivery, EventBus, EventHandler, Subscription } from './event-bus.ts';

/** The data of the ordering test's events: the count of its key's events before it. */
const Sequenced = z.object({ seq: z.number().int() });

/** How the contract wants the bus built, so retries and backoff can be measured. */
export interface ContractBusSettings {
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
}

/** A bus under test plus what the harness needs around it. */
export interface ContractBus {
  bus: EventBus;
  /** Makes sure these topics exist before use (Kafka creates them; the memory bus needs nothing). */
  createTopics?: (topics: string[]) => Promise<void>;
  /** Resolves once `group` has `members` members holding their assignments (Kafka: after the rebalance). */
  settle?: (group: string, members: number) => Promise<void>;
  /** Releases what `makeBus` made besides the bus (the bus itself is closed by the suite). */
  close?: () => Promise<void>;
}

const settings: ContractBusSettings = { maxAttempts: 3, backoffMs: (attempt) => 100 * attempt };
const WAIT_MS = 20_000;

/**
 * The behaviour every `EventBus` must show, run against each implementation: delivery with the
 * envelope intact, fan-out to groups, sharing within a group, order per key, retry with backoff,
 * dead-lettering, idempotency by event id, and `ping`.
 */
export function describeEventBusContract(
  name: string,
  makeBus: (settings: ContractBusSettings) => Promise<ContractBus>,
): void {
  describe(`EventBus contract: ${name}`, () => {
    let harness: ContractBus;
    let bus: EventBus;
    const open: Subscription[] = [];

    beforeAll(async () => {
      harness = await makeBus(settings);
      bus = harness.bus;
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    afterAll(async () => {
      await bus?.close();
      await harness?.close?.();
    });

    /** A fresh topic (and the group names) for one test, created on the broker when it needs that. */
    async function fresh(extraTopics: (group: string) => string[] = () => []) {
      const id = randomUUID().slice(0, 8);
      const topic = `contract.${id}`;
      const group = (suffix: string) => `contract-${id}-${suffix}`;
      await harness.createTopics?.([topic, ...extraTopics(group('a'))]);
      return { topic, group };
    }

    async function subscribe(group: string, topic: string, handler: EventHandler) {
      const subscription = await bus.subscribe({ group, topics: [topic], handler });
      open.push(subscription);
      return subscription;
    }

    it('delivers a published event with its envelope intact', async () => {
      const { topic, group } = await fresh();
      const received: Delivery[] = [];
      await subscribe(group('a'), topic, async (delivery) => {
        received.push(delivery);
      });
      const sent = envelope('user-1', {
        text: 'héllo ✓',
        n: 42,
        nested: { list: [1, 'two', null], ok: true },
      });
      sent.subject = 'a subject';
      await bus.publish(topic, sent);
      await waitFor(() => received.length === 1);
      expect(received[0]?.event).toEqual(sent);
      expect(received[0]?.topic).toBe(topic);
      expect(received[0]?.attempt).toBe(1);
    });

    it('delivers every one of many concurrent publishes, once', async () => {
      const { topic, group } = await fresh();
      const handled: string[] = [];
      await subscribe(group('a'), topic, async ({ event }) => void handled.push(event.id));
      const sent = range(200).map((i) => envelope(`user-${i % 3}`, { i }));
      await Promise.all(sent.map((event) => bus.publish(topic, event)));
      await waitFor(() => handled.length >= sent.length);
      await pause(200);
      expect([...handled].sort()).toEqual(sent.map((e) => e.id).sort());
    });

    it('delivers every event to each group', async () => {
      const { topic, group } = await fresh();
      const byGroup = { a: [] as string[], b: [] as string[] };
      await subscribe(group('a'), topic, async ({ event }) => void byGroup.a.push(event.id));
      await subscribe(group('b'), topic, async ({ event }) => void byGroup.b.push(event.id));
      const sent = range(10).map((i) => envelope(`user-${i % 4}`, { i }));
      for (const event of sent) await bus.publish(topic, event);
      await waitFor(() => byGroup.a.length >= 10 && byGroup.b.length >= 10);
      const ids = sent.map((e) => e.id).sort();
      expect([...byGroup.a].sort()).toEqual(ids);
      expect([...byGroup.b].sort()).toEqual(ids);
    });

    it('shares the events between the members of one group, each handled once', async () => {
      const { topic, group } = await fresh();
      const handled = { one: [] as string[], two: [] as string[] };
      await subscribe(group('a'), topic, async ({ event }) => void handled.one.push(event.id));
      await subscribe(group('a'), topic, async ({ event }) => void handled.two.push(event.id));
      await harness.settle?.(group('a'), 2);
      const sent = range(40).map((i) => envelope(`user-${i % 10}`, { i }));
      for (const event of sent) await bus.publish(topic, event);
      await waitFor(() => handled.one.length + handled.two.length >= sent.length);
      await pause(300); // a duplicate would show up now
      expect([...handled.one, ...handled.two].sort()).toEqual(sent.map((e) => e.id).sort());
      expect(handled.one.length).toBeGreaterThan(0);
      expect(handled.two.length).toBeGreaterThan(0);
    });

    it('keeps the order of one key while other keys interleave', async () => {
      const { topic, group } = await fresh();
      const seen = new Map<string, number[]>();
      await subscribe(group('a'), topic, async ({ event }) => {
        // Uneven handling times would reorder a bus that handled one key's events concurrently.
        await pause(Math.floor(Math.random() * 3));
        const { seq } = Sequenced.parse(event.data);
        seen.set(event.partitionkey, [...(seen.get(event.partitionkey) ?? []), seq]);
      });
      const counters = new Map<string, number>();
      const keys = range(100).map((i) => (i % 2 === 0 ? 'alice' : `other-${i % 7}`));
      for (const key of keys) {
        const seq = counters.get(key) ?? 0;
        counters.set(key, seq + 1);
        await bus.publish(topic, envelope(key, { seq }));
      }
      await waitFor(() => [...seen.values()].reduce((n, list) => n + list.length, 0) >= keys.length);
      expect(seen.get('alice')).toEqual(range(50));
      for (const [key, count] of counters) expect(seen.get(key)).toEqual(range(count));
    });

    it('retries a failing handler with backoff until it succeeds', async () => {
      const { topic, group } = await fresh();
      const attempts: { attempt: number; at: number }[] = [];
      let succeeded = 0;
      await subscribe(group('a'), topic, async ({ attempt }) => {
        attempts.push({ attempt, at: performance.now() });
        if (attempt < 3) throw new Error(`transient failure ${attempt}`);
        succeeded++;
      });
      await bus.publish(topic, envelope('user-1', {}));
      await waitFor(() => succeeded === 1);
      await pause(200);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(succeeded).toBe(1);
      for (const n of [1, 2]) {
        const gap = (attempts[n]?.at ?? 0) - (attempts[n - 1]?.at ?? 0);
        expect(gap).toBeGreaterThanOrEqual(settings.backoffMs(n) - 10);
      }
    });

    it('dead-letters an event whose handler always fails, then moves on', async () => {
      const { topic, group } = await fresh((g) => [deadLetterTopicOf(g)]);
      const attempts: number[] = [];
      const handled: string[] = [];
      const dead: Envelope[] = [];
      const poison = envelope('user-1', { poison: true });
      await subscribe(group('a'), topic, async ({ event, attempt }) => {
        if (event.id === poison.id) {
          attempts.push(attempt);
          throw new Error('cannot handle this one');
        }
        handled.push(event.id);
      });
      await subscribe(
        group('dlq-reader'),
        deadLetterTopicOf(group('a')),
        async ({ event }) => void dead.push(event),
      );
      const next = envelope('user-1', { after: true });
      await bus.publish(topic, poison);
      await bus.publish(topic, next);
      await waitFor(() => dead.length === 1 && handled.length === 1);
      expect(attempts).toEqual(range(settings.maxAttempts).map((i) => i + 1));
      expect(dead[0]?.id).toBe(poison.id);
      expect(dead[0]?.partitionkey).toBe(poison.partitionkey);
      expect(dead[0]?.data).toEqual(poison.data);
      expect(dead[0]?.subject).toContain('cannot handle this one');
      expect(handled).toEqual([next.id]);
    });

    it('handles a redelivered event id once', async () => {
      const { topic, group } = await fresh();
      const handled: string[] = [];
      await subscribe(group('a'), topic, async ({ event }) => void handled.push(event.id));
      const twice = envelope('user-1', { n: 1 });
      const sentinel = envelope('user-1', { n: 2 });
      await bus.publish(topic, twice);
      await bus.publish(topic, structuredClone(twice));
      await bus.publish(topic, sentinel);
      await waitFor(() => handled.includes(sentinel.id));
      expect(handled).toEqual([twice.id, sentinel.id]);
    });

    it('answers ping', async () => {
      expect(await bus.ping()).toBe(true);
    });
  });
}

/** A valid envelope with a fresh id. */
export function envelope(partitionkey: string, data: unknown): Envelope {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'contract-test',
    type: 'test.event',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    partitionkey,
    correlationid: randomUUID(),
    data,
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await pause(10);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
