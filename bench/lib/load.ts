import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Deployment } from './deployment.ts';
import { HttpClient } from './http-client.ts';
import { ProcSampler, type ResourceSummary } from './proc-sampler.ts';
import { type OperationReport, Recorder } from './recorder.ts';
import { type LoopDelay, watchServerLoopDelay } from './server-loop-delay.ts';
import { type Routes, runStudent, type Sink } from './student.ts';

/** The resource name of one server process of a split deployment: `service:<id>`. */
export const SERVICE_PREFIX = 'service:';

/** A request a student made (not a socket delivery, nor the queue wait measured inside a run). */
export const isUserOperation = (op: string) => !op.startsWith('ws.') && op !== 'execute.queue';

export interface LoadOptions {
  students: number;
  rampUpS: number;
  steadyS: number;
  rampDownS: number;
  thinkMs: [number, number];
  chatTimeoutMs: number;
  routes: Routes;
  /** Where students open `/ws` (the gateway, unless its proxy fails; see chooseWebSocket). */
  wsUrl: string;
}

export interface LoadResult {
  students: number;
  seconds: number;
  ops: OperationReport[];
  steadyOps: OperationReport[];
  errors: number;
  errorReasons: { op: string; reason: string; count: number }[];
  /** Server processes, PostgreSQL / Kafka when the deployment uses them, and the whole machine. */
  resources: Record<string, ResourceSummary>;
  steadyResources: Record<string, ResourceSummary>;
  maxActiveStudents: number;
  generator: { cpuPct: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  /** Each server process's event-loop delay over the whole run, from its /metrics (null when unread). */
  serverLoopDelay: Record<string, LoopDelay | null>;
  /** The slowest operations with when they started (s after the first student): where stalls were. */
  slowest: { op: string; ms: number; atS: number; at: string }[];
  /** 1-minute load average at the start and at the end: others share this machine. */
  loadAverage: [number, number];
  /** Everything that completed, a second over the whole run. */
  throughput: number;
  steadyThroughput: number;
}

export const OP_ORDER = [
  'auth.register',
  'auth.login',
  'ws.connect',
  'curriculum',
  'topic.open',
  'chat.accept',
  'chat',
  'execute',
  'execute.queue',
  'exercise.list',
  'exercise.get',
  'exercise.submit',
  'quiz.list',
  'quiz.attempt',
  'progress',
  'ws.delivery',
  'ws.tutor',
  'ws.progress',
];

/**
 * Runs `students` simulated students against a deployment: starts spread over the ramp-up,
 * all active in the steady state, leaving one by one over the ramp-down; a hard deadline
 * (20 s after the ramp-down) aborts whatever is still running. Samples the server's CPU and RSS
 * and reads its event-loop delay.
 */
export async function runLoad(deployment: Deployment, options: LoadOptions): Promise<LoadResult> {
  const client = new HttpClient({ baseUrl: deployment.baseUrl, timeoutMs: 20_000 });
  const all = new Recorder();
  const steady = new Recorder();
  const t0 = performance.now();
  const rampEnd = t0 + options.rampUpS * 1000;
  const steadyEnd = rampEnd + options.steadyS * 1000;
  const end = steadyEnd + options.rampDownS * 1000;
  const inSteady = (at: number) => at >= rampEnd && at < steadyEnd;
  const slowest: LoadResult['slowest'] = [];
  const noteSlow = (op: string, ms: number, startedAt: number) => {
    if (slowest.length >= 10 && ms <= (slowest.at(-1)?.ms ?? 0)) return;
    const at = new Date(Date.now() - (performance.now() - startedAt)).toISOString();
    slowest.push({ op, ms: Math.round(ms), atS: Math.round((startedAt - t0) / 100) / 10, at });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 10);
  };
  const sink: Sink = {
    ok(op, ms, startedAt) {
      all.record(op, ms);
      if (isUserOperation(op) || op === 'ws.connect') noteSlow(op, ms, startedAt);
      if (inSteady(startedAt)) steady.record(op, ms);
    },
    fail(op, reason, startedAt) {
      all.error(op, reason);
      if (inSteady(startedAt)) steady.error(op, reason);
    },
  };
  const sampler = new ProcSampler();
  sampler.track('server', () => deployment.servers.map((s) => s.child.pid ?? 0).filter(Boolean));
  // Split: each process too, so a saturated service (or an idle replica) shows by name.
  if (deployment.servers.length > 1)
    for (const server of deployment.servers)
      sampler.track(`${SERVICE_PREFIX}${server.id}`, () => (server.child.pid ? [server.child.pid] : []));
  for (const [name, pid] of Object.entries(deployment.infra)) sampler.track(name, () => [pid]);
  sampler.trackMachine();
  sampler.start();
  const readServerLoopDelay = await watchServerLoopDelay(deployment.servers);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const cpuStart = process.cpuUsage();
  const loadStart = loadavg()[0] ?? 0;

  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const deadline = setTimeout(() => controller.abort(), end - t0 + 20_000);
  const runId = randomBytes(3).toString('hex');
  let active = 0;
  let maxActive = 0;
  const runs: Promise<void>[] = [];
  for (let index = 0; index < options.students; index++) {
    const startAt = t0 + (index / options.students) * options.rampUpS * 1000;
    const wait = startAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    active++;
    maxActive = Math.max(maxActive, active);
    runs.push(
      runStudent({
        index,
        runId,
        client,
        wsUrl: options.wsUrl,
        sink,
        routes: options.routes,
        thinkMs: options.thinkMs,
        stopAt: steadyEnd + ((index + 1) / options.students) * options.rampDownS * 1000,
        signal: controller.signal,
        chatTimeoutMs: options.chatTimeoutMs,
      })
        .catch((error: Error) => sink.fail('student', error.message, performance.now()))
        .finally(() => {
          active--;
        }),
    );
  }
  await Promise.all(runs);
  clearTimeout(deadline);
  const finished = performance.now();
  const serverLoopDelay = await readServerLoopDelay();
  sampler.stop();
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuStart);
  client.close();

  const seconds = (finished - t0) / 1000;
  const ops = all.report(seconds, OP_ORDER);
  const steadyOps = steady.report(options.steadyS, OP_ORDER);
  const completed = (reports: OperationReport[]) =>
    reports.filter((r) => isUserOperation(r.op)).reduce((sum, r) => sum + r.count, 0);
  return {
    students: options.students,
    seconds: Math.round(seconds),
    ops,
    steadyOps,
    errors: all.errorTotal,
    errorReasons: all.errorReasons(),
    resources: sampler.summaries(),
    steadyResources: sampler.summaries(rampEnd, steadyEnd),
    maxActiveStudents: maxActive,
    slowest,
    generator: {
      cpuPct: Math.round(((cpu.user + cpu.system) / 1000 / (finished - t0)) * 100),
      loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e4) / 100,
      loopDelayMaxMs: Math.round(loopDelay.max / 1e4) / 100,
    },
    serverLoopDelay,
    loadAverage: [Math.round(loadStart * 10) / 10, Math.round((loadavg()[0] ?? 0) * 10) / 10],
    throughput: Math.round((completed(ops) / seconds) * 10) / 10,
    steadyThroughput: Math.round((completed(steadyOps) / options.steadyS) * 10) / 10,
  };
}
