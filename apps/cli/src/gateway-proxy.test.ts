import { createServer, type Server } from 'node:http';
import {
  type App,
  collectRoutes,
  defineService,
  depsFor,
  type ProxiedService,
  registerProxy,
  startServices,
} from '@learnflow/platform';
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

const service = (id: string) => {
  const found = SERVICES.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} service`);
  return found;
};
const gatewayService = service('api-gateway');
const triage = service('triage');

// A service with personal data whose process is down.
const gone = defineService({
  id: 'gone',
  port: 0,
  description: 'test upstream that is down',
  owns: ['triage_mastery'],
  personal: { triage_mastery: ['user_id'] },
  publishes: [],
});

const servers: Server[] = [];

/** An upstream that answers every request with a 503 HTML page, as a load balancer in front of a dead service would. */
async function htmlUpstream(): Promise<string> {
  const server = createServer((_, res) => {
    res.writeHead(503, { 'content-type': 'text/html' }).end('<html><body>Service Unavailable</body></html>');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the HTML upstream has no port');
  return `http://127.0.0.1:${address.port}`;
}

describe('the gateway in split mode', () => {
  let platform: TestPlatform;
  let upstream: Awaited<ReturnType<typeof startServices>>;
  let gateway: Awaited<ReturnType<typeof startServices>>;
  let token: string;
  let upstreamUrl: string;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
    await seed(platform.db, { demo: true });
    upstream = await startServices(platform, [whoami, triage], 'upstream');
    upstreamUrl = await upstream.app.listen({ host: '127.0.0.1', port: 0 });
    const proxied: ProxiedService = {
      id: 'triage',
      upstream: upstreamUrl,
      routes: await collectRoutes(triage, depsFor(platform, triage)),
    };
    gateway = await startServices(platform, [gatewayService], 'gateway', {
      peers: [gatewayService, triage],
      extend: (app) =>
        registerProxy(
          app,
          [
            proxied,
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
    });
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
    for (const server of servers) server.close();
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

  it("gathers an export from each owner's part, the proxied ones through the proxy", async () => {
    const james = await platform.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'james@learnflow.dev')
      .executeTakeFirstOrThrow();
    await platform.db
      .insertInto('triage_mastery')
      .values({
        user_id: james.id,
        topic: 'for-loops',
        mastery: 42,
        level: 'Learning',
        updated_at: new Date(),
      })
      .execute();
    const res = await gateway.app.inject({
      method: 'GET',
      url: '/api/me/export',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { data } = res.json();
    expect(data.triage_mastery).toMatchObject([{ user_id: james.id, topic: 'for-loops', level: 'Learning' }]);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining(['event_log', 'chat_messages', 'gateway_rosters', 'triage_run_errors']),
    );
  });

  it.each([
    ['down', async () => 'http://127.0.0.1:9'],
    ['answering a page that is not JSON', htmlUpstream],
  ])('refuses a partial export: a part from a service %s is a 502 that names its service', async (_, url) => {
    const goneUrl = await url();
    const alone = await startServices(platform, [gatewayService], 'gateway without gone', {
      peers: [gatewayService, gone],
      extend: async (app: App) =>
        registerProxy(
          app,
          [{ id: 'gone', upstream: goneUrl, routes: await collectRoutes(gone, depsFor(platform, gone)) }],
          { auth: platform.auth, timeoutMs: 2_000 },
        ),
    });
    try {
      const res = await alone.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode, res.body).toBe(502);
      expect(res.json().error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect(res.json().error.message).toContain('from the gone service');
    } finally {
      await alone.stop();
    }
  });
});
