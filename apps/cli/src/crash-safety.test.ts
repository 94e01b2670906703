import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = new URL('./main.ts', import.meta.url).pathname;
const PASSWORD = 'a long password 123';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

// Crash safety of the embedded default: `learnflow up` on PGlite is killed with SIGKILL
// during a burst of writes; started again, it opens its data and holds every write it acknowledged.
describe('kill -9 of the embedded platform', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'learnflow-crash-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child?.pid) process.kill(-child.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged write', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      LEARNFLOW_DATA_DIR: dataDir,
      LEARNFLOW_GATEWAY_PORT: String(port),
      LEARNFLOW_JWT_SECRET: 'c'.repeat(64),
      LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '100000',
      LOG_LEVEL: 'error',
      DATABASE_URL: '',
      KAFKA_BROKERS: '',
    };
    const start = async () => {
      const started = spawn(process.execPath, ['--import', 'tsx', CLI, 'up'], {
        env,
        detached: true,
        stdio: 'ignore',
      });
      for (let i = 0; i < 480; i++) {
        const ok = await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return started;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('learnflow up did not answer /health within 2 minutes');
    };
    const post = (url: string, body: object) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    child = await start();
    const acknowledged: string[] = [];
    let next = 0;
    let stop = false;
    const refused: number[] = [];
    const writer = async () => {
      while (!stop) {
        const email = `crash-${next++}@test.dev`;
        const res = await post('/api/auth/register', { email, password: PASSWORD, name: 'Crash' }).catch(
          () => null,
        );
        if (res?.status === 201) acknowledged.push(email);
        else refused.push(res?.status ?? 0);
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    for (let i = 0; i < 600 && acknowledged.length < 20; i++) await new Promise((r) => setTimeout(r, 50));
    expect(
      acknowledged.length,
      `registrations refused: ${refused.slice(0, 5).join(', ')}`,
    ).toBeGreaterThanOrEqual(20);
    process.kill(-(child.pid as number), 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    child = await start();
    const lost: string[] = [];
    for (const email of acknowledged) {
      const res = await post('/api/auth/login', { email, password: PASSWORD });
      if (res.status !== 200) lost.push(`${email}: ${res.status}`);
    }
    console.log(
      `crash safety: ${acknowledged.length} writes acknowledged before SIGKILL, ${lost.length} lost`,
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(lost).toEqual([]);
  });
});
