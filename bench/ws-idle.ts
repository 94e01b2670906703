// 1,000 idle authenticated WebSockets held open against the embedded platform (`learnflow up`,
// fresh data dir): how many stay connected (and still answer) and the server's RSS.
//   npx tsx bench/ws-idle.ts [--sockets 1000] [--hold 60] [--reopen]
// Users are registered through the API (argon2 included, before the sockets open); each socket
// opens with a single-use ticket. --reopen boots once, stops, and measures the
// second boot on the same data dir (what a user's second `npm start` is).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { type Deployment, startEmbedded } from './lib/deployment.ts';
import { HttpClient } from './lib/http-client.ts';
import { onInterrupt } from './lib/on-interrupt.ts';
import { ProcSampler, processTree, rssMb } from './lib/proc-sampler.ts';
import { table } from './lib/table.ts';
import { wsTicketUrl } from './lib/ws-ticket-url.ts';

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '1000' },
    hold: { type: 'string', default: '60' },
    reopen: { type: 'boolean', default: false },
  },
});
const SOCKETS = Number(values.sockets);
const HOLD_S = Number(values.hold);
const TARGET_RSS_MB = 1024;
const workDir = mkdtempSync(join(tmpdir(), 'learnflow-ws-idle-'));
const options = {
  workDir,
  logLevel: 'info',
  cpuProfile: false,
  postgresAdminUrl: '',
  kafkaBrokers: '',
  reopen: values.reopen,
};

const treeRss = (deployment: Deployment) =>
  Math.round(
    processTree(deployment.servers.map((s) => s.child.pid ?? 0)).reduce((sum, p) => sum + rssMb(p.pid), 0),
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i] as T);
      }
    }),
  );
  return out;
}

async function tokens(deployment: Deployment): Promise<string[]> {
  const indexes = Array.from({ length: SOCKETS }, (_, i) => i);
  const client = new HttpClient({ baseUrl: deployment.baseUrl, timeoutMs: 60_000 });
  const run = randomUUID().slice(0, 6);
  const out = await pool(indexes, 4, async (i) => {
    const result = await client.post<{ token: string }>('/api/auth/register', {
      email: `idle-${run}-${i}@bench.learnflow.dev`,
      password: `idle-password-${i}`,
      name: `Idle ${i}`,
    });
    if (result.status !== 201)
      throw new Error(`register ${i}: HTTP ${result.status} ${JSON.stringify(result.body)}`);
    return result.body.token;
  });
  client.close();
  return out;
}

interface Held {
  socket: WebSocket;
  closedEarly: boolean;
}

/** Opens one socket and resolves once the server's `ready` frame arrived (or null on failure). */
async function open(wsUrl: string, token: string): Promise<Held | null> {
  const url = await wsTicketUrl(wsUrl, token).catch(() => null);
  if (!url) return null;
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const held: Held = { socket, closedEarly: false };
    const timer = setTimeout(() => {
      socket.terminate();
      resolve(null);
    }, 30_000);
    socket.on('message', (raw) => {
      if (raw.toString().includes('"type":"ready"')) {
        clearTimeout(timer);
        resolve(held);
      }
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    socket.on('close', () => {
      held.closedEarly = true;
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/** Sends the text `ping` on every open socket; how many answered `pong` within 10 s. */
async function responsive(held: Held[]): Promise<number> {
  const answers = await Promise.all(
    held.map(
      ({ socket }) =>
        new Promise<boolean>((resolve) => {
          if (socket.readyState !== WebSocket.OPEN) return resolve(false);
          const timer = setTimeout(() => resolve(false), 10_000);
          socket.on('message', (raw) => {
            if (raw.toString().includes('"pong"')) {
              clearTimeout(timer);
              resolve(true);
            }
          });
          socket.send('ping');
        }),
    ),
  );
  return answers.filter(Boolean).length;
}

console.log(
  `ws-idle: ${SOCKETS} sockets held ${HOLD_S} s against the embedded platform; ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB; logs in ${workDir}`,
);
const deployment = await startEmbedded(options);
onInterrupt(async () => {
  await deployment.stop();
  rmSync(workDir, { recursive: true, force: true });
});
try {
  const wsUrl = deployment.baseUrl.replace(/^http/, 'ws');
  await sleep(5_000);
  const bootRss = treeRss(deployment);
  const signing = performance.now();
  const all = await tokens(deployment);
  const signSeconds = Math.round((performance.now() - signing) / 100) / 10;
  await sleep(2_000);
  const beforeRss = treeRss(deployment);
  const sampler = new ProcSampler();
  sampler.track('server', () => deployment.servers.map((s) => s.child.pid ?? 0));
  sampler.trackMachine();
  sampler.start();
  const connecting = performance.now();
  const opened = (await pool(all, 50, (token) => open(wsUrl, token))).filter((h): h is Held => h !== null);
  const connectSeconds = Math.round((performance.now() - connecting) / 100) / 10;
  const connectedRss = treeRss(deployment);
  const holdStart = performance.now();
  await sleep(HOLD_S * 1000);
  const holdEnd = performance.now();
  sampler.stop();
  const stillOpen = opened.filter((h) => h.socket.readyState === WebSocket.OPEN).length;
  const answering = await responsive(opened);
  const endRss = treeRss(deployment);
  const hold = sampler.summaries(holdStart, holdEnd);
  const server = hold.server;
  for (const h of opened) h.socket.terminate();
  const rssMax = Math.max(server?.rssMaxMb ?? 0, connectedRss, endRss);
  console.log(
    `\n${'registered'} ${all.length} users in ${signSeconds} s; opened ${opened.length} sockets in ${connectSeconds} s\n`,
  );
  console.log(
    table(
      ['measure', 'value'],
      [
        ['sockets asked', SOCKETS],
        ['connected (ready frame)', opened.length],
        [`still open after ${HOLD_S} s`, stillOpen],
        ['answered ping after the hold', answering],
        ['server RSS after boot, MB', bootRss],
        ['server RSS before sockets, MB', beforeRss],
        ['server RSS with sockets, MB', connectedRss],
        ['server RSS max during hold, MB', rssMax],
        ['server RSS at end, MB', endRss],
        ['RSS per socket, KB', Math.round(((connectedRss - beforeRss) * 1024) / Math.max(1, opened.length))],
        ['server CPU avg during hold, % of a core', server?.cpuAvgPct ?? null],
        ['machine CPU avg during hold, % of a core', hold.machine?.cpuAvgPct ?? null],
      ],
    ),
  );
  const met = stillOpen === SOCKETS && rssMax < TARGET_RSS_MB;
  console.log(`\ntarget (${SOCKETS} connected, RSS < ${TARGET_RSS_MB} MB): ${met ? 'met' : 'missed'}`);
  console.log(
    JSON.stringify({
      bench: 'ws-idle',
      sockets: SOCKETS,
      hold_s: HOLD_S,
      users: 'registered',
      reopened_data_dir: values.reopen,
      connected: opened.length,
      still_open: stillOpen,
      responsive: answering,
      rss_boot_mb: bootRss,
      rss_before_mb: beforeRss,
      rss_connected_mb: connectedRss,
      rss_max_mb: rssMax,
      rss_end_mb: endRss,
      rss_per_socket_kb: Math.round(((connectedRss - beforeRss) * 1024) / Math.max(1, opened.length)),
      server_cpu_avg_pct: server?.cpuAvgPct ?? null,
      machine_cpu_avg_pct: hold.machine?.cpuAvgPct ?? null,
      target_rss_mb: TARGET_RSS_MB,
      met,
    }),
  );
} finally {
  await deployment.stop();
  rmSync(workDir, { recursive: true, force: true });
}
