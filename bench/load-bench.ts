// LearnFlow under simulated students: sign up and in, open a topic, ask the tutor, run print(1),
// submit an exercise, answer a quiz, with think times; ramp-up, steady state, ramp-down; next to
// floors measured in the same run (bare Fastify, a bare sandbox start, the bus, a trivial query).
//   npm run bench                      full: 400 students, embedded then split (~15 minutes)
//   npm run bench -- --quick           quick: 200 students, embedded only (under 3 minutes)
//   npm run bench -- --deployment split|embedded|both [--students N] [--ramp-up S] [--steady S]
//     [--ramp-down S] [--think 2000-8000] [--floor-requests N] [--log-level info] [--profile] [--reopen] [--keep]
// --profile: CPU profiles of the server processes over the load (inspector), summarised at the end.
// --reopen: embedded booted a second time on its data dir (no in-process initdb: a smaller heap).
// Loopback only. The last line of the output is one JSON object with the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Deployment, type DeploymentKind, startEmbedded, startSplit } from './lib/deployment.ts';
import { measureFloors } from './lib/floors.ts';
import { HttpClient } from './lib/http-client.ts';
import { profileServers } from './lib/inspector-profiler.ts';
import { type LoadOptions, runLoad } from './lib/load.ts';
import { onInterrupt } from './lib/on-interrupt.ts';
import { chooseWebSocket, probeRoutes, probeUser, warmUp } from './lib/probe.ts';
import { summariseProfiles } from './lib/profile-summary.ts';
import { type DeploymentRun, figures, misses, printRun, printTargets } from './lib/report.ts';
import { sandboxFloor } from './lib/sandbox-floor.ts';
import { sourceState } from './lib/source-state.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
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
  },
});
const quick = values.quick;
const preset = quick
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

let current: Deployment | null = null;
onInterrupt(async () => {
  await current?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const source = sourceState();
console.log(
  `LearnFlow load bench (${quick ? 'quick' : 'full'}): ${kinds.join(' + ')}; ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB; commit ${source.commit}${source.uncommitted ? ` + ${source.uncommitted} uncommitted files` : ''}; logs in ${workDir}`,
);
const sandbox = await sandboxFloor(quick ? 30 : 100);
const runs: DeploymentRun[] = [];
for (const kind of kinds) {
  const options = {
    workDir: join(workDir, kind),
    logLevel: values['log-level'],
    cpuProfile: values.profile,
    postgresAdminUrl: process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    kafkaBrokers,
    reopen: values.reopen,
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
    const routes = await probeRoutes(client, token);
    const ws = await chooseWebSocket(deployment, token);
    if (ws.note) console.log(`note: ${ws.note}`);
    const warm = await warmUp(client, token, routes, 120_000);
    const warmUpSeconds = Math.round(warm.ms / 100) / 10;
    client.close();
    console.log(`${kind} up at ${deployment.baseUrl} in ${bootSeconds} s; measuring floors...`);
    const floors = await measureFloors(deployment, {
      requests: floorRequests,
      concurrency: 16,
      kafkaBrokers: kafkaBrokers.split(','),
      token,
    });
    const loadOptions: LoadOptions = {
      students: num(values.students, preset.students),
      rampUpS: num(values['ramp-up'], preset.rampUp),
      steadyS: num(values.steady, preset.steady),
      rampDownS: num(values['ramp-down'], preset.rampDown),
      thinkMs: [thinkMin, thinkMax],
      chatTimeoutMs: 15_000,
      routes,
      wsUrl: ws.url,
    };
    console.log(`running ${loadOptions.students} students...`);
    const profiles = join(options.workDir, 'profiles');
    const stopProfiling = values.profile ? await profileServers(deployment.servers, profiles) : null;
    const load = await runLoad(deployment, loadOptions);
    await stopProfiling?.();
    const run = {
      kind,
      floors,
      load,
      options: loadOptions,
      bootSeconds,
      warmUpSeconds,
      firstSubmitMs: warm.firstSubmitMs === null ? null : Math.round(warm.firstSubmitMs),
      notes: ws.note ? [ws.note] : [],
    };
    runs.push(run);
    printRun(run, sandbox);
  } finally {
    current = null;
    await deployment.stop();
  }
  if (values.profile) summariseProfiles(join(options.workDir, 'profiles'), 25);
}

if (!values.keep && !values.profile) rmSync(workDir, { recursive: true, force: true });

const all = runs.map((run) => {
  const f = figures(run);
  f.floors.sandbox_p50_ms = sandbox?.p50 ?? null;
  f.floors.sandbox_p99_ms = sandbox?.p99 ?? null;
  return f;
});
printTargets(all);
const [first] = all;
console.log(
  JSON.stringify({
    bench: 'load',
    mode: quick ? 'quick' : 'full',
    commit: source.commit,
    uncommitted_files: source.uncommitted,
    machine: { cores: availableParallelism(), memory_gb: Math.round(totalmem() / 2 ** 30) },
    ...first,
    misses: all.flatMap((f) => misses(f).map((m) => `${f.deployment}: ${m}`)),
    deployments: Object.fromEntries(all.map((f) => [f.deployment, f])),
  }),
);
