import { randomUUID } from 'node:crypto';
import type { Envelope, TopicName } from '@learnflow/contracts';
import type { EventBus } from '../bus/event-bus.ts';
import type { Db } from '../db/create-database.ts';
import { storable } from '../db/storable.ts';

export interface PublishContext {
  /** The user the event is about: the partition key. */
  userId: string;
  correlationId: string;
}

/**
 * A service's view of the bus: envelopes built with its id as source, every event audited;
 * the data is published as it is stored (`storable`), so consumers never meet raw NULs.
 */
export interface Events {
  publish<T>(
    topic: TopicName | `dlq.${string}`,
    type: string,
    data: T,
    context: PublishContext,
  ): Promise<Envelope<T>>;
}

export function createEvents(bus: EventBus, db: Db, source: string): Events {
  return {
    async publish(topic, type, raw, context) {
      const data = storable(raw);
      const event: Envelope<typeof data> = {
        specversion: '1.0',
        id: randomUUID(),
        source: `learnflow/${source}`,
        type,
        time: new Date().toISOString(),
        datacontenttype: 'application/json',
        partitionkey: context.userId,
        correlationid: context.correlationId,
        data,
      };
      await db
        .insertInto('event_log')
        .values({
          event_id: event.id,
          topic,
          type,
          user_id: context.userId,
          correlation_id: context.correlationId,
          payload: JSON.stringify(data),
        })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .execute();
      await bus.publish(topic, event);
      return event;
    },
  };
}
