import { randomUUID } from 'node:crypto';
import {
  Admin,
  Consumer,
  compatibilityPartitioner,
  ProduceAcks,
  Producer,
  stringDeserializers,
} from '@platformatic/kafka';
import pino from 'pino';
import { ensureTopics } from '../../packages/platform/src/bus/kafka-topics.ts';
import { createMemoryBus } from '../../packages/platform/src/bus/memory-bus.ts';
import { memoryProcessedEvents } from '../../packages/platform/src/bus/processed-events.ts';
import { Histogram, type LatencySummary } from './stats.ts';

const WARMUP = 50;

/**
 * Publishes `events` (+ warm-up) at a steady pace from 50 keys and times each from the send call
 * to the consumer seeing it: the method of bench/bus-latency.ts (which runs on import).
 */
async function paced(
  events: number,
  intervalMs: number,
  send: (seq: number, key: string) => Promise<void>,
  received: Map<number, number>,
): Promise<LatencySummary> {
  const sentAt = new Map<number, number>();
  const pending: Promise<void>[] = [];
  const total = WARMUP + events;
  let start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    if (seq === WARMUP) {
      await Promise.all(pending);
      await until(() => received.size >= WARMUP);
      start = performance.now() - seq * intervalMs;
    }
    const wait = start + seq * intervalMs - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sentAt.set(seq, performance.now());
    pending.push(send(seq, `user-${seq % 50}`));
  }
  await Promise.all(pending);
  await until(() => received.size >= total);
  if (received.size < total) throw new Error(`bus floor: only ${received.size} of ${total} events arrived`);
  const histogram = new Histogram();
  for (const [seq, at] of received) if (seq >= WARMUP) histogram.record(at - (sentAt.get(seq) ?? at));
  return histogram.summary();
}

async function until(done: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The raw client floor: a plain producer (acks all) and consumer of @platformatic/kafka on a fresh topic. */
export async function kafkaFloor(brokers: string[], events: number, intervalMs = 5): Promise<LatencySummary> {
  const topic = `bench.floor.${randomUUID().slice(0, 8)}`;
  await ensureTopics({ brokers, topics: [topic], partitions: 3 });
  const producer = new Producer({
    clientId: 'bench-floor',
    bootstrapBrokers: brokers,
    idempotent: false,
    acks: ProduceAcks.ALL,
    partitioner: compatibilityPartitioner,
  });
  const consumer = new Consumer({
    clientId: 'bench-floor',
    groupId: `bench-floor-${randomUUID().slice(0, 8)}`,
    bootstrapBrokers: brokers,
    deserializers: stringDeserializers,
    maxWaitTime: 500,
  });
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: true });
  const received = new Map<number, number>();
  stream.on('data', (message) => void received.set(Number(message.value), performance.now()));
  try {
    return await paced(
      events,
      intervalMs,
      async (seq, key) =>
        void (await producer.send({
          messages: [{ topic, key: Buffer.from(key), value: Buffer.from(String(seq)) }],
        })),
      received,
    );
  } finally {
    await stream.close();
    await consumer.close();
    await producer.close();
    const admin = new Admin({ clientId: 'bench-floor', bootstrapBrokers: brokers });
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.close();
  }
}

/** The embedded floor: the in-process bus from publish to handler (what `learnflow up` runs on). */
export async function memoryBusFloor(events: number, intervalMs = 2): Promise<LatencySummary> {
  const bus = createMemoryBus({ processed: memoryProcessedEvents(), log: pino({ level: 'silent' }) });
  const received = new Map<number, number>();
  const subscription = await bus.subscribe({
    group: 'bench-floor',
    topics: ['bench.floor'],
    handler: async ({ event }) => void received.set((event.data as { seq: number }).seq, performance.now()),
  });
  try {
    return await paced(
      events,
      intervalMs,
      (seq, key) =>
        bus.publish('bench.floor', {
          specversion: '1.0',
          id: randomUUID(),
          source: 'bench',
          type: 'bench.floor',
          time: new Date().toISOString(),
          datacontenttype: 'application/json',
          partitionkey: key,
          correlationid: randomUUID(),
          data: { seq },
        }),
      received,
    );
  } finally {
    await subscription.close();
    await bus.close();
  }
}
