// The schema's `hide` option comes from @fastify/swagger's types: these routes stay out of the OpenAPI document.
import type {} from '@fastify/swagger';
import type { FastifyPluginAsync } from 'fastify';
import { daprInboxOf } from './dapr-bus.ts';
import { DAPR_EVENTS_ROUTE } from './dapr-inbox.ts';
import type { EventBus } from './event-bus.ts';

/** The pubsub.kafka component's `maxMessageBytes` (deploy/helm/learnflow/templates/dapr/components.yaml). */
export const MAX_EVENT_BYTES = 1_048_576;

/**
 * The HTTP side Dapr calls, as an encapsulated Fastify plugin for the host to register:
 * `GET /dapr/subscribe` lists one `{pubsubname, topic, route}` per subscribed topic, and
 * `POST /dapr/events/<topic>` takes one CloudEvent and answers `{status: SUCCESS | RETRY | DROP}`.
 * For a bus that is not a Dapr bus it mounts nothing, so the host may register it always.
 *
 * Dapr reads `/dapr/subscribe` once, when the app port opens: subscribe before `listen`.
 */
export function daprRoutes(bus: EventBus): FastifyPluginAsync {
  return async (app) => {
    const inbox = daprInboxOf(bus);
    if (!inbox) return;
    // Dapr sends structured CloudEvents; a raw payload may come with any type. This scope only.
    app.addContentTypeParser(
      ['application/cloudevents+json', '*'],
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );
    app.get('/dapr/subscribe', { schema: { hide: true } }, async () => inbox.list());
    app.post<{ Params: { topic: string } }>(
      `${DAPR_EVENTS_ROUTE}/:topic`,
      // Above the host's API limit: an event Kafka accepted must never bounce (Dapr would redeliver it forever).
      { schema: { hide: true }, bodyLimit: MAX_EVENT_BYTES },
      async (request) => ({ status: await inbox.deliver(request.params.topic, request.body) }),
    );
  };
}
