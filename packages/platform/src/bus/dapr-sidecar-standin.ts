import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * TEST STAND-IN for a Dapr sidecar (`daprd`), for tests only: it speaks the part of Dapr's HTTP
 * protocol the Dapr bus uses, with an in-memory broker behind it. Publish
 * (`POST /v1.0/publish/{pubsub}/{topic}`, structured CloudEvents, `metadata.partitionKey`,
 * `metadata.rawPayload`), `GET /v1.0/healthz/outbound`, `GET /v1.0/metadata`; delivery to the
 * routes the app lists at `GET /dapr/subscribe`, one key's events in order (like a Kafka
 * partition), honouring SUCCESS / RETRY / DROP, 404 as drop and other errors as retry.
 *
 * Where it departs from daprd on purpose: daprd reads `/dapr/subscribe` once, when the app port
 * opens; the stand-in reads it again before each delivery, so a test can subscribe after start.
 */
export interface DaprSidecarStandinOptions {
  /** The app's port; may be given later with `attachApp` (the app needs the sidecar's port first). */
  appPort?: number;
  appHost?: string;
  appId?: string;
  pubsubName?: string;
  /** Delay before redelivering after RETRY or an error (default 20 ms). */
  retryDelayMs?: number;
  /** Redeliveries before the stand-in gives up on an event (default 50). */
  maxRetries?: number;
}

/** What happened to one delivery, for assertions. */
export interface StandinOutcome {
  topic: string;
  route: string;
  status: 'SUCCESS' | 'DROP' | 'GAVE_UP';
  attempts: number;
}

export interface PublishedRecord {
  pubsub: string;
  topic: string;
  contentType: string;
  metadata: Record<string, string>;
  body: string;
}

interface Route {
  pubsubname: string;
  topic: string;
  route?: string;
  routes?: { default?: string; rules?: { path: string }[] };
}

export async function startDaprSidecarStandin(options: DaprSidecarStandinOptions) {
  let appBase = `http://${options.appHost ?? '127.0.0.1'}:${options.appPort ?? 0}`;
  const appId = options.appId ?? 'standin-app';
  const pubsubName = options.pubsubName ?? 'pubsub';
  const retryDelayMs = options.retryDelayMs ?? 20;
  const maxRetries = options.maxRetries ?? 50;
  const published: PublishedRecord[] = [];
  const outcomes: StandinOutcome[] = [];
  const chains = new Map<string, Promise<void>>();
  let healthy = true;
  let stopped = false;

  async function routesFor(topic: string): Promise<string[]> {
    const response = await fetch(`${appBase}/dapr/subscribe`);
    if (response.status === 404) return [];
    const list = (await response.json()) as Route[];
    return list
      .filter((s) => s.pubsubname === pubsubName && s.topic === topic)
      .map((s) => s.route ?? s.routes?.default ?? s.routes?.rules?.[0]?.path ?? '')
      .filter((route) => route !== '');
  }

  async function deliver(topic: string, route: string, body: string, contentType: string) {
    for (let attempt = 1; !stopped; attempt++) {
      let status: 'SUCCESS' | 'DROP' | 'RETRY' = 'RETRY';
      try {
        const response = await fetch(`${appBase}${route}`, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body,
        });
        const text = await response.text();
        if (response.status === 404) status = 'DROP';
        else if (response.ok) {
          const answer = text ? ((JSON.parse(text) as { status?: string }).status ?? '') : '';
          status =
            answer === '' || answer.toUpperCase() === 'SUCCESS'
              ? 'SUCCESS'
              : answer === 'DROP'
                ? 'DROP'
                : 'RETRY';
        }
      } catch {
        status = 'RETRY';
      }
      if (status !== 'RETRY') return void outcomes.push({ topic, route, status, attempts: attempt });
      if (attempt > maxRetries)
        return void outcomes.push({ topic, route, status: 'GAVE_UP', attempts: attempt });
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    }
  }

  function enqueue(topic: string, key: string, body: string, contentType: string) {
    const id = `${topic}\u0000${key}`;
    const next = (chains.get(id) ?? Promise.resolve()).then(async () => {
      const routes = await routesFor(topic).catch(() => []);
      for (const route of routes) await deliver(topic, route, body, contentType);
    });
    chains.set(id, next);
    void next.then(() => chains.get(id) === next && chains.delete(id));
  }

  function publish(pubsub: string, topic: string, url: URL, contentType: string, body: string) {
    const metadata: Record<string, string> = {};
    for (const [name, value] of url.searchParams)
      if (name.startsWith('metadata.')) metadata[name.slice('metadata.'.length)] = value;
    published.push({ pubsub, topic, contentType, metadata, body });
    if (metadata.rawPayload === 'true') return enqueue(topic, metadata.partitionKey ?? '', body, contentType);
    let event: Record<string, unknown>;
    if (contentType.startsWith('application/cloudevents+json')) {
      event = JSON.parse(body) as Record<string, unknown>;
    } else {
      let data: unknown = body;
      try {
        data = JSON.parse(body);
      } catch {}
      event = {
        specversion: '1.0',
        id: randomUUID(),
        source: appId,
        type: 'com.dapr.event.sent',
        datacontenttype: contentType,
        data,
      };
    }
    // Like daprd: the sidecar adds its own attributes to the event it forwards.
    const traceparent = `00-${randomUUID().replaceAll('-', '')}-${randomUUID().replaceAll('-', '').slice(0, 16)}-01`;
    Object.assign(event, { topic, pubsubname: pubsub, traceid: traceparent, traceparent, tracestate: '' });
    enqueue(topic, metadata.partitionKey ?? '', JSON.stringify(event), 'application/cloudevents+json');
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://standin');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, json?: unknown) => {
      response.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const match = /^\/v1\.0\/publish\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'POST' && match) {
      const [pubsub, topic] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? '')];
      if (pubsub !== pubsubName)
        return send(404, { errorCode: 'ERR_PUBSUB_NOT_FOUND', message: `pubsub ${pubsub} not found` });
      try {
        publish(pubsub, topic, url, request.headers['content-type'] ?? 'application/json', body);
      } catch (error) {
        return send(400, { errorCode: 'ERR_PUBSUB_CLOUD_EVENTS_SER', message: String(error) });
      }
      return send(204);
    }
    if (request.method === 'GET' && url.pathname === '/v1.0/healthz/outbound')
      return send(healthy ? 204 : 500);
    if (request.method === 'GET' && url.pathname === '/v1.0/metadata') {
      const subscriptions = await fetch(`${appBase}/dapr/subscribe`)
        .then((r) => r.json())
        .catch(() => []);
      return send(200, {
        id: appId,
        components: [{ name: pubsubName, type: 'pubsub.standin' }],
        subscriptions,
      });
    }
    return send(404, { errorCode: 'ERR_DIRECT_INVOKE', message: `no route ${url.pathname}` });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    published,
    attachApp(port: number, host = '127.0.0.1') {
      appBase = `http://${host}:${port}`;
    },
    outcomes,
    setHealthy(value: boolean) {
      healthy = value;
    },
    /** Resolves when no delivery is queued or in flight. */
    async drain() {
      while (chains.size > 0) await Promise.all(chains.values());
    },
    async close() {
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type DaprSidecarStandin = Awaited<ReturnType<typeof startDaprSidecarStandin>>;
