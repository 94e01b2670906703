import { Agent, request } from 'node:http';

/** One answer: its status, its parsed JSON body (null when none or not JSON) and the time it took. */
export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

export interface HttpClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

/**
 * A keep-alive JSON client on node:http: one socket per request in flight, reused after, no
 * limit (a queue in the client would pass for server latency). Network errors and timeouts
 * come back as status 0 with the message as body, so callers count them instead of throwing.
 */
export class HttpClient {
  readonly agent = new Agent({
    keepAlive: true,
    maxSockets: Number.POSITIVE_INFINITY,
    maxFreeSockets: 1_024,
  });
  private readonly host: string;
  private readonly port: number;
  private readonly timeoutMs: number;

  constructor(options: HttpClientOptions) {
    const url = new URL(options.baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  get<T = unknown>(path: string, token?: string): Promise<HttpResult<T>> {
    return this.send<T>('GET', path, undefined, token);
  }

  post<T = unknown>(path: string, body: unknown, token?: string): Promise<HttpResult<T>> {
    return this.send<T>('POST', path, body, token);
  }

  send<T>(method: string, path: string, body: unknown, token?: string): Promise<HttpResult<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (token) headers.authorization = `Bearer ${token}`;
    const started = performance.now();
    return new Promise((resolve) => {
      const req = request(
        { host: this.host, port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) =>
            resolve({ status: 0, body: error.message as T, ms: performance.now() - started }),
          );
          res.on('end', () => {
            const ms = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = text;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T, ms });
          });
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms`)));
      req.on('error', (error) =>
        resolve({ status: 0, body: error.message as T, ms: performance.now() - started }),
      );
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
