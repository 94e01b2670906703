import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { ServerProcess } from './deployment.ts';

/**
 * A CPU profile of a running Node process over its inspector (started with --inspect), so the
 * profile covers the load window only, not boot and module loading (which `--cpu-prof` would).
 */
export class InspectorProfiler {
  private next = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message.result ?? message.error);
      this.pending.delete(message.id);
    });
  }

  static async attach(port: number): Promise<InspectorProfiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`no inspector target on port ${port}`);
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new InspectorProfiler(socket);
  }

  private send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, (result) => resolve(result as T));
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async start(): Promise<void> {
    await this.send('Profiler.enable');
    await this.send('Profiler.setSamplingInterval', { interval: 1000 });
    await this.send('Profiler.start');
  }

  /** Stops, writes the profile (Chrome DevTools / speedscope format) to `path`, and detaches. */
  async stop(path: string): Promise<void> {
    const { profile } = await this.send<{ profile: unknown }>('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    this.socket.close();
  }
}

/** Starts a profile in every server started with --inspect; the returned function writes `<dir>/<id>.cpuprofile`. */
export async function profileServers(servers: ServerProcess[], dir: string): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  const running: { id: string; profiler: InspectorProfiler }[] = [];
  for (const server of servers) {
    if (!server.inspectPort) continue;
    const profiler = await InspectorProfiler.attach(server.inspectPort);
    await profiler.start();
    running.push({ id: server.id, profiler });
  }
  return async () => {
    for (const { id, profiler } of running) await profiler.stop(join(dir, `${id}.cpuprofile`));
  };
}
