import type { Envelope } from '@learnflow/contracts';
import type { Db } from '../db/create-database.ts';

/** What a handler receives: the validated envelope and how many times delivery was attempted. */
export interface Delivery<T = unknown> {
  event: Envelope<T>;
  topic: string;
  attempt: number;
  /**
   * Marks the event handled by the group inside the handler's database transaction `trx`, so
   * the mark commits with the handler's changes. When an earlier delivery already committed
   * it, it throws and the bus acks the event: the handler stops there. Once per delivery (a
   * second call does nothing); a no-op unless the subscription is `transactional` and the
   * bus keeps its marks in that database.
   */
  markHandled(trx: Db): Promise<void>;
}

export type EventHandler<T = unknown> = (delivery: Delivery<T>) => Promise<void>;

export interface SubscribeOptions {
  /** The consumer group: each event reaches one member of each group. */
  group: string;
  topics: readonly string[];
  handler: EventHandler;
  /** Attempts before the event goes to the group's dead-letter topic (default from the bus). */
  maxAttempts?: number;
  /**
   * A broadcast member: the group is this process's alone, starts at the newest events
   * and remembers handled ids in memory only (live fan-out such as WebSocket frames).
   */
  broadcast?: boolean;
  /**
   * The handler writes its changes in a transaction that calls `markHandled`, and what it does
   * before that is safe to repeat: the bus skips its own check before the handler, so a
   * delivery costs one idempotency round trip (the mark in the handler's transaction, or one
   * after a handler that opened none). A redelivery runs the handler up to its transaction.
   */
  transactional?: boolean;
  /**
   * Running the handler twice for one event leaves what running it once does (an insert of the
   * event's own key, on conflict nothing; an upsert whose newer value wins): the bus skips its check
   * before the handler, and marks the event handled after it.
   */
  idempotent?: boolean;
}

export interface Subscription {
  close(): Promise<void>;
}

/**
 * The event bus every service uses. Order is kept per partition key (the user id);
 * delivery is at least once; a failing handler is retried with backoff and then the
 * event is published to `dlq.<group>`; a handler sees an event id at most once per
 * group once it has succeeded (idempotency by event id; for a `transactional` handler,
 * its transaction commits at most once per event id).
 */
export interface EventBus {
  readonly kind: 'memory' | 'kafka' | 'dapr';
  publish(topic: string, event: Envelope): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** True when the bus can publish right now (used by `/ready`). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
