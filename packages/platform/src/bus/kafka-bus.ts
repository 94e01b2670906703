import { Admin } from '@platformatic/kafka';
import type { EventBus, Subscription } from './event-bus.ts';
import { encodeEnvelope } from './kafka-codec.ts';
import { createKafkaPublisher } from './kafka-publisher.ts';
import { subscribeKafka } from './kafka-subscription.ts';
import type { BusOptions } from './memory-bus.ts';

export interface KafkaBusOptions extends BusOptions {
  /** `host:port` of one or more brokers. */
  brokers: readonly string[];
  /** Names this process in the broker's logs and quotas; each group's consumer gets `<clientId>-<group>`. */
  clientId: string;
}

const PING_TIMEOUT_MS = 1_000;

/**
 * The event bus over Kafka. Publishing goes through one idempotent producer, keyed by `partitionkey`
 * (see `createKafkaPublisher`); each subscription is a consumer group member (see `subscribeKafka`);
 * `ping` asks the broker for metadata and answers within about a second.
 */
export function createKafkaBus(options: KafkaBusOptions): EventBus {
  const log = options.log.child({ component: 'kafka-bus' });
  const brokers = [...options.brokers];
  const publisher = createKafkaPublisher({ brokers, clientId: options.clientId, log });
  // A separate client with no retries, so a ping answers within its timeout when the broker is gone.
  const pinger = new Admin({
    clientId: `${options.clientId}-ping`,
    bootstrapBrokers: brokers,
    retries: 0,
    timeout: PING_TIMEOUT_MS,
    connectTimeout: PING_TIMEOUT_MS,
  });
  pinger.on('error', (error: Error) => log.warn({ err: error }, 'kafka ping client error'));
  const subscriptions = new Set<Subscription>();
  let closed = false;

  return {
    kind: 'kafka',
    async publish(topic, event) {
      if (closed) throw new Error('the event bus is closed');
      await publisher.send(topic, encodeEnvelope(event));
    },
    async subscribe(subscribeOptions) {
      if (closed) throw new Error('the event bus is closed');
      const subscription = await subscribeKafka(
        {
          brokers,
          clientId: options.clientId,
          processed: options.processed,
          log,
          maxAttempts: options.maxAttempts ?? 5,
          backoffMs: options.backoffMs ?? ((attempt) => Math.min(2_000, 50 * 2 ** (attempt - 1))),
          send: publisher.send,
        },
        subscribeOptions,
      );
      const tracked: Subscription = {
        async close() {
          subscriptions.delete(tracked);
          await subscription.close();
        },
      };
      subscriptions.add(tracked);
      return tracked;
    },
    async ping() {
      if (closed) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(resolve, PING_TIMEOUT_MS, false);
      });
      const metadata = pinger.metadata({ topics: [], forceUpdate: true }).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([metadata, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await Promise.allSettled([publisher.close(), pinger.close()]);
    },
  };
}
