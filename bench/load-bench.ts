// LearnFlow under simulated students: sign up and in, open a topic, ask the tutor, run print(1),
// submit an exercise, answer a quiz, with think times; ramp-up, steady state, ramp-down; next to
// floors measured in the same run (bare Fastify, a bare sandbox start, the bus, a trivial query).
//   npm run bench                      full: 400 students, embedded then split (~15 minutes)
//   npm run bench -- --quick           quick: 200 students, embedded only (under 3 minutes)
//   npm run bench -- --floors          the floors alone (bare Fastify, gateway /health and /api/me, bus, db),
//     embedded unless --deployment says otherwise; with --profile, CPU profiles of /api/me alone (and, split,
//     of /api/progress through the gateway's proxy)
//   npm run bench -- --capacity        capacity: the quick profile in steps of students until a target
//     breaks, embedded only unless --deployment says otherwise [--steps 100,200,400,700,1000]; each step ramps up
//     at the quick profile's 10 sign-ups a second (1,000 students over 100 s) unless --ramp-up says otherwise
//   npm run bench -- --deployment split|embedded|both [--students N] [--ramp-up S] [--steady S]
//     [--ramp-down S] [--think 2000-8000] [--floor-requests N] [--log-level info] [--profile] [--reopen] [--keep]
// --profile: CPU profiles of the server processes over the load (inspector), summarised at the end.
// --reopen: embedded booted a second time on its data dir (no in-process initdb: a smaller heap).
// --replicas exercise-agent=2,progress=2: split only; those services run as that many processes in
//   their consumer group (Kafka splits the partitions, KAFKA_PARTITIONS per topic; HTTP to the first).
// Loopback only. The last line of the output is one JSON object with the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Capacity, findCapacity } from './lib/capacity.ts';
import { type Deployment, type DeploymentKind, startEmbedded, startSplit } from './lib/deployment.ts';
import { type Floors, measureFloors, profileRoute } from './lib/floors.ts';
import { HttpClient } from './lib/http-client.ts';
import { profileServers } from './lib/inspector-profiler.ts';
import { type LoadOptions, type LoadResult, runLoad } from './lib/load.ts';
import { onInterrupt } from './lib/on-interrupt.ts';
import { parseReplicas } from './lib/parse-replicas.ts';
import { chooseWebSocket, probeRoutes, probeUser, warmUp } from './lib/probe.ts';
import { summariseProfiles } from './lib/profile-summary.ts';
import {
  type DeploymentRun,
  figures,
  floorFigures,
  misses,
  printFloors,
  printRun,
  printTargets,
} from './lib/report.ts';
import { sandboxFloor } from './lib/sandbox-floor.ts';
import { sourceState } from './lib/source-state.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    floors: { type: 'boolean', default: false },
    capacity: { type: 'boolean', default: false },
    steps: { type: 'string' },
    deployment: { type: 'string' },
    students: { type: 'string' },
    'ramp-up': { type: 'string' },
    steady: { type: 'string' },
    'ramp-down': { type: 'string' },
    think: { type: 'string' },
    'floor-requests': { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reopen: { type: 'boolean', default: false },
    replicas: { type: 'string' },
  },
});
const quick = values.quick || values.capacity;
const preset = values.floors
  ? { students: 0, rampUp: 0, steady: 0, rampDown: 0, deployment: 'embedded', floorRequests: 2000 }
  : quick
    ? { students: 200, rampUp: 20, steady: 60, rampDown: 10, deployment: 'embedded', floorRequests: 500 }
    : { students: 400, rampUp: 60, steady: 180, rampDown: 30, deployment: 'both', floorRequests: 2000 };
const deploymentArg = values.deployment ?? preset.deployment;
if (!['embedded', 'split', 'both'].includes(deploymentArg))
  throw new Error(`--deployment ${deploymentArg}: one of embedded, split, both`);
const kinds: DeploymentKind[] =
  deploymentArg === 'both' ? ['embedded', 'split'] : [deploymentArg as DeploymentKind];
const [thinkMin = 2000, thinkMax = thinkMin] = (values.think ?? '2000-8000').split('-').map(Number);
if (!(thinkMin >= 0 && thinkMax >= thinkMin))
  throw new Error(`--think ${values.think}: MIN-MAX in ms, e.g. 2000-8000`);
const kafkaBrokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const workDir = mkdtempSync(join(tmpdir(), 'learnflow-bench-'));
const num = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
const floorRequests = num(values['floor-requests'], preset.floorRequests);
const replicas = parseReplicas(values.replicas);
if (Object.keys(replicas).length > 0 && !kinds.includes('split'))
  throw new Error('--replicas needs the split deployment: add --deployment split');
const steps = (values.steps ?? '100,200,400,700,1000,1500').split(',').map(Number);
// The quick profile's sign-up rate (200 students over 20 s); a capacity step keeps it, so a bigger step ramps up
// for longer instead of signing up more students a second than a class ever would.
const signUpsPerSecond = 10;
if (steps.some((n) => !(n > 0))) throw new Error(`--steps ${values.steps}: student counts, e.g. 100,200,400`);

let current: Deployment | null = null;
onInterrupt(async () => {
  await current?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const mode = values.floors ? 'floors' : values.capacity ? 'capacity' : quick ? 'quick' : 'full';
const source = sourceState();
console.log(
  `LearnFlow load bench (${mode}): ${kinds.join(' + ')}; ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB; commit ${source.commit}${source.uncommitted ? ` + ${source.uncommitted} uncommitted files` : ''}; logs in ${workDir}`,
);
const sandbox = values.floors ? null : await sandboxFloor(quick ? 30 : 100);
const runs: DeploymentRun[] = [];
const floorsOnly: { kind: DeploymentKind; floors: Floors }[] = [];
const capacities = new Map<DeploymentKind, Capacity>();
for (const kind of kinds) {
  const options = {
    workDir: join(workDir, kind),
    logLevel: values['log-level'],
    cpuProfile: values.profile,
    postgresAdminUrl: process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    kafkaBrokers,
    reopen: values.reopen,
    replicas,
  };
  const booting = performance.now();
  console.log(`\nstarting ${kind}...`);
  const deployment: Deployment =
    kind === 'embedded' ? await startEmbedded(options) : await startSplit(options);
  current = deployment;
  try {
    const bootSeconds = Math.round((performance.now() - booting) / 100) / 10;
    const client = new HttpClient({ baseUrl: deployment.baseUrl });
    const token = await probeUser(client);
    const floorOptions = {
      requests: floorRequests,
      concurrency: 16,
      kafkaBrokers: kafkaBrokers.split(','),
      token,
    };
    if (values.floors) {
      client.close();
      console.log(`${kind} up at ${deployment.baseUrl} in ${bootSeconds} s; measuring floors...`);
      const floors = await measureFloors(deployment, floorOptions);
      printFloors(kind, floors, null);
      floorsOnly.push({ kind, floors });
      if (values.profile) {
        await profileRoute(deployment, '/api/me', join(options.workDir, 'profiles'), floorOptions);
        if (kind === 'split')
          await profileRoute(
            deployment,
            '/api/progress',
            join(options.workDir, 'profiles-proxied'),
            floorOptions,
          );
      }
      continue;
    }
    const routes = await probeRoutes(client, token);
    const ws = await chooseWebSocket(deployment, token);
    if (ws.note) console.log(`note: ${ws.note}`);
    const warm = await warmUp(client, token, routes, 120_000);
    const warmUpSeconds = Math.round(warm.ms / 100) / 10;
    client.close();
    console.log(`${kind} up at ${deployment.baseUrl} in ${bootSeconds} s; measuring floors...`);
    const floors = await measureFloors(deployment, floorOptions);
    const loadOptions = (students: number): LoadOptions => ({
      students,
      rampUpS: num(
        values['ramp-up'],
        values.capacity ? Math.max(preset.rampUp, students / signUpsPerSecond) : preset.rampUp,
      ),
      steadyS: num(values.steady, preset.steady),
      rampDownS: num(values['ramp-down'], preset.rampDown),
      thinkMs: [thinkMin, thinkMax],
      chatTimeoutMs: 15_000,
      routes,
      wsUrl: ws.url,
    });
    const describe = (load: LoadResult, options: LoadOptions): DeploymentRun => ({
      kind,
      floors,
      load,
      options,
      bootSeconds,
      warmUpSeconds,
      firstSubmitMs: warm.firstSubmitMs === null ? null : Math.round(warm.firstSubmitMs),
      notes: ws.note ? [ws.note] : [],
      replicas: kind === 'split' ? replicas : {},
    });
    const profiles = join(options.workDir, 'profiles');
    const stopProfiling = values.profile ? await profileServers(deployment.servers, profiles) : null;
    let run: DeploymentRun;
    if (values.capacity) {
      const found = await findCapacity(deployment, steps, loadOptions, describe);
      capacities.set(kind, found);
      run = found.run;
    } else {
      const plan = loadOptions(num(values.students, preset.students));
      console.log(`running ${plan.students} students...`);
      run = describe(await runLoad(deployment, plan), plan);
    }
    await stopProfiling?.();
    runs.push(run);
    printRun(run, sandbox);
  } finally {
    current = null;
    await deployment.stop();
    if (values.profile)
      for (const dir of ['profiles', 'profiles-proxied']) summariseProfiles(join(options.workDir, dir), 25);
  }
}

if (!values.keep && !values.profile) rmSync(workDir, { recursive: true, force: true });

const header = {
  bench: 'load',
  mode,
  commit: source.commit,
  uncommitted_files: source.uncommitted,
  machine: { cores: availableParallelism(), memory_gb: Math.round(totalmem() / 2 ** 30) },
};
if (values.floors) {
  const all = floorsOnly.map(({ kind, floors }) => ({ deployment: kind, ...floorFigures(floors) }));
  console.log(
    JSON.stringify({
      ...header,
      load_average: loadavg().map((n) => Math.round(n * 100) / 100),
      ...all[0],
      deployments: Object.fromEntries(all.map((f) => [f.deployment, f])),
    }),
  );
} else {
  const all = runs.map((run) => {
    const f = figures(run);
    f.floors.sandbox_p50_ms = sandbox?.p50 ?? null;
    f.floors.sandbox_p99_ms = sandbox?.p99 ?? null;
    const capacity = capacities.get(run.kind);
    return capacity
      ? {
          ...f,
          capacity_students: capacity.capacity_students,
          capacity_ops_s: capacity.capacity_ops_s,
          capacity_steps: capacity.steps,
        }
      : f;
  });
  for (const [kind, capacity] of capacities) {
    console.log(
      `\ncapacity (${kind}): ${capacity.capacity_students} students (${capacity.capacity_ops_s ?? '-'} ops/s steady) with every target met; steps: ${capacity.steps.map((s) => `${s.students}${s.misses.length ? ` missed (${s.misses.join('; ')})` : ' ok'}`).join(', ')}`,
    );
  }
  printTargets(all);
  const [first] = all;
  console.log(
    JSON.stringify({
      ...header,
      ...first,
      misses: all.flatMap((f) => misses(f).map((m) => `${f.deployment}: ${m}`)),
      deployments: Object.fromEntries(all.map((f) => [f.deployment, f])),
    }),
  );
}
