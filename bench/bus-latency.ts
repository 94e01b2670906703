// Publish-to-handler latency through the event buses, and the raw produce-to-consume floor of the
// Kafka client underneath. Needs a broker: scripts/kafka/kafka.sh start (or KAFKA_BROKERS).
//   npx tsx bench/bus-latency.ts [--events 2000] [--interval-ms 2]
// Events are published at a steady pace (one every interval) from 50 keys; latency is measured from
// the publish call to the handler (or the consumer stream) seeing the event, in the same process.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  Consumer,
  compatibilityPartitioner,
  ProduceAcks,
  Producer,
  stringDeserializers,
} from '@platformatic/kafka';
import pino from 'pino';
import type { EventBus } from '../packages/platform/src/bus/event-bus.ts';
import { createKafkaBus } from '../packages/platform/src/bus/kafka-bus.ts';
import { ensureTopics } from '../packages/platform/src/bus/kafka-topics.ts';
import { createMemoryBus } from '../packages/platform/src/bus/memory-bus.ts';
import { memoryProcessedEvents } from '../packages/platform/src/bus/processed-events.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '2000' }, 'interval-ms': { type: 'string', default: '2' } },
});
const EVENTS = Number(values.events);
const INTERVAL_MS = Number(values['interval-ms']);
const WARMUP = 100;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const log = pino({ level: 'warn' });

interface Result {
  name: string;
  events: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  ackP50?: number;
  ackP99?: number;
}

/** Publishes warm-up then measured events at a steady pace; `send` resolves when the broker acked. */
async function run(
  name: string,
  send: (seq: number, key: string) => Promise<void>,
  received: Map<number, number>,
): Promise<Result> {
  const sentAt = new Map<number, number>();
  const acks: number[] = [];
  const pending: Promise<void>[] = [];
  const total = WARMUP + EVENTS;
  let start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    if (seq === WARMUP) {
      // Measure a running pipeline: the consumer has joined, fetched and handled the warm-up.
      await Promise.all(pending);
      await until(() => received.size >= WARMUP);
      start = performance.now() - seq * INTERVAL_MS;
    }
    // Pace against the clock, not against the previous send, so a slow ack does not slow the rate.
    const due = start + seq * INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now();
    sentAt.set(seq, at);
    pending.push(
      send(seq, `user-${seq % 50}`).then(() => void (seq >= WARMUP && acks.push(performance.now() - at))),
    );
  }
  await Promise.all(pending);
  await until(() => received.size >= total);
  if (received.size < total) throw new Error(`${name}: only ${received.size} of ${total} events arrived`);
  const latencies = [...received]
    .filter(([seq]) => seq >= WARMUP)
    .map(([seq, at]) => at - (sentAt.get(seq) ?? at))
    .sort((a, b) => a - b);
  acks.sort((a, b) => a - b);
  return {
    name,
    events: latencies.length,
    p50: pct(latencies, 50),
    p90: pct(latencies, 90),
    p99: pct(latencies, 99),
    max: latencies.at(-1) ?? 0,
    ...(acks.length > 0 ? { ackP50: pct(acks, 50), ackP99: pct(acks, 99) } : {}),
  };
}

async function throughBus(name: string, bus: EventBus, topic: string): Promise<Result> {
  const received = new Map<number, number>();
  const subscription = await bus.subscribe({
    group: `bench-${randomUUID().slice(0, 8)}`,
    topics: [topic],
    handler: async ({ event }) => void received.set((event.data as { seq: number }).seq, performance.now()),
  });
  try {
    return await run(
      name,
      (seq, key) =>
        bus.publish(topic, {
          specversion: '1.0',
          id: randomUUID(),
          source: 'bench',
          type: 'bench.latency',
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

async function rawClient(topic: string): Promise<Result> {
  const producer = new Producer({
    clientId: 'bench-raw',
    bootstrapBrokers: brokers,
    // Not idempotent: the 1.35 client's idempotent producer breaks under concurrent sends (see
    // kafka-publisher.ts), and the floor is meant to be the client as it comes.
    idempotent: false,
    acks: ProduceAcks.ALL,
    partitioner: compatibilityPartitioner,
  });
  const consumer = new Consumer({
    clientId: 'bench-raw',
    groupId: `bench-raw-${randomUUID().slice(0, 8)}`,
    bootstrapBrokers: brokers,
    deserializers: stringDeserializers,
    maxWaitTime: 500,
  });
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: true });
  const received = new Map<number, number>();
  stream.on('data', (message) => void received.set(Number(message.value), performance.now()));
  try {
    return await run(
      'kafka client (raw floor)',
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
  }
}

async function until(done: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const fmt = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(2));

const freshTopic = async (label: string) => {
  const topic = `bench.${label}.${randomUUID().slice(0, 8)}`;
  await ensureTopics({ brokers, topics: [topic], partitions: 3 });
  return topic;
};

const results: Result[] = [];
results.push(
  await throughBus(
    'memory bus',
    createMemoryBus({ processed: memoryProcessedEvents(), log }),
    'bench.memory',
  ),
);
results.push(await rawClient(await freshTopic('raw')));
results.push(
  await throughBus(
    'kafka bus',
    createKafkaBus({ brokers, clientId: 'bench', processed: memoryProcessedEvents(), log }),
    await freshTopic('bus'),
  ),
);

console.log(
  `\npublish -> consume latency, ${EVENTS} events (+${WARMUP} warm-up), one every ${INTERVAL_MS} ms, 50 keys, ` +
    `3 partitions, broker ${brokers.join(',')}; ms\n`,
);
const header = ['path', 'events', 'p50', 'p90', 'p99', 'max', 'ack p50', 'ack p99'];
const rows = results.map((r) => [
  r.name,
  String(r.events),
  fmt(r.p50),
  fmt(r.p90),
  fmt(r.p99),
  fmt(r.max),
  fmt(r.ackP50),
  fmt(r.ackP99),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
for (const row of [header, ...rows])
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
console.log(
  `\n${JSON.stringify({ bench: 'bus-latency', events: EVENTS, intervalMs: INTERVAL_MS, results })}`,
);
