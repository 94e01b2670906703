import type { Envelope } from '@learnflow/contracts';
import { deadLetterTopicOf } from '@learnflow/contracts';
import type { Logger } from 'pino';
import type { EventBus, SubscribeOptions, Subscription } from './event-bus.ts';
import { handleDelivery } from './handle-delivery.ts';
import { memoryProcessedEvents, type ProcessedEvents } from './processed-events.ts';

export interface BusOptions {
  processed: ProcessedEvents;
  log: Logger;
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
}

interface Member {
  topics: ReadonlySet<string>;
  options: SubscribeOptions;
  /** One queue per partition key keeps a key's events in order without blocking other keys. */
  chains: Map<string, Promise<void>>;
  /** Broadcast members remember handled ids here, not in the shared store. */
  processed: ProcessedEvents;
  closed: boolean;
}

/**
 * The in-process bus of the one-process mode: same semantics as Kafka (a group gets each
 * event once, order per key, retry then dead-letter, idempotent by id), no durability
 * beyond the process.
 */
export function createMemoryBus(options: BusOptions): EventBus {
  const groups = new Map<string, Member[]>();
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? ((attempt: number) => Math.min(2_000, 50 * 2 ** (attempt - 1)));
  let closed = false;

  const bus: EventBus = {
    kind: 'memory',
    async publish(topic, event) {
      if (closed) throw new Error('the event bus is closed');
      for (const [group, members] of groups) {
        const live = members.filter((m) => !m.closed && m.topics.has(topic));
        if (live.length === 0) continue;
        // Like a partition assignment: one key always goes to the same member.
        const member = live[hashKey(event.partitionkey) % live.length] as Member;
        enqueue(member, group, topic, structuredClone(event));
      }
    },
    async subscribe(subscribeOptions) {
      const member: Member = {
        topics: new Set(subscribeOptions.topics),
        options: subscribeOptions,
        chains: new Map(),
        processed: memoryProcessedEvents(),
        closed: false,
      };
      const members = groups.get(subscribeOptions.group) ?? [];
      members.push(member);
      groups.set(subscribeOptions.group, members);
      const subscription: Subscription = {
        async close() {
          member.closed = true;
          await Promise.all(member.chains.values());
          const rest = (groups.get(subscribeOptions.group) ?? []).filter((m) => m !== member);
          groups.set(subscribeOptions.group, rest);
        },
      };
      return subscription;
    },
    async ping() {
      return !closed;
    },
    async close() {
      closed = true;
      await Promise.all([...groups.values()].flat().flatMap((m) => [...m.chains.values()]));
    },
  };

  function enqueue(member: Member, group: string, topic: string, event: Envelope) {
    const key = event.partitionkey;
    const previous = member.chains.get(key) ?? Promise.resolve();
    const next = previous.then(() =>
      handleDelivery(
        {
          group,
          topic,
          handler: member.options.handler,
          transactional: member.options.transactional ?? false,
          idempotent: member.options.idempotent ?? false,
          processed: member.options.broadcast ? member.processed : options.processed,
          maxAttempts: member.options.maxAttempts ?? maxAttempts,
          backoffMs,
          deadLetter: (dead, reason) =>
            bus.publish(deadLetterTopicOf(group), { ...dead, subject: `${topic}: ${reason}`.slice(0, 500) }),
          log: options.log,
        },
        event,
      ).catch((error: unknown) => options.log.error({ err: error, topic, group }, 'delivery failed')),
    );
    member.chains.set(key, next);
    void next.then(() => {
      if (member.chains.get(key) === next) member.chains.delete(key);
    });
  }

  return bus;
}

function hashKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(hash);
}
