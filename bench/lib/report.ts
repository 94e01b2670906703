import type { DeploymentKind } from './deployment.ts';
import type { Floors } from './floors.ts';
import type { RouteTiming } from './http-floor.ts';
import { isUserOperation, type LoadOptions, type LoadResult, SERVICE_PREFIX } from './load.ts';
import type { OperationReport } from './recorder.ts';
import { type LatencySummary, ratio } from './stats.ts';
import { table } from './table.ts';

export interface DeploymentRun {
  kind: DeploymentKind;
  floors: Floors;
  load: LoadResult;
  options: LoadOptions;
  bootSeconds: number;
  warmUpSeconds: number;
  /** The warm-up's first exercise submission after boot (one-time loads included), ms. */
  firstSubmitMs: number | null;
  /** Deviations from the plan (e.g. where the WebSockets went), printed and in the JSON. */
  notes: string[];
  /** Split: the services started more than once, and how many times. */
  replicas: Record<string, number>;
}

const op = (reports: OperationReport[], name: string) => reports.find((r) => r.op === name) ?? null;

/** The figures of one deployment, flat, as the JSON line carries them. */
export function figures(run: DeploymentRun) {
  const { load, floors } = run;
  const chat = op(load.ops, 'chat');
  const execute = op(load.ops, 'execute');
  const ws = op(load.ops, 'ws.delivery');
  const server = load.resources.server;
  const steady = (name: string) => op(load.steadyOps, name);
  // Split: the worst of its processes (the embedded deployment is one).
  const loopDelays = Object.values(load.serverLoopDelay);
  const worstLoopDelay = (key: 'p50Ms' | 'p99Ms') =>
    loopDelays.some((d) => d === null) ? null : Math.max(...loopDelays.map((d) => d?.[key] ?? 0));
  return {
    deployment: run.kind,
    students: load.students,
    duration_s: load.seconds,
    chat_p50_ms: chat?.p50 ?? null,
    chat_p95_ms: chat?.p95 ?? null,
    chat_p99_ms: chat?.p99 ?? null,
    execute_p50_ms: execute?.p50 ?? null,
    execute_p99_ms: execute?.p99 ?? null,
    execute_queue_p99_ms: op(load.ops, 'execute.queue')?.p99 ?? null,
    ws_p50_ms: ws?.p50 ?? null,
    ws_p99_ms: ws?.p99 ?? null,
    errors: load.errors,
    operations: load.ops.filter((r) => isUserOperation(r.op)).reduce((sum, r) => sum + r.count, 0),
    throughput_ops_s: load.throughput,
    steady: {
      throughput_ops_s: load.steadyThroughput,
      chat_p95_ms: steady('chat')?.p95 ?? null,
      execute_p50_ms: steady('execute')?.p50 ?? null,
      execute_p99_ms: steady('execute')?.p99 ?? null,
      ws_p99_ms: steady('ws.delivery')?.p99 ?? null,
    },
    server_cpu_avg_pct: server?.cpuAvgPct ?? null,
    server_cpu_max_pct: server?.cpuMaxPct ?? null,
    server_rss_max_mb: server?.rssMaxMb ?? null,
    replicas: run.replicas,
    server_loop_delay_p50_ms: worstLoopDelay('p50Ms'),
    server_loop_delay_p99_ms: worstLoopDelay('p99Ms'),
    infra: Object.fromEntries(
      Object.entries(load.resources)
        .filter(([name]) => name !== 'server' && name !== 'machine' && !name.startsWith(SERVICE_PREFIX))
        .map(([name, r]) => [name, { cpu_avg_pct: r.cpuAvgPct, rss_max_mb: r.rssMaxMb }]),
    ),
    services: Object.fromEntries(
      Object.entries(load.steadyResources)
        .filter(([name]) => name.startsWith(SERVICE_PREFIX))
        .map(([name, r]) => [name.slice(SERVICE_PREFIX.length), { steady_cpu_avg_pct: r.cpuAvgPct }]),
    ),
    machine_cpu_avg_pct: load.resources.machine?.cpuAvgPct ?? null,
    load_average: load.loadAverage,
    generator_cpu_pct: load.generator.cpuPct,
    generator_loop_delay_p99_ms: load.generator.loopDelayP99Ms,
    cold_first_submit_ms: run.firstSubmitMs,
    notes: run.notes,
    skipped: Object.entries(run.options.routes)
      .filter(([, present]) => !present)
      .map(([name]) => name),
    floors: floorFigures(floors),
  };
}

/** The floors of one deployment, flat, as the JSON line carries them (ratios at p50, serial unless `_loaded`). */
export function floorFigures(floors: Floors) {
  return {
    http_bare_p50_ms: floors.http.bare.serial.p50,
    http_bare_p99_ms: floors.http.bare.serial.p99,
    http_gateway_health_p50_ms: floors.http.health.serial.p50,
    http_gateway_me_p50_ms: floors.http.me.serial.p50,
    gateway_overhead_ratio: ratio(floors.http.health.serial.p50, floors.http.bare.serial.p50),
    gateway_overhead_ratio_loaded: ratio(floors.http.health.loaded.p50, floors.http.bare.loaded.p50),
    gateway_me_ratio: ratio(floors.http.me.serial.p50, floors.http.bare.serial.p50),
    gateway_me_ratio_loaded: ratio(floors.http.me.loaded.p50, floors.http.bare.loaded.p50),
    ...(floors.http.proxied
      ? {
          proxy_gateway_p50_ms: floors.http.proxied.gateway.serial.p50,
          proxy_direct_p50_ms: floors.http.proxied.direct.serial.p50,
          proxy_overhead_ratio: ratio(
            floors.http.proxied.gateway.serial.p50,
            floors.http.proxied.direct.serial.p50,
          ),
        }
      : {}),
    sandbox_p50_ms: null as number | null,
    sandbox_p99_ms: null as number | null,
    bus_kind: floors.bus.kind,
    bus_p50_ms: floors.bus.latency.p50,
    bus_p99_ms: floors.bus.latency.p99,
    db_kind: floors.db.kind,
    db_p50_ms: floors.db.latency.p50,
    db_p99_ms: floors.db.latency.p99,
  };
}

export type Figures = ReturnType<typeof figures>;

/** A target's miss as a sentence, pushed onto `out`. */
function checker(out: string[]) {
  return (name: string, value: number | null, limit: number) => {
    if (value === null) out.push(`${name}: not measured`);
    else if (value > limit) out.push(`${name} ${value} > ${limit}`);
  };
}

/** The issue's targets under load, checked against one deployment's figures; each miss as a sentence. */
export function loadMisses(f: Figures): string[] {
  const out: string[] = [];
  const over = checker(out);
  if (f.deployment === 'embedded') {
    over('chat_p95_ms', f.chat_p95_ms, 250);
    over('execute_p50_ms', f.execute_p50_ms, 40);
    over('execute_p99_ms', f.execute_p99_ms, 150);
    over('ws_p99_ms', f.ws_p99_ms, 20);
  } else {
    over('chat_p95_ms (Kafka)', f.chat_p95_ms, 400);
  }
  if (f.errors > 0) out.push(`errors ${f.errors} > 0`);
  return out;
}

/**
 * The floor target, measured idle once per run (so the same for every capacity step): the gateway's overhead on
 * an authenticated route, `GET /api/me`, at most 2x the bare Fastify floor.
 */
export function floorMisses(f: Figures): string[] {
  const out: string[] = [];
  checker(out)('gateway_me_ratio', f.floors.gateway_me_ratio, 2);
  return out;
}

/** Every target of the quick profile: the load's, the floor's and its size (200 students). */
export function misses(f: Figures): string[] {
  const size = f.deployment === 'embedded' && f.students < 200 ? [`students ${f.students} < 200`] : [];
  return [...loadMisses(f), ...(f.deployment === 'embedded' ? floorMisses(f) : []), ...size];
}

const latencyRow = (name: string, s: LatencySummary | null, extra: (string | number | null)[] = []) => [
  name,
  s?.count ?? null,
  s?.p50 ?? null,
  s?.p95 ?? null,
  s?.p99 ?? null,
  s?.max ?? null,
  ...extra,
];

const routeRows = (name: string, t: RouteTiming) => [
  latencyRow(`${name}, serial`, t.serial, [null]),
  latencyRow(`${name}, ${t.concurrency} in flight`, t.loaded, [t.requestsPerSecond]),
];

/** The floors table of one deployment (the sandbox row when it was measured). */
export function printFloors(kind: DeploymentKind, floors: Floors, sandbox: LatencySummary | null): void {
  console.log('\nfloors, measured idle in this run (ms):');
  const floorRows = [
    ...routeRows('bare Fastify GET /health (floor)', floors.http.bare),
    ...routeRows(`${kind} GET /health`, floors.http.health),
    ...routeRows(`${kind} GET /api/me`, floors.http.me),
    ...(floors.http.proxied
      ? [
          ...routeRows('GET /api/progress via gateway', floors.http.proxied.gateway),
          ...routeRows('GET /api/progress direct', floors.http.proxied.direct),
        ]
      : []),
    ...(sandbox ? [latencyRow('sandbox: bwrap python3 -I -S -c pass', sandbox, [null])] : []),
    latencyRow(`bus: ${floors.bus.kind} publish -> consume`, floors.bus.latency, [null]),
    latencyRow(`db: ${floors.db.kind} select 1 from users where id = $1`, floors.db.latency, [null]),
  ];
  console.log(table(['floor', 'n', 'p50', 'p95', 'p99', 'max', 'req/s'], floorRows));
}

/** The readable part of the output for one deployment. */
export function printRun(run: DeploymentRun, sandbox: LatencySummary | null): void {
  const { load, floors, options } = run;
  console.log(
    `\n== ${run.kind}${
      Object.keys(run.replicas).length > 0
        ? ` (${Object.entries(run.replicas)
            .map(([id, n]) => `${id} x${n}`)
            .join(', ')})`
        : ''
    }: ${load.students} students, ${load.seconds} s (ramp-up ${options.rampUpS} s, steady ${options.steadyS} s, ramp-down ${options.rampDownS} s), think ${options.thinkMs[0] / 1000}-${options.thinkMs[1] / 1000} s; boot ${run.bootSeconds} s, warm-up ${run.warmUpSeconds} s (its first exercise submission: ${run.firstSubmitMs ?? '-'} ms)\n`,
  );
  const rows = (reports: OperationReport[]) =>
    reports.map((r) => [r.op, r.count, r.errors, r.p50, r.p95, r.p99, r.max, r.perSecond]);
  console.log('whole run (ms):');
  console.log(table(['operation', 'ok', 'errors', 'p50', 'p95', 'p99', 'max', 'ok/s'], rows(load.ops)));
  console.log('\nsteady state only (ms):');
  console.log(table(['operation', 'ok', 'errors', 'p50', 'p95', 'p99', 'max', 'ok/s'], rows(load.steadyOps)));
  for (const note of run.notes) console.log(`\nnote: ${note}`);
  const skipped = Object.entries(options.routes).filter(([, present]) => !present);
  if (skipped.length > 0)
    console.log(`\nnot deployed (no route), skipped: ${skipped.map(([name]) => name).join(', ')}`);
  if (load.errorReasons.length > 0) {
    console.log('\nerrors:');
    for (const e of load.errorReasons.slice(0, 15)) console.log(`  ${e.op}: ${e.reason} x${e.count}`);
  }
  console.log(
    `\nslowest operations (op ms @ s after the first student): ${load.slowest.map((x) => `${x.op} ${x.ms} @${x.atS}`).join(', ')} (the first started ${load.slowest[0]?.at ?? '-'})`,
  );
  printFloors(run.kind, floors, sandbox);
  console.log(
    '\nresources (CPU in % of one core; RSS of the process tree; machine = every process, RSS = memory in use):',
  );
  console.log(
    table(
      ['process', 'cpu avg', 'cpu max', 'steady cpu avg', 'rss max MB', 'rss end MB'],
      Object.entries(load.resources).map(([name, r]) => [
        name,
        r.cpuAvgPct,
        r.cpuMaxPct,
        load.steadyResources[name]?.cpuAvgPct ?? null,
        r.rssMaxMb,
        r.rssEndMb,
      ]),
    ),
  );
  console.log(
    `server event-loop delay over the run (ms): ${Object.entries(load.serverLoopDelay)
      .map(([id, d]) => `${id} ${d ? `p50 ${d.p50Ms}, p99 ${d.p99Ms}, max ${d.maxMs}` : 'not read'}`)
      .join('; ')}`,
  );
  console.log(
    `generator (this process): cpu ${load.generator.cpuPct}%, event-loop delay p99 ${load.generator.loopDelayP99Ms} ms (max ${load.generator.loopDelayMaxMs}); load average ${load.loadAverage.join(' -> ')}; peak ${load.maxActiveStudents} students; ${load.throughput} ops/s (steady ${load.steadyThroughput})`,
  );
}

export function printTargets(all: Figures[]): void {
  console.log('\ntargets:');
  for (const f of all) {
    const missed = misses(f);
    console.log(`  ${f.deployment}: ${missed.length === 0 ? 'all met' : `missed: ${missed.join('; ')}`}`);
  }
}
