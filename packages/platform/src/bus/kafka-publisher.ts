import { compatibilityPartitioner, ProduceAcks, Producer } from '@platformatic/kafka';
import type { Logger } from 'pino';
import type { KafkaRecord } from './kafka-codec.ts';

export interface KafkaPublisher {
  /** Resolves once every in-sync replica has the record. */
  send(topic: string, record: KafkaRecord): Promise<void>;
  close(): Promise<void>;
}

interface Queued {
  topic: string;
  record: KafkaRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;

/**
 * An idempotent producer (acks from all in-sync replicas, the Java client's partitioner so every
 * client puts a key on the same partition) with one request in flight at a time.
 *
 * Why one at a time: @platformatic/kafka 1.35 numbers an idempotent batch when it builds the request
 * and advances the numbers only when the response arrives, so concurrent `send()` calls to one
 * partition reuse a sequence number: the broker rejects them (OUT_OF_ORDER_SEQUENCE_NUMBER) or, worse,
 * acks one as a duplicate of the other and drops it (upstream issue #326). Records published while a
 * request is in flight are sent together in the next one, so throughput does not suffer.
 *
 * Why a new producer after a failure: the client keeps its producer id and sequence numbers after a
 * failed send (upstream #309); if the broker did write the batch, the next one would look like its
 * duplicate. A fresh producer id starts a clean sequence.
 */
export function createKafkaPublisher(options: {
  brokers: readonly string[];
  clientId: string;
  log: Logger;
}): KafkaPublisher {
  const queue: Queued[] = [];
  let producer = newProducer();
  let draining: Promise<void> | undefined;
  let closed = false;

  function newProducer() {
    const created = new Producer({
      clientId: options.clientId,
      bootstrapBrokers: [...options.brokers],
      idempotent: true,
      acks: ProduceAcks.ALL,
      partitioner: compatibilityPartitioner,
      retries: 5,
      retryDelay: 250,
    });
    created.on('error', (error: Error) => options.log.warn({ err: error }, 'kafka producer error'));
    return created;
  }

  function kick() {
    draining ??= drain().finally(() => {
      draining = undefined;
      if (queue.length > 0) kick();
    });
  }

  async function drain() {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        await producer.send({
          messages: batch.map(({ topic, record }) => ({
            topic,
            key: record.key,
            value: record.value,
            headers: record.headers,
          })),
        });
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
        options.log.warn({ err: error, records: batch.length }, 'kafka send failed; starting a new producer');
        const retired = producer;
        producer = newProducer();
        retired.close().catch(() => {});
      }
    }
  }

  return {
    send(topic, record) {
      if (closed) return Promise.reject(new Error('the Kafka publisher is closed'));
      return new Promise<void>((resolve, reject) => {
        queue.push({ topic, record, resolve, reject });
        kick();
      });
    },
    async close() {
      closed = true;
      await draining;
      await producer.close();
    },
  };
}
