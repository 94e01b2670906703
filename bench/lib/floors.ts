import { kafkaFloor, memoryBusFloor } from './bus-floor.ts';
import { dbFloor } from './db-floor.ts';
import type { Deployment } from './deployment.ts';
import { HttpClient } from './http-client.ts';
import { type RouteTiming, startBareFastify, timeRoute } from './http-floor.ts';
import { profileServers } from './inspector-profiler.ts';
import type { LatencySummary } from './stats.ts';

export interface Floors {
  http: {
    /** Bare Fastify `GET /health` in its own process: the floor. */
    bare: RouteTiming;
    /** The deployment's `GET /health`: its edge (helmet, CORS, rate limit, metrics, request log). */
    health: RouteTiming;
    /** `GET /api/me`: the edge, JWT verification and one indexed query. */
    me: RouteTiming;
    /** Split: `GET /api/progress` through the gateway's proxy and straight at the progress service. */
    proxied?: { gateway: RouteTiming; direct: RouteTiming };
  };
  bus: { kind: 'memory' | 'kafka'; latency: LatencySummary };
  db: { kind: 'pglite' | 'postgres'; latency: LatencySummary };
}

export interface FloorOptions {
  requests: number;
  concurrency: number;
  kafkaBrokers: string[];
  token: string;
}

/** The floors next to a running, idle deployment, one after the other so they do not disturb each other. */
export async function measureFloors(deployment: Deployment, options: FloorOptions): Promise<Floors> {
  const timing = { requests: options.requests, concurrency: options.concurrency };
  const bareServer = await startBareFastify();
  const bareClient = new HttpClient({ baseUrl: `http://127.0.0.1:${bareServer.port}` });
  const client = new HttpClient({ baseUrl: deployment.baseUrl });
  try {
    const bare = await timeRoute(bareClient, '/health', timing);
    const health = await timeRoute(client, '/health', timing);
    const me = await timeRoute(client, '/api/me', { ...timing, token: options.token });
    const http: Floors['http'] = { bare, health, me };
    const progress = deployment.servers.find((s) => s.id === 'progress');
    if (deployment.kind === 'split' && progress) {
      const direct = new HttpClient({ baseUrl: `http://127.0.0.1:${progress.port}` });
      http.proxied = {
        gateway: await timeRoute(client, '/api/progress', { ...timing, token: options.token }),
        direct: await timeRoute(direct, '/api/progress', { ...timing, token: options.token }),
      };
      direct.close();
    }
    const events = Math.max(200, Math.round(options.requests / 2));
    const bus =
      deployment.kind === 'split'
        ? { kind: 'kafka' as const, latency: await kafkaFloor(options.kafkaBrokers, events) }
        : { kind: 'memory' as const, latency: await memoryBusFloor(events) };
    const db = {
      kind: deployment.databaseUrl ? ('postgres' as const) : ('pglite' as const),
      latency: await dbFloor(deployment.databaseUrl, options.requests),
    };
    return { http, bus, db };
  } finally {
    bareClient.close();
    client.close();
    await bareServer.stop();
  }
}

/** `GET path` timed again while a CPU profile of every server runs, written to `<dir>/<id>.cpuprofile`. */
export async function profileRoute(
  deployment: Deployment,
  path: string,
  dir: string,
  options: FloorOptions,
): Promise<void> {
  const client = new HttpClient({ baseUrl: deployment.baseUrl });
  const stop = await profileServers(deployment.servers, dir);
  try {
    await timeRoute(client, path, options);
  } finally {
    await stop();
    client.close();
  }
}
