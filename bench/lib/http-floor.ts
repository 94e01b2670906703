import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './deployment.ts';
import { freePort } from './free-port.ts';
import type { HttpClient } from './http-client.ts';
import { Histogram, type LatencySummary } from './stats.ts';

export interface RouteTiming {
  /** One request at a time. */
  serial: LatencySummary;
  /** `concurrency` requests in flight, back to back. */
  loaded: LatencySummary;
  concurrency: number;
  requestsPerSecond: number;
  errors: number;
}

/** Times `GET path` serially and then at a fixed concurrency, after a warm-up of 200 requests. */
export async function timeRoute(
  client: HttpClient,
  path: string,
  options: { requests: number; concurrency: number; token?: string },
): Promise<RouteTiming> {
  let errors = 0;
  const once = async (into?: Histogram) => {
    const result = await client.get(path, options.token);
    if (result.status !== 200) errors++;
    into?.record(result.ms);
  };
  for (let i = 0; i < 200; i++) await once();
  errors = 0;
  const serial = new Histogram();
  for (let i = 0; i < options.requests; i++) await once(serial);
  const loaded = new Histogram();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next++ < options.requests) await once(loaded);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    serial: serial.summary(),
    loaded: loaded.summary(),
    concurrency: options.concurrency,
    requestsPerSecond: Math.round(options.requests / seconds),
    errors,
  };
}

/** Starts bench/lib/bare-fastify.ts in its own process; resolves with its port and a stop function. */
export async function startBareFastify(): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/lib/bare-fastify.ts'), String(port)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare Fastify exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return {
    port,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
