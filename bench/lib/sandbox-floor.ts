import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { resolveRuntime } from '../../packages/sandbox/src/resolve-runtime.ts';
import type { LaunchSpec } from '../../packages/sandbox/src/sandbox-worker.ts';
import { Histogram, type LatencySummary } from './stats.ts';

/**
 * One bare start of the sandbox's own isolation (namespaces, mounts, seccomp, uid) running
 * `python3 -I -S -c pass`: the floor of bench/sandbox-bench.ts, which cannot be imported (it
 * runs on import), so the same launch is repeated here.
 */
function bare(spec: LaunchSpec, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.bwrap, args, {
      stdio: ['ignore', 'ignore', 'pipe', 'ignore', spec.seccomp ? 'pipe' : 'ignore'],
      env: {},
      ...(spec.uid === undefined ? {} : { uid: spec.uid, gid: spec.gid ?? spec.uid }),
    });
    if (spec.seccomp) (child.stdio[4] as Writable).end(spec.seccomp);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`bare bwrap: ${code} ${stderr}`)),
    );
  });
}

/** p50/p99 of `runs` serial bare sandbox starts after 5 warm-ups; null when the host cannot isolate. */
export async function sandboxFloor(runs: number): Promise<LatencySummary | null> {
  const runtime = await resolveRuntime({}, 16 * 1024 * 1024);
  const spec = runtime.spec;
  if (!spec) return null;
  const args = [...spec.args.slice(0, spec.args.indexOf('-c')), '-c', 'pass'];
  for (let i = 0; i < 5; i++) await bare(spec, args);
  const histogram = new Histogram();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await bare(spec, args);
    histogram.record(performance.now() - started);
  }
  return histogram.summary();
}
