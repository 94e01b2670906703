import { randomUUID } from 'node:crypto';
import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

describe.each(testDatabases())('the public API on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(database, { LEARNFLOW_JWT_SECRET: SECRET });
    await seed(platform.db, { demo: true });
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'LearnFlow test');
    for (const user of DEMO_USERS) {
      const res = await host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, user.email).toBe(200);
      expect(res.json().user).toMatchObject({ email: user.email, role: user.role });
      tokens[user.email] = res.json().token;
    }
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const get = (url: string, token?: string) =>
    host.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers health, readiness and the OpenAPI document', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    const ready = await get('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toMatchObject({ database: true, bus: true });
    const doc = (await get('/docs/json')).json();
    for (const path of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/me',
      '/api/curriculum',
      '/api/topics/{slug}',
      '/api/teacher/students',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect((await get('/metrics')).body).toContain('http_request_duration_seconds');
  });

  it('serves the 8-module, 24-topic curriculum once, however often it is seeded', async () => {
    const res = await get('/api/curriculum', tokens['maya@learnflow.dev']);
    expect(res.statusCode).toBe(200);
    const { modules } = res.json();
    expect(modules.map((m: { slug: string }) => m.slug)).toEqual([
      'basics',
      'control-flow',
      'data-structures',
      'functions',
      'oop',
      'files',
      'errors',
      'libraries',
    ]);
    expect(modules.flatMap((m: { topics: unknown[] }) => m.topics)).toHaveLength(24);
    expect(modules[1].topics[1]).toMatchObject({ slug: 'for-loops', title: 'For Loops', order: 2 });
    const topic = await get('/api/topics/for-loops', tokens['maya@learnflow.dev']);
    expect(topic.json()).toMatchObject({ slug: 'for-loops', module: { slug: 'control-flow' } });
    expect(topic.json().lesson.examples.length).toBeGreaterThanOrEqual(2);
    expect((await get('/api/topics/no-such-topic', tokens['maya@learnflow.dev'])).statusCode).toBe(404);
  });

  it('rejects a missing, forged or expired token with 401 and a wrong role with 403', async () => {
    const missing = await get('/api/me');
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('UNAUTHENTICATED');
    const maya = tokens['maya@learnflow.dev'] as string;
    const [h, p] = maya.split('.');
    expect((await get('/api/me', `${h}.${p}.forgedsignature`)).statusCode).toBe(401);
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'x', role: 'teacher', email: 'a', name: 'b', iss: 'learnflow' }),
    ).toString('base64url');
    expect((await get('/api/me', `${h}.${forgedPayload}.${maya.split('.')[2]}`)).statusCode).toBe(401);
    const expired = await new SignJWT({ email: 'maya@learnflow.dev', name: 'Maya', role: 'student' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(randomUUID())
      .setIssuer('learnflow')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(SECRET));
    const expiredAnswer = await get('/api/me', expired);
    expect(expiredAnswer.statusCode).toBe(401);
    expect(expiredAnswer.json().error.message).toMatch(/expired/);
    const forbidden = await get('/api/teacher/students', maya);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
  });

  it('gives Mr. Rodriguez his class holding Maya and James', async () => {
    const res = await get('/api/teacher/students', tokens['rodriguez@learnflow.dev']);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .students.map((s: { email: string }) => s.email)
        .sort(),
    ).toEqual(['james@learnflow.dev', 'maya@learnflow.dev']);
    expect(res.json().classes).toHaveLength(1);
  });

  it('registers, then refuses the same email with 409', async () => {
    const email = `Ada.${randomUUID().slice(0, 8)}@Example.com`;
    const first = await host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: 'correct horse', name: 'Ada' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().user).toMatchObject({ email: email.toLowerCase(), role: 'student', name: 'Ada' });
    const me = await get('/api/me', first.json().token);
    expect(me.json()).toMatchObject({ email: email.toLowerCase() });
    const again = await host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: email.toUpperCase(), password: 'another one', name: 'Ada' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EMAIL_TAKEN');
    const wrong = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'wrong password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it.each([
    ['malformed JSON', '{"email": ', 'application/json', 400, 'MALFORMED_JSON'],
    [
      'an unknown field',
      JSON.stringify({ email: 'a@b.co', password: 'x', admin: true }),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a wrong type',
      JSON.stringify({ email: 42, password: 'x' }),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an oversized body',
      JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(300_000) }),
      'application/json',
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a non-JSON body', 'email=a', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('answers %s with a clear error body', async (_label, payload, contentType, status, code) => {
    const res = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(10);
  });

  it('carries the correlation id back on the response', async () => {
    const res = await host.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-correlation-id': 'trace-abc-123' },
    });
    expect(res.headers['x-correlation-id']).toBe('trace-abc-123');
  });
});
