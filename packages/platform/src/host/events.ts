import { randomUUID } from 'node:crypto';
import type { Envelope, TopicName } from '@learnflow/contracts';
import type { Logger } from 'pino';
import type { EventBus } from '../bus/event-bus.ts';
import type { Db } from '../db/create-database.ts';
import { storable } from '../db/storable.ts';
import type { AuditLog } from './audit-log.ts';
import { type OutboxEntry, sendOutbox, writeOutbox } from './outbox.ts';

export interface PublishContext {
  /** The user the event is about: the partition key. */
  userId: string;
  correlationId: string;
}

type Publish = <T>(
  topic: TopicName | `dlq.${string}`,
  type: string,
  data: T,
  context: PublishContext,
) => Promise<Envelope<T>>;

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

export function createEvents(bus: EventBus, db: Db, audit: AuditLog, source: string, log: Logger): Events {
  const envelope = <T>(type: string, raw: T, context: PublishContext): Envelope<T> => ({
    specversion: '1.0',
    id: randomUUID(),
    source: `learnflow/${source}`,
    type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    partitionkey: context.userId,
    correlationid: context.correlationId,
    data: storable(raw),
  });

  async function transaction<R>(work: (tx: EventsTransaction) => Promise<R>): Promise<R> {
    const entries: OutboxEntry[] = [];
    const result = await db.transaction().execute(async (trx) => {
      entries.length = 0;
      const value = await work({
        db: trx,
        async publish(topic, type, data, context) {
          const event = envelope(type, data, context);
          entries.push({ topic, event: event as Envelope });
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
    publish: (topic, type, data, context) =>
      transaction(async (tx) => tx.publish(topic, type, data, context)),
  };
}
