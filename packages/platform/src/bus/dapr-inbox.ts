import type { Envelope } from '@learnflow/contracts';
import { deadLetterTopicOf, EnvelopeSchema } from '@learnflow/contracts';
import type { Logger } from 'pino';
import type { SubscribeOptions, Subscription } from './event-bus.ts';
import { handleDelivery } from './handle-delivery.ts';
import type { ProcessedEvents } from './processed-events.ts';

/** Where Dapr delivers a topic's events: `<this>/<topic>`. */
export const DAPR_EVENTS_ROUTE = '/dapr/events';

/** What the app answers Dapr for one delivery (Dapr's `AppResponseStatus`). */
export type DaprStatus = 'SUCCESS' | 'RETRY' | 'DROP';

/** One entry of `GET /dapr/subscribe` (programmatic subscription, v1 shape). */
export interface DaprSubscriptionEntry {
  pubsubname: string;
  topic: string;
  route: string;
}

export interface DaprInboxDeps {
  pubsubName: string;
  processed: ProcessedEvents;
  log: Logger;
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
  /** Publishes a handled-but-failed event to a dead-letter topic. */
  deadLetter: (topic: string, event: Envelope) => Promise<void>;
  /** Publishes a body that is no envelope, as it came, to a dead-letter topic. */
  deadLetterRaw: (topic: string, body: string, reason: string, origin: string) => Promise<void>;
}

interface Member {
  group: string;
  topics: ReadonlySet<string>;
  options: SubscribeOptions;
  /** One queue per partition key keeps a key's events in order without blocking other keys. */
  chains: Map<string, Promise<boolean>>;
  closed: boolean;
}

/**
 * The receiving half of the Dapr bus. Dapr delivers each topic to one route of this app (its
 * consumer group is the app id); the inbox fans a delivery out to every local consumer group
 * subscribed to the topic, one member per group chosen by the partition key, and runs each
 * through `handleDelivery` (idempotency, retry with backoff, dead-letter).
 */
export function createDaprInbox(deps: DaprInboxDeps) {
  const members: Member[] = [];
  let closing = false;
  let listed = false;

  function live(topic: string): Map<string, Member[]> {
    const byGroup = new Map<string, Member[]>();
    for (const member of members) {
      if (member.closed || !member.topics.has(topic)) continue;
      byGroup.set(member.group, [...(byGroup.get(member.group) ?? []), member]);
    }
    return byGroup;
  }

  function enqueue(member: Member, topic: string, event: Envelope): Promise<boolean> {
    const key = event.partitionkey;
    const previous = member.chains.get(key) ?? Promise.resolve(true);
    const next = previous.then(() =>
      handleDelivery(
        {
          group: member.group,
          topic,
          handler: member.options.handler,
          transactional: member.options.transactional ?? false,
          idempotent: member.options.idempotent ?? false,
          processed: deps.processed,
          maxAttempts: member.options.maxAttempts ?? deps.maxAttempts,
          backoffMs: deps.backoffMs,
          deadLetter: (dead, reason) =>
            deps.deadLetter(deadLetterTopicOf(member.group), {
              ...dead,
              subject: `${topic}: ${reason}`.slice(0, 500),
            }),
          log: deps.log,
        },
        event,
      ).then(
        () => true,
        (error: unknown) => {
          deps.log.error({ err: error, topic, group: member.group }, 'delivery failed; Dapr will retry');
          return false;
        },
      ),
    );
    member.chains.set(key, next);
    void next.then(() => {
      if (member.chains.get(key) === next) member.chains.delete(key);
    });
    return next;
  }

  return {
    add(options: SubscribeOptions): Subscription {
      if (listed) {
        deps.log.warn(
          { group: options.group, topics: options.topics },
          'subscribed after Dapr read /dapr/subscribe: the sidecar learns new topics only when it restarts',
        );
      }
      const member: Member = {
        group: options.group,
        topics: new Set(options.topics),
        options,
        chains: new Map(),
        closed: false,
      };
      members.push(member);
      return {
        async close() {
          member.closed = true;
          await Promise.all(member.chains.values());
          members.splice(members.indexOf(member), 1);
        },
      };
    },

    /** The body of `GET /dapr/subscribe`: each topic once, whatever the number of local groups. */
    list(): DaprSubscriptionEntry[] {
      listed = true;
      const topics = new Set(members.filter((m) => !m.closed).flatMap((m) => [...m.topics]));
      return [...topics].sort().map((topic) => ({
        pubsubname: deps.pubsubName,
        topic,
        route: `${DAPR_EVENTS_ROUTE}/${encodeURIComponent(topic)}`,
      }));
    },

    /** Handles one delivery of `topic`; the answer tells Dapr to ack, redeliver or drop it. */
    async deliver(topic: string, body: unknown): Promise<DaprStatus> {
      const groups = live(topic);
      if (groups.size === 0) {
        if (closing) return 'RETRY';
        deps.log.warn({ topic }, 'Dapr delivered a topic no one here subscribes to; dropped');
        return 'DROP';
      }
      const parsed = EnvelopeSchema.safeParse(typeof body === 'string' ? tryJson(body) : body);
      if (!parsed.success) {
        const reason = `not a valid envelope: ${parsed.error.issues
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; ')}`;
        deps.log.warn({ topic, reason }, 'unreadable delivery dead-lettered');
        const raw = typeof body === 'string' ? body : JSON.stringify(body ?? null);
        try {
          for (const group of groups.keys())
            await deps.deadLetterRaw(deadLetterTopicOf(group), raw, reason, topic);
          return 'DROP';
        } catch (error) {
          deps.log.error({ err: error, topic }, 'dead-lettering an unreadable delivery failed');
          return 'RETRY';
        }
      }
      const event: Envelope = parsed.data;
      const results = await Promise.all(
        [...groups.values()].map((candidates) => {
          // Like a partition assignment: one key always goes to the same member of a group.
          const member = candidates[hashKey(event.partitionkey) % candidates.length] as Member;
          return enqueue(member, topic, structuredClone(event));
        }),
      );
      return results.every(Boolean) ? 'SUCCESS' : 'RETRY';
    },

    async close() {
      closing = true;
      await Promise.all(members.flatMap((m) => [...m.chains.values()]));
    },
  };
}

export type DaprInbox = ReturnType<typeof createDaprInbox>;

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function hashKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(hash);
}
