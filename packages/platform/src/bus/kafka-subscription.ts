import { setTimeout as sleep } from 'node:timers/promises';
import { deadLetterTopicOf } from '@learnflow/contracts';
import { Consumer, type Message, type MessagesStream, stringDeserializer } from '@platformatic/kafka';
import type { Logger } from 'pino';
import type { SubscribeOptions, Subscription } from './event-bus.ts';
import { handleDelivery } from './handle-delivery.ts';
import { deadLetterHeaders, decodeEnvelope, encodeEnvelope, type KafkaRecord } from './kafka-codec.ts';
import { createOffsetCommitter } from './kafka-offset-committer.ts';
import { memoryProcessedEvents, type ProcessedEvents } from './processed-events.ts';

export interface KafkaSubscriptionDeps {
  brokers: readonly string[];
  clientId: string;
  processed: ProcessedEvents;
  log: Logger;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
  /** Writes a record to a topic through the bus's producer. */
  send: (topic: string, record: KafkaRecord) => Promise<void>;
}

type KafkaMessage = Message<string, Buffer, Buffer, Buffer>;

interface PartitionQueue {
  tail: Promise<void>;
  /** The next offset to handle; a record below it was already handled (a refetch after a rebalance). */
  next?: bigint;
}

// Handed-out records not yet handled: above HIGH the fetching pauses, below LOW it resumes.
const HIGH = 512;
const LOW = 128;

/**
 * One member of a consumer group. Each partition is a queue handled in offset order (partitions run
 * side by side), an offset is committed only after its record was handled or dead-lettered, and a
 * broken fetch stream (broker gone) is reopened with backoff until the broker is back.
 */
const POSITION_WAIT_MS = 15_000;

export async function subscribeKafka(
  deps: KafkaSubscriptionDeps,
  options: SubscribeOptions,
): Promise<Subscription> {
  const { group, topics } = options;
  const broadcast = options.broadcast ?? false;
  const log = deps.log.child({ group });
  // A broadcast member remembers handled ids itself: its group lives as long as this process.
  const processed = broadcast ? memoryProcessedEvents() : deps.processed;
  const deadLetterTopic = deadLetterTopicOf(group);
  const consumer = new Consumer<string, Buffer, Buffer, Buffer>({
    clientId: `${deps.clientId}-${group}`,
    bootstrapBrokers: [...deps.brokers],
    groupId: group,
    deserializers: { key: stringDeserializer },
    autocommit: false,
    sessionTimeout: 10_000,
    rebalanceTimeout: 15_000,
    heartbeatInterval: 1_000,
    maxWaitTime: 500,
    retries: 3,
    retryDelay: 500,
  });
  // The client reports a failed rejoin as an 'error' event: without a listener it would crash the process.
  consumer.on('error', (error: Error) => log.warn({ err: error }, 'kafka consumer error'));
  consumer.on('consumer:group:join', ({ memberId, generationId, assignments }) =>
    log.debug({ memberId, generationId, assignments }, 'kafka consumer joined its group'),
  );

  const owns = (topic: string, partition: number) =>
    consumer.assignments?.some((a) => a.topic === topic && a.partitions.includes(partition)) ?? false;
  const committer = createOffsetCommitter({
    owns,
    log,
    commit: (offsets) => consumer.commit({ offsets: offsets.map((o) => ({ ...o, leaderEpoch: -1 })) }),
  });
  const queues = new Map<string, PartitionQueue>();
  const closing = new AbortController();
  let stream: MessagesStream<string, Buffer, Buffer, Buffer> | undefined;
  let inflight = 0;
  let paused = false;
  let reopenTimer: NodeJS.Timeout | undefined;
  /** Settles when the stream knows its positions: from then on nothing published is missed. */
  let positioned: Promise<void> = Promise.resolve();

  // Forced: closes any stream still open, then leaves the group.
  const closeConsumer = () =>
    new Promise<void>((resolve, reject) =>
      consumer.close(true, (error) => (error ? reject(error) : resolve())),
    );

  async function open() {
    // A new group reads from the start; a broadcast one only what is published from now on.
    const fallbackMode = broadcast ? 'latest' : 'earliest';
    const next = await consumer.consume({ topics: [...topics], mode: 'committed', fallbackMode });
    if (closing.signal.aborted) {
      await next.close().catch(() => {});
      return;
    }
    stream = next;
    positioned = new Promise((resolve) => next.once('offsets', () => resolve()));
    if (paused) next.pause();
    let failure: unknown;
    next.on('data', enqueue);
    // 'offsets': the stream got its positions from the broker, so the broker is back.
    next.on('offsets', recovered);
    next.on('error', (error: Error) => {
      failure = error;
    });
    next.on('close', () => {
      if (stream === next && !closing.signal.aborted) lost(failure ?? new Error('fetch stream closed'));
    });
  }

  // One warning per outage, one line when it is over; the retries in between are debug noise.
  let failures = 0;
  let lostAt = 0;
  function lost(error: unknown) {
    if (failures++ === 0) {
      lostAt = Date.now();
      log.warn({ err: error }, 'kafka consumer lost the broker; reconnecting');
    } else {
      log.debug({ err: error, failures }, 'kafka consumer still cannot reach the broker');
    }
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(
      () => open().catch((e: unknown) => !closing.signal.aborted && lost(e)),
      Math.min(5_000, 250 * 2 ** Math.min(failures - 1, 5)),
    );
  }
  function recovered() {
    if (failures === 0) return;
    log.info({ downMs: Date.now() - lostAt }, 'kafka consumer reconnected');
    failures = 0;
  }

  function enqueue(message: KafkaMessage) {
    const id = `${message.topic}:${message.partition}`;
    const queue = queues.get(id) ?? { tail: Promise.resolve() };
    queues.set(id, queue);
    if (++inflight >= HIGH && !paused) {
      paused = true;
      stream?.pause();
    }
    queue.tail = queue.tail
      .then(() => handleRecord(queue, message))
      .catch((error: unknown) =>
        log.error({ err: error, topic: message.topic }, 'kafka record handling failed'),
      )
      .finally(() => {
        if (--inflight <= LOW && paused) {
          paused = false;
          stream?.resume();
        }
      });
  }

  async function handleRecord(queue: PartitionQueue, message: KafkaMessage) {
    if (closing.signal.aborted) return;
    if (!owns(message.topic, message.partition)) {
      // Revoked by a rebalance: the new owner reads it from the committed offset.
      delete queue.next;
      return;
    }
    if (queue.next !== undefined && message.offset < queue.next) return;
    // A handler failure is the handler's business (retry, dead letter); what lands here is the
    // infrastructure failing (broker gone while dead-lettering, store down): retry, keep the order.
    for (let attempt = 1; ; attempt++) {
      try {
        await deliver(message);
        break;
      } catch (error) {
        if (closing.signal.aborted) return;
        log.error(
          { err: error, topic: message.topic, offset: String(message.offset), attempt },
          'delivery failed',
        );
        await sleep(Math.min(5_000, 200 * 2 ** attempt), undefined, { signal: closing.signal }).catch(
          () => {},
        );
        if (closing.signal.aborted) return;
      }
    }
    queue.next = message.offset + 1n;
    committer.mark({ topic: message.topic, partition: message.partition, offset: queue.next });
  }

  async function deliver(message: KafkaMessage) {
    const origin = { topic: message.topic, partition: message.partition, offset: message.offset };
    const decoded = decodeEnvelope(message.value);
    if (!decoded.ok) {
      log.warn(
        { ...origin, offset: String(origin.offset), reason: decoded.reason },
        'unreadable record dead-lettered',
      );
      await deps.send(deadLetterTopic, {
        key: message.key === undefined ? undefined : Buffer.from(message.key),
        value: message.value,
        headers: withHeaders(message.headers, deadLetterHeaders(decoded.reason, origin)),
      });
      return;
    }
    await handleDelivery(
      {
        group,
        topic: message.topic,
        handler: options.handler,
        transactional: options.transactional ?? false,
        idempotent: options.idempotent ?? false,
        processed,
        maxAttempts: options.maxAttempts ?? deps.maxAttempts,
        backoffMs: deps.backoffMs,
        log,
        deadLetter: (event, reason) =>
          deps.send(
            deadLetterTopic,
            encodeEnvelope(
              { ...event, subject: `${message.topic}: ${reason}`.slice(0, 500) },
              deadLetterHeaders(reason, origin),
            ),
          ),
      },
      decoded.event,
    );
  }

  try {
    await open();
    // A broadcast member starts at "latest": until its positions are known, a publish could
    // land before them and be missed, so subscribing waits for them (bounded).
    if (broadcast)
      await Promise.race([positioned, new Promise((resolve) => setTimeout(resolve, POSITION_WAIT_MS))]);
  } catch (error) {
    closing.abort();
    await closeConsumer().catch(() => {});
    throw error;
  }

  return {
    async close() {
      if (closing.signal.aborted) return;
      closing.abort();
      clearTimeout(reopenTimer);
      await stream
        ?.close()
        .catch((error: unknown) => log.warn({ err: error }, 'closing the fetch stream failed'));
      await Promise.all([...queues.values()].map((q) => q.tail));
      await committer.flush(5_000);
      // Leaving the group hands the partitions over at once instead of after the session timeout.
      await closeConsumer().catch((error: unknown) => log.warn({ err: error }, 'leaving the group failed'));
    },
  };
}

function withHeaders(original: Map<Buffer, Buffer>, extra: Record<string, string>): Map<Buffer, Buffer> {
  const headers = new Map(original);
  for (const [name, value] of Object.entries(extra)) headers.set(Buffer.from(name), Buffer.from(value));
  return headers;
}
