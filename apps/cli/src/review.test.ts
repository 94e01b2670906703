import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { depsFor, eventPayload, type Subscription, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

type Response = EventPayload<'learning.responses'>;
type ProgressEvent = EventPayload<'progress.events'>;
/** What a review answer carries besides its text. */
const ReviewDataSchema = z.object({ score: z.number(), findings: z.array(z.object({ rule: z.string() })) });

const MESSY =
  'import os\ndef Total(items=[]):\n    result = 0\n    if items == None:\n        return 0\n    return len(items)\n';
const CLEAN =
  'def total(prices):\n    """Add up the prices."""\n    return sum(prices)\n\n\nprint(total([1, 2]))\n';

describe.each(testDatabases())('code review on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let probe: Subscription;
  let token: string;
  let userId: string;
  const responses: Response[] = [];
  const progress: ProgressEvent[] = [];

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    const mounted = SERVICES.filter((s) => s.id === 'api-gateway' || s.id === 'code-review-agent');
    expect(mounted.map((s) => s.id)).toContain('code-review-agent');
    host = await startServices(platform, mounted, 'LearnFlow review test');
    probe = await platform.bus.subscribe({
      group: `review-probe-${randomUUID()}`,
      topics: ['learning.responses', 'progress.events'],
      handler: async ({ topic, event }) => {
        if (topic === 'learning.responses') responses.push(eventPayload('learning.responses', event.data));
        else progress.push(eventPayload('progress.events', event.data));
      },
    });
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
    userId = login.json().user.id;
  });
  afterAll(async () => {
    await probe?.close();
    await host?.stop();
    await platform?.dispose();
  });

  const review = (payload: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
    host.app.inject({ method: 'POST', url: '/api/review', payload: payload as object, headers });

  async function eventually<T>(find: () => T | undefined): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out waiting for an event');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const progressFor = (predicate: (event: ProgressEvent) => boolean) =>
    eventually(() => progress.find((d) => d.kind === 'code.reviewed' && d.userId === userId && predicate(d)));

  it('reviews code on POST /api/review and counts it towards progress', async () => {
    const res = await review({ code: MESSY, topic: 'functions' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.score).toBeGreaterThanOrEqual(0);
    expect(body.score).toBeLessThan(100);
    for (const finding of body.findings) {
      expect(finding).toMatchObject({
        rule: expect.any(String),
        line: expect.any(Number),
        message: expect.any(String),
        explanation: expect.any(String),
      });
    }
    expect(body.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['F401', 'N802', 'B006', 'F841', 'E711']),
    );
    expect(body.text).toMatch(/^## Code review/);
    const clean = await review({ code: CLEAN });
    expect(clean.json().score).toBeGreaterThan(body.score);
    const event = await progressFor((d) => d.topic === 'functions');
    expect(event.score).toBe(body.score);
    expect(event.detail).toMatchObject({ source: 'api' });
    await progressFor((d) => d.topic === null && d.score === clean.json().score);
    const doc = (await host.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toContain('/api/review');
  });

  it.each([
    ['no code', {}],
    ['blank code', { code: '   \n' }],
    ['a wrong type', { code: 42 }],
    ['an unknown field', { code: 'x = 1', admin: true }],
    ['a bad topic', { code: 'x = 1', topic: 'Not A Slug!' }],
  ])('answers %s with 400', async (_label, payload) => {
    const res = await review(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 401 without a token', async () => {
    const res = await review({ code: 'x = 1' }, {});
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  const submit = async (code: string | null, message: string) => {
    const requestId = randomUUID();
    const request: EventPayload<'code.submissions'> = {
      requestId,
      userId,
      message,
      code,
      topic: 'for-loops',
      intent: 'review',
      confidence: 0.9,
      context: { topic: 'for-loops', masteryLevel: 'Learning', recentErrors: [] },
    };
    await depsFor(platform, { id: 'test', publishes: ['code.submissions'] }).events.publish(
      'code.submissions',
      'learnflow.review.requested',
      request,
      {
        userId,
        correlationId: requestId,
      },
    );
    const answer = await eventually(() =>
      responses.find((d) => d.requestId === requestId && d.kind === 'final'),
    );
    return { requestId, answer };
  };

  it('answers a routed code.submissions request on learning.responses and tells progress', async () => {
    const code = 'nums = [1, 2, 3]\nfor i in range(len(nums)):\n    print(nums[i])\n';
    const { requestId, answer } = await submit(code, 'Can you review my loop?');
    expect(answer).toMatchObject({ userId, intent: 'review', agent: 'code-review-agent', kind: 'final' });
    expect(answer.text).toMatch(/Code review: \d+\/100/);
    expect(answer.text).toContain('for num in nums:\n    print(num)');
    const data = ReviewDataSchema.parse(answer.data);
    expect(data.findings.map((f) => f.rule)).toContain('LF004');
    const event = await progressFor((d) => d.kind === 'code.reviewed' && d.detail.requestId === requestId);
    expect(event).toMatchObject({ topic: 'for-loops', score: data.score, detail: { source: 'chat' } });
  });

  it('reviews code pasted in the message, and kindly asks for code when there is none', async () => {
    const pasted = await submit(null, 'Please review:\n```python\nprint("hi"\n```');
    expect(pasted.answer.text).toMatch(/syntax/i);
    const { requestId, answer } = await submit(null, 'Can you review my code?');
    expect(answer.text).toMatch(/love to review your code/);
    expect(answer.data).toEqual({ needsCode: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(progress.some((e) => e.kind === 'code.reviewed' && e.detail.requestId === requestId)).toBe(false);
  });
});
