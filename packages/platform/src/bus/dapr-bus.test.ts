import swagger from '@fastify/swagger';
import { deadLetterTopicOf } from '@learnflow/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDaprBus } from './dapr-bus.ts';
import { daprdOnPath, startDaprdHarness } from './dapr-daprd-harness.ts';
import { daprRoutes } from './dapr-routes.ts';
import { type DaprSidecarStandin, startDaprSidecarStandin } from './dapr-sidecar-standin.ts';
import { describeEventBusContract, envelope, waitFor } from './event-bus.contract.ts';
import type { EventBus } from './event-bus.ts';
import { createMemoryBus } from './memory-bus.ts';
import { memoryProcessedEvents } from './processed-events.ts';

const log = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

/** A host as `learnflow serve` builds it: a Fastify app with the Dapr routes, listening. */
async function listen(bus: EventBus): Promise<{ app: FastifyInstance; port: number }> {
  const app = Fastify();
  await app.register(daprRoutes(bus));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { app, port: typeof address === 'object' && address ? address.port : 0 };
}

describeEventBusContract('dapr (through the sidecar stand-in)', async ({ maxAttempts, backoffMs }) => {
  const sidecar = await startDaprSidecarStandin({});
  const bus = createDaprBus({
    httpPort: sidecar.port,
    processed: memoryProcessedEvents(),
    log,
    maxAttempts,
    backoffMs,
  });
  const { app, port } = await listen(bus);
  sidecar.attachApp(port);
  return {
    bus,
    close: async () => {
      await app.close();
      await sidecar.close();
    },
  };
});

const daprd = daprdOnPath();
if (daprd) {
  describeEventBusContract(`dapr (real daprd at ${daprd})`, (settings) =>
    startDaprdHarness(daprd, settings, log),
  );
} else {
  console.warn('\n  Dapr bus against a real daprd SKIPPED: no `daprd` on PATH (the stand-in suite ran).\n');
  describe.skip('Dapr bus against a real daprd (no `daprd` on PATH)', () => {
    it('runs the EventBus contract through daprd', () => {});
  });
}

describe('Dapr bus specifics', () => {
  let sidecar: DaprSidecarStandin;
  let bus: EventBus;
  let app: FastifyInstance;

  beforeAll(async () => {
    sidecar = await startDaprSidecarStandin({ maxRetries: 3 });
    bus = createDaprBus({
      httpPort: sidecar.port,
      processed: memoryProcessedEvents(),
      log,
      maxAttempts: 2,
      backoffMs: () => 5,
    });
    const host = await listen(bus);
    app = host.app;
    sidecar.attachApp(host.port);
  });
  afterAll(async () => {
    await bus.close();
    await app.close();
    await sidecar.close();
  });

  it('publishes a structured CloudEvent keyed by partitionKey', async () => {
    const event = envelope('user-42', { hello: 'world' });
    await bus.publish('spec.publish', event);
    const record = sidecar.published.find((p) => p.topic === 'spec.publish');
    expect(record?.pubsub).toBe('pubsub');
    expect(record?.contentType).toBe('application/cloudevents+json');
    expect(record?.metadata).toEqual({ partitionKey: 'user-42' });
    expect(JSON.parse(record?.body ?? '')).toEqual(event);
  });

  it('lists each subscribed topic once at /dapr/subscribe, and forgets closed ones', async () => {
    const handler = async () => {};
    const one = await bus.subscribe({ group: 'g-one', topics: ['spec.a', 'spec.b'], handler });
    const two = await bus.subscribe({ group: 'g-two', topics: ['spec.a'], handler });
    const listed = (await app.inject({ method: 'GET', url: '/dapr/subscribe' })).json();
    expect(listed).toEqual([
      { pubsubname: 'pubsub', topic: 'spec.a', route: '/dapr/events/spec.a' },
      { pubsubname: 'pubsub', topic: 'spec.b', route: '/dapr/events/spec.b' },
    ]);
    await one.close();
    await two.close();
    expect((await app.inject({ method: 'GET', url: '/dapr/subscribe' })).json()).toEqual([]);
  });

  it('answers SUCCESS for a handled CloudEvent, ignoring the attributes Dapr adds', async () => {
    const seen: string[] = [];
    const sub = await bus.subscribe({
      group: 'g-ok',
      topics: ['spec.ok'],
      handler: async ({ event }) => void seen.push(event.id),
    });
    const event = { ...envelope('user-1', {}), topic: 'spec.ok', pubsubname: 'pubsub', traceparent: 'x' };
    const response = await app.inject({
      method: 'POST',
      url: '/dapr/events/spec.ok',
      headers: { 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(event),
    });
    expect(response.json()).toEqual({ status: 'SUCCESS' });
    expect(seen).toEqual([event.id]);
    await sub.close();
  });

  it('dead-letters a body that is no envelope as it came, and answers DROP', async () => {
    const sub = await bus.subscribe({ group: 'g-bad', topics: ['spec.bad'], handler: async () => {} });
    const response = await app.inject({
      method: 'POST',
      url: '/dapr/events/spec.bad',
      headers: { 'content-type': 'application/cloudevents+json' },
      payload: '{"specversion":"1.0","id":"x"}',
    });
    expect(response.json()).toEqual({ status: 'DROP' });
    const dead = sidecar.published.find((p) => p.topic === deadLetterTopicOf('g-bad'));
    expect(dead?.body).toBe('{"specversion":"1.0","id":"x"}');
    expect(dead?.metadata.rawPayload).toBe('true');
    expect(dead?.metadata['x-dead-letter-reason']).toMatch(/partitionkey/);
    await sub.close();
  });

  it('answers RETRY when even the dead letter cannot be written, so Dapr redelivers', async () => {
    const offline = createDaprBus({
      httpPort: 1,
      processed: memoryProcessedEvents(),
      log,
      maxAttempts: 1,
    });
    const host = Fastify();
    await host.register(daprRoutes(offline));
    await offline.subscribe({
      group: 'g-fail',
      topics: ['spec.fail'],
      handler: async () => {
        throw new Error('always');
      },
    });
    const response = await host.inject({
      method: 'POST',
      url: '/dapr/events/spec.fail',
      headers: { 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(envelope('user-1', {})),
    });
    expect(response.json()).toEqual({ status: 'RETRY' });
    await offline.close();
    await host.close();
  });

  it('answers DROP for a topic no one here subscribes to', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/dapr/events/spec.nobody',
      headers: { 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(envelope('user-1', {})),
    });
    expect(response.json()).toEqual({ status: 'DROP' });
  });

  it('is redelivered by the sidecar after RETRY, until the app answers SUCCESS', async () => {
    const flakySidecar = await startDaprSidecarStandin({});
    const store = memoryProcessedEvents();
    let failures = 1;
    const flaky = createDaprBus({
      httpPort: flakySidecar.port,
      log,
      // The idempotency store is down once: the delivery cannot be acked, so the app answers RETRY.
      processed: {
        has: async (group, id) => {
          if (failures-- > 0) throw new Error('store down');
          return store.has(group, id);
        },
        add: (group, id) => store.add(group, id),
        note: (group, id) => store.note(group, id),
        flush: () => store.flush(),
      },
    });
    const host = await listen(flaky);
    flakySidecar.attachApp(host.port);
    let calls = 0;
    await flaky.subscribe({ group: 'g-retry', topics: ['spec.retry'], handler: async () => void calls++ });
    await flaky.publish('spec.retry', envelope('user-1', {}));
    await waitFor(() => flakySidecar.outcomes.length === 1);
    expect(flakySidecar.outcomes[0]).toMatchObject({ topic: 'spec.retry', status: 'SUCCESS', attempts: 2 });
    expect(calls).toBe(1);
    await flaky.close();
    await host.app.close();
    await flakySidecar.close();
  });

  it('refuses a publish to a pubsub the sidecar lacks, without retrying', async () => {
    const wrong = createDaprBus({
      httpPort: sidecar.port,
      pubsubName: 'nope',
      processed: memoryProcessedEvents(),
      log,
    });
    await expect(wrong.publish('spec.x', envelope('user-1', {}))).rejects.toThrow(/HTTP 404/);
    await wrong.close();
  });

  it('pings the sidecar: true when healthy, false when unhealthy or gone', async () => {
    expect(await bus.ping()).toBe(true);
    sidecar.setHealthy(false);
    expect(await bus.ping()).toBe(false);
    sidecar.setHealthy(true);
    const gone = createDaprBus({ httpPort: 1, processed: memoryProcessedEvents(), log });
    const started = Date.now();
    expect(await gone.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    await gone.close();
  });

  it('mounts nothing for another bus, so the host may register the routes always', async () => {
    const memory = createMemoryBus({ processed: memoryProcessedEvents(), log });
    const host = Fastify();
    await host.register(daprRoutes(memory));
    expect((await host.inject({ method: 'GET', url: '/dapr/subscribe' })).statusCode).toBe(404);
    await host.close();
  });

  it('mounts in an app set up like the host (zod, no text/plain, OpenAPI), hidden from OpenAPI', async () => {
    const host = Fastify().withTypeProvider<ZodTypeProvider>();
    host.removeContentTypeParser('text/plain');
    host.setValidatorCompiler(validatorCompiler);
    host.setSerializerCompiler(serializerCompiler);
    await host.register(swagger, {
      openapi: { info: { title: 't', version: '0' } },
      transform: jsonSchemaTransform,
    });
    await host.register(daprRoutes(bus));
    const seen: string[] = [];
    const sub = await bus.subscribe({
      group: 'g-host',
      topics: ['spec.host'],
      handler: async ({ event }) => void seen.push(event.id),
    });
    const event = envelope('user-3', {});
    const response = await host.inject({
      method: 'POST',
      url: '/dapr/events/spec.host',
      headers: { 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(event),
    });
    expect(response.json()).toEqual({ status: 'SUCCESS' });
    expect(seen).toEqual([event.id]);
    const listed = (await host.inject({ method: 'GET', url: '/dapr/subscribe' })).json() as {
      topic: string;
    }[];
    expect(listed.map((s) => s.topic)).toContain('spec.host');
    const openapi = host.swagger() as { paths?: object };
    expect(Object.keys(openapi.paths ?? {}).filter((path) => path.startsWith('/dapr'))).toEqual([]);
    await sub.close();
    await host.close();
  });
});
