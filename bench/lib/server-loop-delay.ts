import type { ServerProcess } from './deployment.ts';

/** One server's event-loop delay over a window, ms (monitorEventLoopDelay behind prom-client's /metrics). */
export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const GAUGES = {
  p50Ms: 'nodejs_eventloop_lag_p50_seconds',
  p99Ms: 'nodejs_eventloop_lag_p99_seconds',
  maxMs: 'nodejs_eventloop_lag_max_seconds',
} as const;

async function scrape(server: ServerProcess): Promise<LoopDelay | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (res.status !== 200) return null;
    const text = await res.text();
    const read = (name: string) => {
      const value = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1];
      return value === undefined ? Number.NaN : Math.round(Number(value) * 1e5) / 100;
    };
    const delay = {
      p50Ms: read(GAUGES.p50Ms),
      p99Ms: read(GAUGES.p99Ms),
      maxMs: read(GAUGES.maxMs),
    };
    return Object.values(delay).every(Number.isFinite) ? delay : null;
  } catch {
    return null;
  }
}

/**
 * Reads each server's event-loop delay over a window. prom-client resets its histogram on every
 * scrape of /metrics, so `start` scrapes once to open the window and the function it returns
 * scrapes again to read the delays since then (nothing else scrapes a bench's servers).
 */
export async function watchServerLoopDelay(
  servers: ServerProcess[],
): Promise<() => Promise<Record<string, LoopDelay | null>>> {
  await Promise.all(servers.map(scrape));
  return async () =>
    Object.fromEntries(await Promise.all(servers.map(async (s) => [s.id, await scrape(s)] as const)));
}
