import { z } from 'zod';
import { EnvelopeSchema } from './envelope.ts';
import { EVENT_PAYLOADS } from './events.ts';
import { LiveFrameSchema } from './frames.ts';
import { consumerGroups, deadLetterTopicOf, TOPICS } from './topics.ts';

/** The AsyncAPI 3.0 document of the catalog, generated so it can never drift from the code. */
export function buildAsyncApi(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const envelope = z.toJSONSchema(EnvelopeSchema.omit({ data: true }), { io: 'input' });
  for (const [key, topic] of Object.entries(TOPICS)) {
    const payload = z.toJSONSchema(EVENT_PAYLOADS[topic.name], { io: 'input' });
    messages[key] = {
      name: topic.name,
      contentType: 'application/cloudevents+json',
      payload: { allOf: [envelope, { type: 'object', properties: { data: payload }, required: ['data'] }] },
    };
    channels[key] = {
      address: topic.name,
      description: `${topic.description} Producers: ${topic.producers.join(', ')}. Consumers: ${topic.consumers.join(', ')}.`,
      // The same lists as data, so a test can hold this document against the service definitions.
      'x-producers': [...topic.producers],
      'x-consumers': [...topic.consumers],
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
    };
    operations[`publish_${key}`] = { action: 'send', channel: { $ref: `#/channels/${key}` } };
    operations[`consume_${key}`] = { action: 'receive', channel: { $ref: `#/channels/${key}` } };
  }
  for (const group of consumerGroups()) {
    const key = `dlq_${group.replaceAll('-', '_')}`;
    channels[key] = {
      address: deadLetterTopicOf(group),
      description: `Events the ${group} group could not handle after its retries (subject holds the reason).`,
    };
  }
  messages.liveFrame = {
    name: 'live frame',
    contentType: 'application/json',
    payload: z.toJSONSchema(LiveFrameSchema, { io: 'output' }),
  };
  channels.live = {
    address: '/ws',
    description:
      'The WebSocket to the browser: one JSON frame per message, `{id, type, data}` (a `pong` answers the text `ping`). Sent by websocket; the web app parses every frame with the same schema.',
    messages: { liveFrame: { $ref: '#/components/messages/liveFrame' } },
  };
  operations.send_live = { action: 'send', channel: { $ref: '#/channels/live' } };
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'LearnFlow events',
      version: '0.1.0',
      description:
        'Every topic of the catalog (messages are CloudEvents 1.0 keyed by user id) and the frames of the /ws WebSocket.',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages },
  };
}
