import { randomUUID } from 'node:crypto';
import {
  type Envelope,
  type EventInput,
  type EventPayload,
  parseEventPayload,
  type TopicName,
} from '@learnflow/contracts';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { EventBus } from '../bus/event-bus.ts';
import type { Db } from '../db/create-database.ts';
import { storable } from '../db/storable.ts';
import { permanentError } from '../errors.ts';
import type { AuditLog } from './audit-log.ts';
import { type OutboxEntry, sendOutbox, writeOutbox } from './outbox.ts';

export interface PublishContext {
  /** The user the event is about: the partition key. */
  userId: string;
  correlationId: string;
}

/**
 * Publishes `data` on `topic` as an event of `type`. The data is parsed by the topic's schema
 * first (the event carries the parsed value, defaults filled in): a payload that does not
 * match throws `INVALID_EVENT`, a topic the service does not declare in `publishes` throws
 * `UNDECLARED_TOPIC`, and nothing is sent.
 */
export type Publish = <T extends TopicName>(
  topic: T,
  type: string,
  data: EventInput<T>,
  context: PublishContext,
) => Promise<Envelope<EventPayload<T>>>;

/** The payload of `data` on `topic`, or the `INVALID_EVENT` error naming the topic and the zod issues. */
export function eventPayload<T extends TopicName>(topic: T, data: unknown): EventPayload<T> {
  const parsed = parseEventPayload(topic, data);
  if (!parsed.success) throw permanentError('INVALID_EVENT', `${topic}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A database transaction whose published events are written to the outbox with its changes. */
export interface EventsTransaction {
  db: Db;
  /** Writes the event to the outbox in this transaction; it is sent after the commit. */
  publish: Publish;
}

/**
 * A service's view of the bus: envelopes built with its id as source, every event written to
 * the transactional outbox before it is sent (and moved to the audit log in batches after), so a crash between a change and
 * its event loses nothing (the relay sends what is left, same event id). The data is
 * published as it is stored (`storable`), so consumers never meet raw NULs.
 */
export interface Events {
  /** One event in a transaction of its own, sent at once. */
  publish: Publish;
  /** Runs `work` in a database transaction; the events it publishes are sent after the commit. */
  transaction<R>(work: (tx: EventsTransaction) => Promise<R>): Promise<R>;
}

/** `publishes`: the topics the service declares; publishing on any other is refused. */
export function createEvents(
  bus: EventBus,
  db: Db,
  audit: AuditLog,
  source: string,
  publishes: readonly TopicName[],
  log: Logger,
): Events {
  const envelope = <T extends TopicName>(
    topic: T,
    type: string,
    raw: EventInput<T>,
    context: PublishContext,
  ): Envelope<EventPayload<T>> => ({
    specversion: '1.0',
    id: randomUUID(),
    source: `learnflow/${source}`,
    type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    partitionkey: context.userId,
    correlationid: context.correlationId,
    data: storable(checked(topic, raw)),
  });

  const checked = <T extends TopicName>(topic: T, raw: EventInput<T>) => {
    if (!publishes.includes(topic))
      throw permanentError(
        'UNDECLARED_TOPIC',
        `${source} publishes on ${topic}, which its service definition does not list in publishes`,
      );
    return eventPayload(topic, raw);
  };

  async function transaction<R>(work: (tx: EventsTransaction) => Promise<R>): Promise<R> {
    const entries: OutboxEntry[] = [];
    const result = await db.transaction().execute(async (trx) => {
      entries.length = 0;
      const value = await work({
        db: trx,
        async publish(topic, type, data, context) {
          const event = envelope(topic, type, data, context);
          entries.push({ topic, event });
          return event;
        },
      });
      await writeOutbox(trx, entries);
      return value;
    });
    await sendOutbox(bus, audit, log, entries);
    return result;
  }

  return {
    transaction,
    // One insert is atomic by itself: no transaction around an event published alone.
    async publish(topic, type, data, context) {
      const event = envelope(topic, type, data, context);
      const entries = [{ topic, event }];
      await writeOutbox(db, entries);
      await sendOutbox(bus, audit, log, entries);
      return event;
    },
  };
}
