import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Fastify from 'fastify';
import type { Logger } from 'pino';
import { createDaprBus } from './dapr-bus.ts';
import { DAPR_EVENTS_ROUTE } from './dapr-inbox.ts';
import { daprRoutes } from './dapr-routes.ts';
import type { ContractBus, ContractBusSettings } from './event-bus.contract.ts';
import { ensureTopics } from './kafka-topics.ts';
import { memoryProcessedEvents } from './processed-events.ts';

/** The `daprd` binary to test against: `$DAPRD`, then PATH, then where `dapr init` puts it. */
export function daprdOnPath(): string | undefined {
  const candidates = [
    process.env.DAPRD,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'daprd')),
    process.env.HOME ? join(process.env.HOME, '.dapr', 'bin', 'daprd') : undefined,
  ];
  return candidates.find((path): path is string => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Runs the contract through a real `daprd` (standalone, no control plane). The contract
 * subscribes after start, which programmatic subscriptions cannot follow (daprd reads
 * `/dapr/subscribe` once), so `createTopics` writes a declarative `Subscription` per topic and
 * daprd's HotReload feature picks it up. Kafka when `KAFKA_BROKERS` is set, else `pubsub.in-memory`.
 */
export async function startDaprdHarness(
  daprd: string,
  settings: ContractBusSettings,
  log: Logger,
): Promise<ContractBus> {
  const dir = mkdtempSync(join(tmpdir(), 'learnflow-daprd-'));
  const brokers = process.env.KAFKA_BROKERS?.split(',').map((b) => b.trim());
  const appId = `contract-${process.pid}-${Date.now()}`;
  writeFileSync(join(dir, 'pubsub.yaml'), pubsubComponent(brokers, appId));
  writeFileSync(
    join(dir, 'config.yaml'),
    'apiVersion: dapr.io/v1alpha1\nkind: Configuration\nmetadata:\n  name: contract\nspec:\n  features:\n    - name: HotReload\n      enabled: true\n',
  );
  const [httpPort, grpcPort, internalPort, metricsPort] = await Promise.all([1, 2, 3, 4].map(freePort));
  const bus = createDaprBus({
    httpPort: httpPort as number,
    processed: memoryProcessedEvents(),
    log,
    ...settings,
  });
  const app = Fastify();
  await app.register(daprRoutes(bus));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const appPort = typeof address === 'object' && address ? address.port : 0;
  const child: ChildProcess = spawn(
    daprd,
    [
      ...['--app-id', appId, '--app-port', String(appPort), '--app-protocol', 'http'],
      ...['--dapr-http-port', String(httpPort), '--dapr-grpc-port', String(grpcPort)],
      ...['--dapr-internal-grpc-port', String(internalPort), '--metrics-port', String(metricsPort)],
      ...['--resources-path', dir, '--config', join(dir, 'config.yaml'), '--log-level', 'warn'],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${httpPort}`;
  await until(async () => (await fetch(`${base}/v1.0/healthz/outbound`)).ok, 30_000, 'daprd to start');

  return {
    bus,
    async createTopics(topics) {
      if (brokers) await ensureTopics({ brokers, topics, partitions: 3 });
      for (const topic of topics) writeFileSync(join(dir, `sub-${topic}.yaml`), subscription(topic));
      await until(
        async () => {
          const metadata = (await (await fetch(`${base}/v1.0/metadata`)).json()) as {
            subscriptions?: { topic: string }[];
          };
          const known = new Set((metadata.subscriptions ?? []).map((s) => s.topic));
          return topics.every((t) => known.has(t));
        },
        30_000,
        `daprd to load the subscriptions of ${topics.join(', ')}`,
      );
    },
    async close() {
      child.kill('SIGTERM');
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function pubsubComponent(brokers: string[] | undefined, group: string): string {
  const head = 'apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: pubsub\nspec:\n';
  if (!brokers) return `${head}  type: pubsub.in-memory\n  version: v1\n  metadata: []\n`;
  return `${head}  type: pubsub.kafka\n  version: v1\n  metadata:\n${[
    ['brokers', brokers.join(',')],
    ['consumerGroup', group],
    ['authType', 'none'],
    ['initialOffset', 'oldest'],
    ['version', '3.6.0'],
  ]
    .map(([name, value]) => `    - name: ${name}\n      value: "${value}"\n`)
    .join('')}`;
}

function subscription(topic: string): string {
  return [
    'apiVersion: dapr.io/v2alpha1',
    'kind: Subscription',
    'metadata:',
    `  name: sub-${topic.replace(/[^a-z0-9-]/g, '-')}`,
    'spec:',
    `  topic: ${topic}`,
    '  pubsubname: pubsub',
    '  routes:',
    `    default: ${DAPR_EVENTS_ROUTE}/${encodeURIComponent(topic)}`,
    '',
  ].join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
