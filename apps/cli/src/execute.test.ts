import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

describe('POST /api/execute', () => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let token: string;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'execute test');
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'james@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const execute = (payload: object) =>
    host.app.inject({
      method: 'POST',
      url: '/api/execute',
      payload,
      headers: { authorization: `Bearer ${token}` },
    });

  it('runs a stdin-driven program', async () => {
    const res = await execute({
      code: 'name = input("Name? ")\nage = int(input())\nprint(f"{name} is {age + 1} next year")',
      stdin: 'Maya\n14\n',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stdout: 'Name? Maya is 15 next year\n',
      exitCode: 0,
      timedOut: false,
      error: null,
    });
  });

  it("returns a typed error on the student's line, explained for a beginner, and records the run", async () => {
    const res = await execute({
      code: 'age = 14\nmessage = "Age: " + age\nprint(message)\n',
      topic: 'data-types',
    });
    const body = res.json();
    expect(body.error).toMatchObject({ type: 'TypeError', line: 2 });
    expect(body.error.explanation).toContain('"Age: " + age');
    expect(body.error.explanation).toMatch(/str/);
    expect(body.error.explanation).toMatch(/int/);
    const runs = await platform.db
      .selectFrom('code_runs')
      .selectAll()
      .where('error_type', '=', 'TypeError')
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ error_line: 2, timed_out: false });
    expect(runs[0]?.topic_id).not.toBeNull();
  });

  it('stops an infinite loop at the time limit', async () => {
    const started = Date.now();
    const body = (await execute({ code: 'while True:\n    pass\n' })).json();
    expect(body.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(6_500);
    expect(body.error.explanation.length).toBeGreaterThan(20);
  });

  it('stops a memory bomb', async () => {
    const body = (
      await execute({ code: 'data = []\nwhile True:\n    data.append("x" * 10_000_000)\n' })
    ).json();
    expect(body.memoryExceeded).toBe(true);
  });

  it('answers 20 back-to-back print(1) runs (average printed)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const res = await execute({ code: 'print(1)' });
      times.push(performance.now() - started);
      expect(res.json().stdout).toBe('1\n');
    }
    console.log(
      `20 x print(1) through the API: mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms`,
    );
  });

  it('rejects code that is too large, and anonymous callers', async () => {
    expect((await execute({ code: 'x'.repeat(70_000) })).statusCode).toBe(400);
    const anonymous = await host.app.inject({
      method: 'POST',
      url: '/api/execute',
      payload: { code: 'print(1)' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("coalesces one student's burst of Runs: the newest runs, the ones it replaced answer 409", async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => execute({ code: `import time\ntime.sleep(0.3)\nprint(${i})` })),
    );
    const statuses = new Set(burst.map((r) => r.statusCode));
    expect([...statuses].every((status) => status === 200 || status === 409)).toBe(true);
    const replaced = burst.filter((r) => r.statusCode === 409);
    expect(replaced.length).toBeGreaterThan(0);
    expect(replaced[0]?.json().error.code).toBe('SANDBOX_SUPERSEDED');
    // Those already running finish; of those waiting only the one that arrived last runs.
    const ran = burst.map((r, i) => ({ r, i })).filter(({ r }) => r.statusCode === 200);
    expect(ran.length).toBeGreaterThan(0);
    for (const { r, i } of ran)
      expect(r.json()).toMatchObject({ stdout: `${i}\n`, queuedMs: expect.any(Number) });
  });

  it('answers 429 with Retry-After past the queue when many students run at once, and stays healthy', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const email = `burst-${i}@learnflow.dev`;
        const payload = { email, password: 'a long burst password', name: `Burst ${i}` };
        const registered = await host.app.inject({ method: 'POST', url: '/api/auth/register', payload });
        return registered.json().token as string;
      }),
    );
    const burst = await Promise.all(
      tokens.map((t) =>
        host.app.inject({
          method: 'POST',
          url: '/api/execute',
          payload: { code: 'import time\ntime.sleep(0.5)' },
          headers: { authorization: `Bearer ${t}` },
        }),
      ),
    );
    const limited = burst.filter((r) => r.statusCode === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited[0]?.json().error.code).toBe('SANDBOX_BUSY');
    expect(burst.filter((r) => r.statusCode === 200).length).toBeGreaterThan(0);
    expect((await execute({ code: 'print(2)' })).json().stdout).toBe('2\n');
  });
});
