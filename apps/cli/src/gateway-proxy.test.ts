import { defineService, registerProxy, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

// A downstream service that reports who the gateway says the caller is.
const whoami = defineService({
  id: 'whoami',
  port: 0,
  description: 'test upstream',
  owns: [],
  publishes: [],
  routes(app, deps) {
    app.get('/api/whoami/:thing', async (request) => {
      const user = await deps.auth.require(request);
      return {
        user,
        url: request.url,
        correlationId: request.id,
        forwarded: 'x-learnflow-user' in request.headers,
      };
    });
    app.get('/api/whoami-slowly', async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return {};
    });
  },
});

describe('the gateway in split mode', () => {
  let platform: TestPlatform;
  let upstream: Awaited<ReturnType<typeof startServices>>;
  let gateway: Awaited<ReturnType<typeof startServices>>;
  let token: string;
  let upstreamUrl: string;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
    await seed(platform.db, { demo: true });
    upstream = await startServices(platform, [whoami], 'upstream');
    upstreamUrl = await upstream.app.listen({ host: '127.0.0.1', port: 0 });
    const gatewayService = SERVICES.find((s) => s.id === 'api-gateway');
    if (!gatewayService) throw new Error('no gateway');
    gateway = await startServices(platform, [gatewayService], 'gateway', (app) =>
      registerProxy(
        app,
        [
          {
            id: 'whoami',
            upstream: upstreamUrl,
            routes: [
              { method: 'GET', url: '/api/whoami/:thing', websocket: false },
              { method: 'GET', url: '/api/whoami-slowly', websocket: false },
            ],
          },
          {
            id: 'down',
            upstream: 'http://127.0.0.1:9',
            routes: [{ method: 'GET', url: '/api/down', websocket: false }],
          },
        ],
        { auth: platform.auth, timeoutMs: 2_000 },
      ),
    );
    const login = await gateway.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'james@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
  });
  afterAll(async () => {
    await gateway?.stop();
    await upstream?.stop();
    await platform?.dispose();
  });

  it('forwards the route with the verified user in a signed header and the correlation id', async () => {
    const res = await gateway.app.inject({
      method: 'GET',
      url: '/api/whoami/x?y=1',
      headers: { authorization: `Bearer ${token}`, 'x-correlation-id': 'corr-42' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: 'james@learnflow.dev', role: 'student' },
      url: '/api/whoami/x?y=1',
      correlationId: 'corr-42',
      forwarded: true,
    });
  });

  it('ignores a user header forged by the client', async () => {
    const res = await gateway.app.inject({
      method: 'GET',
      url: '/api/whoami/x',
      headers: {
        'x-learnflow-user': Buffer.from(
          JSON.stringify({ id: 'x', email: 'a', name: 'b', role: 'teacher' }),
        ).toString('base64url'),
        'x-learnflow-user-signature': 'forged',
      },
    });
    expect(res.statusCode).toBe(401);
  });

  it('answers 504 with the error body when the service is too slow', async () => {
    const res = await gateway.app.inject({
      method: 'GET',
      url: '/api/whoami-slowly',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(504);
    expect(res.json().error.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('answers 502 with the error body when the service is down', async () => {
    const res = await gateway.app.inject({
      method: 'GET',
      url: '/api/down',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
