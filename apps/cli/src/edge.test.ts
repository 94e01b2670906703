import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

describe('the edge: security headers, CORS and rate limits', () => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite', {
      LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '5',
      LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '8',
      LEARNFLOW_CORS_ORIGINS: 'http://localhost:5173',
    });
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'edge test');
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  it('sends security headers', async () => {
    const res = await host.app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers the web app preflight and not a stranger', async () => {
    const ok = await host.app.inject({
      method: 'OPTIONS',
      url: '/api/me',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const stranger = await host.app.inject({
      method: 'OPTIONS',
      url: '/api/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits a signed-in user apart from anonymous callers, with Retry-After', async () => {
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await host.app.inject({ method: 'GET', url: '/api/me', headers: auth })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await host.app.inject({ method: 'GET', url: '/api/me', headers: auth });
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const anonymous = await host.app.inject({ method: 'GET', url: '/api/curriculum' });
    expect(anonymous.statusCode).toBe(401);
  });
});
