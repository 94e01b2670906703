import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SERVICES } from './services.ts';

const CLI = new URL('../bin/learnflow.js', import.meta.url).pathname;

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface SplitPlatform {
  /** The gateway's base URL. */
  gateway: string;
  /** The database the services use (a fresh one, dropped by `stop`). */
  databaseUrl: string;
  /** Everything the processes printed, prefixed by service id. */
  logs: string[];
  /** Processes that exited on their own and were started again, as a supervisor does. */
  respawns: () => number;
  /** Sends `signal` to one service and waits until it exited. */
  kill(id: string, signal: NodeJS.Signals): Promise<void>;
  /** Starts the service again on its port; resolves when it is ready. */
  restart(id: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every service as its own process (`learnflow serve <id>`) over a fresh PostgreSQL database
 * and the given Kafka brokers, migrated and seeded, the gateway in front: split mode as a
 * deployment runs it, for the tests that drive it from outside.
 */
export async function startSplit(options: {
  adminUrl: string;
  brokers: string;
  env?: Record<string, string>;
}): Promise<SplitPlatform> {
  const database = `learnflow_split_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(options.adminUrl);
  url.pathname = `/${database}`;
  const ports = Object.fromEntries(
    await Promise.all(SERVICES.map(async (s) => [s.id, await freePort()] as const)),
  );
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    KAFKA_BROKERS: options.brokers,
    LEARNFLOW_JWT_SECRET: randomBytes(32).toString('hex'),
    LEARNFLOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'learnflow-split-')),
    LEARNFLOW_SERVICE_URLS: SERVICES.map((s) => `${s.id}=http://127.0.0.1:${ports[s.id]}`).join(','),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const logs: string[] = [];
  const children = new Map<string, ChildProcess>();
  const run = (args: string[]) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => logs.push(`[${args[1] ?? args[0]}] ${d}`));
    child.stderr?.on('data', (d) => logs.push(`[${args[1] ?? args[0]}] ${d}`));
    return child;
  };
  const base = (id: string) => `http://127.0.0.1:${ports[id]}`;
  const ready = async (id: string) => {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const res = await fetch(`${base(id)}/ready`).catch(() => null);
      if (res?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${id} did not become ready at ${base(id)} within 90 s:\n${logs.join('').slice(-3_000)}`);
  };
  // Like a supervisor (Kubernetes restarts a pod): a process that exits on its own (a service
  // exits when it cannot reach the broker at start) is started again a second later.
  const stopped = new Set<string>();
  let respawns = 0;
  const serve = (id: string) => {
    stopped.delete(id);
    const child = run(['serve', id, '--port', String(ports[id])]);
    children.set(id, child);
    child.on('exit', (code, signal) => {
      if (stopped.has(id) || children.get(id) !== child) return;
      respawns++;
      logs.push(`[supervisor] ${id} exited (${signal ?? code}); starting it again\n`);
      setTimeout(() => !stopped.has(id) && serve(id), 1_000);
    });
  };
  const kill = (id: string, signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      stopped.add(id);
      const child = children.get(id);
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill(signal);
    });

  for (const step of ['migrate', 'seed']) {
    const code = await new Promise((resolve) => run([step]).on('exit', resolve));
    if (code !== 0) throw new Error(`learnflow ${step} failed (exit ${code}):\n${logs.join('')}`);
  }
  const stop = async () => {
    await Promise.all([...children.keys()].map((id) => kill(id, 'SIGTERM')));
    const cleanup = new pg.Client({ connectionString: options.adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${database} with (force)`);
    await cleanup.end();
  };
  for (const service of SERVICES) serve(service.id);
  try {
    for (const service of SERVICES) await ready(service.id);
  } catch (error) {
    // Processes left running stay members of the shared broker's consumer groups and take
    // partitions from the next run's services (handling its events against a dropped database).
    await stop();
    throw error;
  }

  return {
    gateway: base('api-gateway'),
    databaseUrl: url.toString(),
    logs,
    respawns: () => respawns,
    kill,
    async restart(id) {
      serve(id);
      await ready(id);
    },
    stop,
  };
}
