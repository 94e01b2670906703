import { setTimeout as sleep } from 'node:timers/promises';

export interface DaprSidecarClientOptions {
  /** The sidecar's HTTP port (`DAPR_HTTP_PORT`). */
  httpPort: number;
  /** Default 127.0.0.1: the sidecar shares the pod's network namespace. */
  host?: string;
  pubsubName: string;
  /** Per request, in ms (default 5 000). */
  timeoutMs?: number;
}

export interface PublishRequest {
  topic: string;
  body: string | Buffer;
  contentType: string;
  /** Sent as `metadata.<name>` query parameters (`partitionKey`, `rawPayload`). */
  metadata?: Record<string, string>;
}

/** A publish the sidecar refused: `retriable` when trying again can help (5xx, not reachable). */
export class DaprPublishError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
    this.name = 'DaprPublishError';
  }
}

const ATTEMPTS = 3;

/**
 * The two calls the bus makes to its Dapr sidecar: publish (`POST /v1.0/publish/{pubsub}/{topic}`)
 * and the outbound health check (`GET /v1.0/healthz/outbound`, which does not wait for the app, so
 * `/ready` does not go round in a circle through the sidecar's app health check).
 */
export function createDaprSidecarClient(options: DaprSidecarClientOptions) {
  const base = `http://${options.host ?? '127.0.0.1'}:${options.httpPort}`;
  const timeoutMs = options.timeoutMs ?? 5_000;

  async function publishOnce(request: PublishRequest): Promise<void> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(request.metadata ?? {})) query.set(`metadata.${name}`, value);
    const url = `${base}/v1.0/publish/${encodeURIComponent(options.pubsubName)}/${encodeURIComponent(request.topic)}${query.size > 0 ? `?${query}` : ''}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': request.contentType },
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new DaprPublishError(`the Dapr sidecar at ${base} is not reachable: ${describe(error)}`, true);
    }
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    const text = (await response.text().catch(() => '')).slice(0, 500);
    throw new DaprPublishError(
      `Dapr refused the publish to ${request.topic} (HTTP ${response.status}): ${text}`,
      response.status >= 500,
    );
  }

  return {
    baseUrl: base,
    /** Publishes, trying again briefly while the sidecar is starting or answers 5xx. */
    async publish(request: PublishRequest): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await publishOnce(request);
        } catch (error) {
          if (!(error instanceof DaprPublishError) || !error.retriable || attempt >= ATTEMPTS) throw error;
          await sleep(100 * 2 ** (attempt - 1));
        }
      }
    },
    async healthy(pingTimeoutMs = 1_000): Promise<boolean> {
      try {
        const response = await fetch(`${base}/v1.0/healthz/outbound`, {
          signal: AbortSignal.timeout(pingTimeoutMs),
        });
        await response.body?.cancel();
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}

export type DaprSidecarClient = ReturnType<typeof createDaprSidecarClient>;

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
