import { randomUUID } from 'node:crypto';
import type { Envelope, EventInput, EventPayload } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { defineService } from './service-definition.ts';
import { depsFor, type RunningHost, startServices } from './start-services.ts';

const context = { userId: 'u1', correlationId: 'c1' };
const response: EventInput<'learning.responses'> = {
  requestId: 'r1',
  userId: 'u1',
  intent: 'concept',
  agent: 'test',
  kind: 'final',
  text: 'hi',
};

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('typed events', () => {
  let platform: TestPlatform;
  let host: RunningHost;
  const handled: { topic: string; data: EventPayload<'learning.responses'> }[] = [];
  const deadLetters: Envelope[] = [];
  const sent: Envelope[] = [];
  const group = `typed-${randomUUID().slice(0, 8)}`;
  const service = defineService({
    id: group,
    port: 1,
    description: 'A consumer of tutor answers.',
    owns: [],
    publishes: ['learning.responses'],
    subscriptions: [
      {
        topics: ['learning.responses'],
        async handle(_deps, { topic, event }) {
          handled.push({ topic, data: event.data });
        },
      },
    ],
  });

  beforeAll(async () => {
    platform = await createTestPlatform();
    host = await startServices(platform, [service], 'typed events test');
    // Two groups: a group handles an event id once, and a dead letter keeps its event's id.
    await platform.bus.subscribe({
      group: `${group}-sent`,
      topics: ['learning.responses'],
      handler: async ({ event }) => {
        sent.push(event);
      },
    });
    await platform.bus.subscribe({
      group: `${group}-dead`,
      topics: [`dlq.${group}`],
      handler: async ({ event }) => {
        deadLetters.push(event);
      },
    });
    // A fresh PGlite with every migration: over a minute on a loaded 2-core machine.
  }, 180_000);
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const outbox = () => platform.db.selectFrom('outbox').select('event_id').execute();
  const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

  it('publishes the payload as its schema parses it: defaults filled in, unknown keys dropped', async () => {
    const { events } = depsFor(platform, service);
    const withExtra = { ...response, extra: 1 };
    const event = await events.publish('learning.responses', 't.answer', withExtra, context);
    expect(event.data).toEqual({ ...response, data: {} });
    await until(() => handled.some((h) => h.data.requestId === 'r1'));
    expect(handled.find((h) => h.data.requestId === 'r1')).toEqual({
      topic: 'learning.responses',
      data: { ...response, data: {} },
    });
  });

  it('refuses a payload that does not match its topic with INVALID_EVENT naming the topic and the issue', async () => {
    const { events } = depsFor(platform, service);
    const [before, queued] = [sent.length, (await outbox()).length];
    // @ts-expect-error the payload of learning.responses needs a kind of 'delta' or 'final'
    const publishing = events.publish('learning.responses', 't.bad', { ...response, kind: 'draft' }, context);
    const error = await publishing.catch((e: unknown) => e);
    expect(codeOf(error)).toBe('INVALID_EVENT');
    expect(String(error)).toMatch(/learning\.responses: .*kind/s);
    expect((await outbox()).length).toBe(queued);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent.length).toBe(before);
  });

  it('refuses a topic the service does not declare with UNDECLARED_TOPIC', async () => {
    const { events } = depsFor(platform, service);
    const queued = (await outbox()).length;
    const request = { requestId: 'r2', userId: 'u1', message: 'hi', code: null, topic: null };
    const error = await events.publish('learning.requests', 't.undeclared', request, context).catch((e) => e);
    expect(codeOf(error)).toBe('UNDECLARED_TOPIC');
    expect(String(error)).toContain(`${group} publishes on learning.requests`);
    expect((await outbox()).length).toBe(queued);
  });

  it('dead-letters a consumed event whose data does not match, with the zod error, before the handler', async () => {
    const id = randomUUID();
    const bad: Envelope = {
      specversion: '1.0',
      id,
      source: 'learnflow/elsewhere',
      type: 't.bad',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      partitionkey: 'u1',
      correlationid: 'c1',
      data: { ...response, requestId: 'r3', text: 42 },
    };
    await platform.bus.publish('learning.responses', bad);
    await until(() => deadLetters.some((e) => e.id === id));
    const dead = deadLetters.find((e) => e.id === id);
    expect(dead?.subject).toMatch(/^learning\.responses: learning\.responses: .*text/s);
    expect(handled.some((h) => h.data.requestId === 'r3')).toBe(false);
  });
});
