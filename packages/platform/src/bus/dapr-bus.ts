import { createDaprInbox, type DaprInbox } from './dapr-inbox.ts';
import { createDaprSidecarClient } from './dapr-sidecar-client.ts';
import type { EventBus, Subscription } from './event-bus.ts';
import type { BusOptions } from './memory-bus.ts';

export interface DaprBusOptions extends BusOptions {
  /** The sidecar's HTTP port (`DAPR_HTTP_PORT`). */
  httpPort: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The `pubsub.kafka` component's name (default `pubsub`). */
  pubsubName?: string;
}

/** The receiving side of each Dapr bus, for `daprRoutes` (kept out of the `EventBus` type). */
const inboxes = new WeakMap<EventBus, DaprInbox>();

/** The inbox of a bus made by `createDaprBus`, or undefined for any other bus. */
export const daprInboxOf = (bus: EventBus): DaprInbox | undefined => inboxes.get(bus);

/**
 * The event bus through a Dapr sidecar. Publishing posts the envelope to the sidecar as a
 * structured CloudEvent, keyed by `partitionkey` (the Kafka component's `partitionKey` metadata);
 * receiving needs the host to mount `daprRoutes(bus)`, which Dapr calls: `GET /dapr/subscribe`,
 * then one `POST` per event answered with SUCCESS, RETRY or DROP. Idempotency, retry with
 * backoff and the dead letter are `handleDelivery`'s, as on the other buses.
 */
export function createDaprBus(options: DaprBusOptions): EventBus {
  const log = options.log.child({ component: 'dapr-bus' });
  const pubsubName = options.pubsubName ?? 'pubsub';
  const sidecar = createDaprSidecarClient({
    httpPort: options.httpPort,
    pubsubName,
    ...(options.host ? { host: options.host } : {}),
  });
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const inbox = createDaprInbox({
    pubsubName,
    processed: options.processed,
    log,
    maxAttempts: options.maxAttempts ?? 5,
    backoffMs: options.backoffMs ?? ((attempt) => Math.min(2_000, 50 * 2 ** (attempt - 1))),
    deadLetter: (topic, event) => bus.publish(topic, event),
    deadLetterRaw: (topic, body, reason, origin) =>
      sidecar.publish({
        topic,
        body,
        contentType: 'application/octet-stream',
        metadata: {
          rawPayload: 'true',
          'x-dead-letter-reason': reason.slice(0, 1_000),
          'x-dead-letter-topic': origin,
        },
      }),
  });

  const bus: EventBus = {
    kind: 'dapr',
    async publish(topic, event) {
      if (closed) throw new Error('the event bus is closed');
      await sidecar.publish({
        topic,
        body: JSON.stringify(event),
        contentType: 'application/cloudevents+json',
        metadata: { partitionKey: event.partitionkey },
      });
    },
    async subscribe(subscribeOptions) {
      if (closed) throw new Error('the event bus is closed');
      const subscription = inbox.add(subscribeOptions);
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
      return !closed && (await sidecar.healthy());
    },
    async close() {
      if (closed) return;
      closed = true;
      await inbox.close();
      await Promise.all([...subscriptions].map((s) => s.close()));
    },
  };
  inboxes.set(bus, inbox);
  return bus;
}
