// Sandbox throughput and latency: print(1) and a ~100 ms CPU task, serial and at 2x cores concurrency,
// next to the floor of a bare `bwrap <same isolation> python3 -I -S -c pass` measured in the same run.
//   npx tsx bench/sandbox-bench.ts [--runs 200] [--cpu-runs 30]
// Latency is from `run()` being called to its result (queueing included); runs/s is runs over wall time
// (minus the pauses of the paced case, whose runs/s is therefore only what the pauses leave room for).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createSandbox } from '../packages/sandbox/src/create-sandbox.ts';
import { resolveRuntime } from '../packages/sandbox/src/resolve-runtime.ts';
import type { LaunchSpec } from '../packages/sandbox/src/sandbox-worker.ts';
import type { RunRequest, Sandbox } from '../packages/sandbox/src/types.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, 'cpu-runs': { type: 'string', default: '30' } },
});
const RUNS = Number(values.runs);
const CPU_RUNS = Number(values['cpu-runs']);
const cores = availableParallelism();

interface Row {
  name: string;
  concurrency: number;
  runs: number;
  runsPerSecond: number;
  p50: number;
  p99: number;
  /** Time inside the sandbox (request sent to result), p50. */
  sandboxP50?: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const round = (value: number) => Math.round(value * 10) / 10;

async function measure(
  name: string,
  concurrency: number,
  runs: number,
  once: () => Promise<number | undefined>,
  pauseMs = 0,
): Promise<Row> {
  const latencies: number[] = [];
  const inside: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        next += 1;
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        const t = performance.now();
        const sandboxMs = await once();
        latencies.push(performance.now() - t);
        if (sandboxMs !== undefined) inside.push(sandboxMs);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000 - (runs * pauseMs) / concurrency / 1000;
  latencies.sort((a, b) => a - b);
  inside.sort((a, b) => a - b);
  return {
    name,
    concurrency,
    runs,
    runsPerSecond: round(runs / seconds),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    ...(inside.length > 0 ? { sandboxP50: round(percentile(inside, 50)) } : {}),
  };
}

/** One bare start of the same sandbox (namespaces, mounts, seccomp, uid) running `python3 -I -S -c pass`. */
function bare(spec: LaunchSpec, args: string[]): Promise<undefined> {
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
      code === 0 ? resolve(undefined) : reject(new Error(`bare bwrap: ${code} ${stderr}`)),
    );
  });
}

async function sandboxRun(sandbox: Sandbox, request: RunRequest, expected: string) {
  const result = await sandbox.run(request);
  if (result.stdout !== expected) throw new Error(`unexpected output ${JSON.stringify(result)}`);
  return result.durationMs;
}

const runtime = await resolveRuntime({}, 16 * 1024 * 1024);
if (!runtime.spec) throw new Error(`the sandbox cannot run here: ${runtime.check.problems.join('; ')}`);
const spec = runtime.spec;
const bareArgs = [...spec.args.slice(0, spec.args.indexOf('-c')), '-c', 'pass'];

const sandbox = createSandbox({ maxQueue: 10_000 });
const print1: RunRequest = { code: 'print(1)' };
// calibrate a pure-Python loop to about 100 ms of CPU inside the sandbox
let loops = 2_000_000;
for (let attempt = 0; attempt < 3; attempt++) {
  const result = await sandbox.run({ code: `n = 0\nfor i in range(${loops}):\n    n += i\nprint("ok")` });
  const ms = result.durationMs;
  loops = Math.round((loops * 100) / Math.max(ms, 1));
}
const cpuTask: RunRequest = { code: `n = 0\nfor i in range(${loops}):\n    n += i\nprint("ok")` };

const rows: Row[] = [];
for (let index = 0; index < 20; index++) await bare(spec, bareArgs);
rows.push(await measure('floor: bare bwrap + python3 -I -S -c pass', 1, RUNS, () => bare(spec, bareArgs)));
rows.push(
  await measure('floor: bare bwrap + python3 -I -S -c pass', cores * 2, RUNS, () => bare(spec, bareArgs)),
);
for (let index = 0; index < 20; index++) await sandboxRun(sandbox, print1, '1\n');
rows.push(
  await measure('print(1), 30 ms apart (warm pool)', 1, 50, () => sandboxRun(sandbox, print1, '1\n'), 30),
);
rows.push(await measure('print(1)', 1, RUNS, () => sandboxRun(sandbox, print1, '1\n')));
rows.push(await measure('print(1)', cores * 2, RUNS, () => sandboxRun(sandbox, print1, '1\n')));
rows.push(await measure('~100 ms CPU task', 1, CPU_RUNS, () => sandboxRun(sandbox, cpuTask, 'ok\n')));
rows.push(
  await measure('~100 ms CPU task', cores * 2, CPU_RUNS * 2, () => sandboxRun(sandbox, cpuTask, 'ok\n')),
);
await sandbox.close();

console.log(
  `cores: ${cores}; python ${runtime.check.python?.version} (${runtime.check.python?.path}); bwrap ${runtime.check.bwrap?.version}; CPU task: ${loops} loop iterations`,
);
console.log('| case | concurrency | runs | runs/s | p50 ms | p99 ms | in-sandbox p50 ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.concurrency} | ${row.runs} | ${row.runsPerSecond} | ${row.p50} | ${row.p99} | ${row.sandboxP50 ?? '-'} |`,
  );
}
console.log(JSON.stringify({ cores, loops, rows }));
