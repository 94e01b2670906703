import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import { issueInvite, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { liveUrl } from './live-url.ts';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

describe.each(testDatabases())('live struggle alerts on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let base: string;
  const tokens: Record<string, string> = {};
  const frames: Record<string, LiveFrame[]> = {};
  const sockets: WebSocket[] = [];

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    return res.json().token as string;
  };
  const connect = async (who: string) => {
    const socket = new WebSocket(await liveUrl(base, tokens[who] as string));
    sockets.push(socket);
    frames[who] = [];
    socket.on('message', (raw) => frames[who]?.push(LiveFrameSchema.parse(JSON.parse(raw.toString()))));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.on('message', () => {
        if (frames[who]?.some((f) => f.type === 'ready')) resolve();
      });
    });
  };

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'live alerts test');
    base = await host.app.listen({ host: '127.0.0.1', port: 0 });
    for (const who of ['james', 'maya', 'rodriguez']) tokens[who] = await login(`${who}@learnflow.dev`);
    const other = await host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        email: 'other.teacher@school.test',
        password: 'another teacher passphrase',
        name: 'Ms. Other',
        invite: (await issueInvite(platform.db, null)).code,
      },
    });
    tokens.other = other.json().token;
    for (const who of ['james', 'maya', 'rodriguez', 'other']) await connect(who);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await host?.stop();
    await platform?.dispose();
  });

  it("reaches Mr. Rodriguez's open socket the moment James struggles, and no one else's", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await host.app.inject({
        method: 'POST',
        url: '/api/execute',
        headers: { authorization: `Bearer ${tokens.james}` },
        payload: {
          code: `squares = [n * n for n in range(5)]\nprint("total: " + sum(squares) + ${i})\n`,
          topic: 'list-comprehensions',
        },
      });
      expect(res.json().error.type).toBe('TypeError');
    }
    await expect
      .poll(() => frames.rodriguez?.filter((f) => f.type === 'alert.created').length, { timeout: 10_000 })
      .toBe(1);
    const alert = frames.rodriguez?.find((f) => f.type === 'alert.created');
    expect(alert?.data).toMatchObject({ trigger: 'repeated_error', student: { name: 'James Okafor' } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const who of ['james', 'maya', 'other'])
      expect(
        frames[who]?.filter((f) => f.type === 'alert.created'),
        who,
      ).toEqual([]);
    const listed = await host.app.inject({
      method: 'GET',
      url: '/api/teacher/alerts?status=open',
      headers: { authorization: `Bearer ${tokens.rodriguez}` },
    });
    expect(listed.json().alerts).toHaveLength(1);
    const stranger = await host.app.inject({
      method: 'GET',
      url: '/api/teacher/alerts',
      headers: { authorization: `Bearer ${tokens.other}` },
    });
    expect(stranger.json().alerts).toEqual([]);
  });
});
