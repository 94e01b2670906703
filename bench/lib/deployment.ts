import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const CLI = join(ROOT, 'apps/cli/bin/learnflow.js');
const GATEWAY = 'api-gateway';

export type DeploymentKind = 'embedded' | 'split';

export interface DeploymentOptions {
  /** Where logs (and profiles) go; made if missing. */
  workDir: string;
  logLevel: string;
  /** Start server processes with --inspect, so the bench can profile them during the load (InspectorProfiler). */
  cpuProfile: boolean;
  /** Split only: PostgreSQL server to make the throwaway database on (its `postgres` db). */
  postgresAdminUrl: string;
  kafkaBrokers: string;
  /**
   * Embedded only: boot once, stop, and measure a second boot on the same data dir (what a user's
   * second `npm start` is: no in-process initdb, so a much smaller PGlite heap).
   */
  reopen?: boolean;
  /**
   * Split only: how many `learnflow serve <id>` processes a service gets (1 when absent). The
   * replicas of a service share its consumer group, so Kafka splits the partitions between them;
   * HTTP goes to the first.
   */
  replicas?: Record<string, number>;
}

export interface ServerProcess {
  id: string;
  port: number;
  child: ChildProcess;
  /** With `cpuProfile`: the inspector port, for InspectorProfiler. */
  inspectPort: number | null;
}

/** A running LearnFlow on loopback, started by the bench and stopped by it. */
export interface Deployment {
  kind: DeploymentKind;
  baseUrl: string;
  secret: string;
  servers: ServerProcess[];
  /** Split: the bench's own database, for the floor query. */
  databaseUrl: string | null;
  dataDir: string;
  /** Pids of PostgreSQL and Kafka when they run here (shared with anyone else using them). */
  infra: Record<string, number>;
  stop(): Promise<void>;
}

/** The environment every server process of a bench gets: high rate limits (all students share one IP). */
function baseEnv(options: DeploymentOptions, dataDir: string, secret: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEARNFLOW_DATA_DIR: dataDir,
    LEARNFLOW_HOST: '127.0.0.1',
    LEARNFLOW_JWT_SECRET: secret,
    // A bench run outlasts the 15-minute default; the simulated students do not refresh.
    LEARNFLOW_JWT_TTL: '12h',
    LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '1000000',
    LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '1000000',
    LOG_LEVEL: options.logLevel,
    // As `npm start` runs the platform (package.json): glibc's malloc keeps two arenas, not one per thread
    // (set MALLOC_ARENA_MAX to compare).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
  for (const name of [
    'DATABASE_URL',
    'KAFKA_BROKERS',
    'DAPR_HTTP_PORT',
    'LEARNFLOW_SERVICE_URLS',
    'LEARNFLOW_LLM_BASE_URL',
  ])
    delete env[name];
  return env;
}

async function startServer(
  options: DeploymentOptions,
  id: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<ServerProcess> {
  const logs = join(options.workDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const out = openSync(join(logs, `${id}.log`), 'a');
  const inspectPort = options.cpuProfile ? await freePort() : null;
  const inspect = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  const child = spawn(process.execPath, [...inspect, CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
  });
  return { id, port, child, inspectPort };
}

/** Resolves when `GET /ready` answers 200; rejects when the process exits or `timeoutMs` passes. */
async function waitReady(server: ServerProcess, timeoutMs: number, logPath: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(
        `${server.id} exited (${server.child.exitCode ?? server.child.signalCode}); see ${logPath}`,
      );
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/ready`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.id} not ready after ${timeoutMs / 1000} s; see ${logPath}`);
}

async function stopServers(servers: ServerProcess[]): Promise<void> {
  await Promise.all(
    servers.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

const pidFile = (path: string) => {
  try {
    return Number(readFileSync(path, 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
};

/** `learnflow up`: every service in one process, PGlite in a fresh data dir, the in-process bus. */
export async function startEmbedded(options: DeploymentOptions): Promise<Deployment> {
  const dataDir = join(options.workDir, 'embedded-data');
  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const env = { ...baseEnv(options, dataDir, secret), LEARNFLOW_GATEWAY_PORT: String(port) };
  if (options.reopen) {
    const first = await startServer(options, 'embedded-first-boot', ['up'], env, port);
    try {
      await waitReady(first, 180_000, join(options.workDir, 'logs/embedded-first-boot.log'));
    } finally {
      await stopServers([first]);
    }
  }
  const server = await startServer(options, 'embedded', ['up'], env, port);
  const deployment: Deployment = {
    kind: 'embedded',
    baseUrl: `http://127.0.0.1:${port}`,
    secret,
    servers: [server],
    databaseUrl: null,
    dataDir,
    infra: {},
    stop: () => stopServers([server]),
  };
  try {
    await waitReady(server, 180_000, join(options.workDir, 'logs/embedded.log'));
  } catch (error) {
    await deployment.stop();
    throw error;
  }
  return deployment;
}

/** The service ids `learnflow serve` knows, from its own usage message (so new services are picked up). */
async function serviceIds(): Promise<string[]> {
  const result = await run(process.execPath, [CLI, 'serve'], { cwd: ROOT }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
  );
  const list = /one of ([a-z, -]+)\./.exec(result.stderr)?.[1];
  if (!list) throw new Error(`could not read the service list from "learnflow serve": ${result.stderr}`);
  return list.split(',').map((s) => s.trim());
}

/**
 * Every service as its own `learnflow serve <id>` process over PostgreSQL (a fresh database on
 * the server of `scripts/postgres.sh`) and the Kafka broker of `scripts/kafka/kafka.sh`; the
 * gateway proxies the others, found through LEARNFLOW_SERVICE_URLS on free ports.
 */
export async function startSplit(options: DeploymentOptions): Promise<Deployment> {
  await run(join(ROOT, 'scripts/postgres.sh'), ['start'], { cwd: ROOT });
  await run(join(ROOT, 'scripts/kafka/kafka.sh'), ['start'], { cwd: ROOT, env: { ...process.env } });
  const dbName = `learnflow_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(options.postgresAdminUrl), { pathname: `/${dbName}` }).toString();
  const dataDir = join(options.workDir, 'split-data');
  const secret = randomBytes(32).toString('hex');
  const env = {
    ...baseEnv(options, dataDir, secret),
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: options.kafkaBrokers,
  };
  const servers: ServerProcess[] = [];
  const dropDatabase = async () => {
    const client = new pg.Client({ connectionString: options.postgresAdminUrl });
    await client.connect();
    await client.query(`drop database if exists ${dbName} with (force)`);
    await client.end();
  };
  const deployment: Deployment = {
    kind: 'split',
    baseUrl: '',
    secret,
    servers,
    databaseUrl,
    dataDir,
    infra: {},
    async stop() {
      await stopServers(servers);
      await dropDatabase().catch((error: Error) =>
        console.error(`could not drop ${dbName}: ${error.message}`),
      );
    },
  };
  try {
    await run(process.execPath, [CLI, 'seed'], { cwd: ROOT, env });
    const ids = await serviceIds();
    const unknown = Object.keys(options.replicas ?? {}).filter((id) => !ids.includes(id));
    if (unknown.length > 0)
      throw new Error(`--replicas ${unknown.join(', ')}: not a service; one of ${ids.join(', ')}`);
    const ports = new Map<string, number>();
    for (const id of ids) ports.set(id, await freePort());
    const urls = ids
      .filter((id) => id !== GATEWAY)
      .map((id) => `${id}=http://127.0.0.1:${ports.get(id)}`)
      .join(',');
    for (const id of ids) {
      for (let replica = 1; replica <= (options.replicas?.[id] ?? 1); replica++) {
        const port = replica === 1 ? (ports.get(id) as number) : await freePort();
        servers.push(
          await startServer(
            options,
            replica === 1 ? id : `${id}-${replica}`,
            ['serve', id, '--port', String(port)],
            { ...env, LEARNFLOW_SERVICE_URLS: urls },
            port,
          ),
        );
      }
    }
    await Promise.all(servers.map((s) => waitReady(s, 240_000, join(options.workDir, `logs/${s.id}.log`))));
    deployment.baseUrl = `http://127.0.0.1:${ports.get(GATEWAY)}`;
    const pgDir = execFileSync(join(ROOT, 'scripts/postgres.sh'), ['dir'], { encoding: 'utf8' }).trim();
    const postgres = pidFile(join(pgDir, 'data/postmaster.pid'));
    const kafka = pidFile(join(ROOT, '.cache/kafka/kafka.pid'));
    if (postgres) deployment.infra.postgres = postgres;
    if (kafka) deployment.infra.kafka = kafka;
  } catch (error) {
    await deployment.stop();
    throw error;
  }
  return deployment;
}
