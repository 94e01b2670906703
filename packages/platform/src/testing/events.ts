import { randomUUID } from 'node:crypto';
import type { Envelope, EventPayload, TopicName } from '@learnflow/contracts';
import { eventPayload } from '../host/events.ts';
import type { Platform } from '../host/platform.ts';
import { handled } from './handled.ts';

/** An envelope as a producing service would send it, at a chosen time. */
export function envelopeOf<T extends TopicName>(
  data: EventPayload<T>,
  options: { userId: string; time?: Date; id?: string },
): Envelope<EventPayload<T>> {
  return {
    specversion: '1.0',
    id: options.id ?? randomUUID(),
    source: 'learnflow/test',
    type: 'learnflow.test',
    time: (options.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    partitionkey: options.userId,
    correlationid: randomUUID(),
    data,
  };
}

/** Publishes an event on the platform's bus as its producer would, and waits for the group to handle it. */
export async function deliver<T extends TopicName>(
  platform: Platform,
  topic: T,
  data: EventPayload<T>,
  options: { userId: string; time?: Date; group: string },
): Promise<Envelope<EventPayload<T>>> {
  const event = envelopeOf<T>(data, options);
  await platform.bus.publish(topic, event);
  await handled(platform, options.group, event.id);
  return event;
}

/** Everything published on some topics from now on (a broadcast member of its own group). */
export async function probe(platform: Platform, topics: readonly TopicName[]) {
  const seen: { topic: string; event: Envelope }[] = [];
  const subscription = await platform.bus.subscribe({
    group: `probe-${randomUUID()}`,
    broadcast: true,
    topics,
    handler: async ({ topic, event }) => {
      seen.push({ topic, event });
    },
  });
  return {
    seen,
    of: <T extends TopicName>(topic: T) =>
      seen.filter((s) => s.topic === topic).map((s) => eventPayload(topic, s.event.data)),
    close: () => subscription.close(),
  };
}
