import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const PAGE_KB = 4;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime in clock ticks: its own CPU and that of its reaped children. */
  ticks: number;
  rssKb: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { pid, ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17), rssKb: n(24) * PAGE_KB };
  } catch {
    return null;
  }
}

/** The processes whose ancestor is one of `roots`, the roots included (bwrap and python children too). */
export function processTree(roots: readonly number[]): ProcStat[] {
  const all: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) all.push(stat);
  }
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const byPid = new Map(all.map((s) => [s.pid, s]));
  const tree: ProcStat[] = [];
  const queue = roots.map((pid) => byPid.get(pid)).filter((s): s is ProcStat => s !== undefined);
  while (queue.length > 0) {
    const stat = queue.shift() as ProcStat;
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/** VmRSS of one process from /proc/<pid>/status, in MB (0 when it is gone). */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface ResourceSummary {
  /** Mean CPU over the sampled window, in % of one core (200 = both cores of a 2-core machine). */
  cpuAvgPct: number;
  /** Highest one-second CPU. */
  cpuMaxPct: number;
  rssMaxMb: number;
  rssEndMb: number;
  samples: number;
}

/**
 * Samples the CPU and RSS of process trees once a second: a group's CPU is the growth of
 * its tree's ticks (a child's time moves to its parent's cutime when reaped, so no tick is lost
 * or counted twice), its RSS the sum of VmRSS over the tree.
 */
export class ProcSampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly groups = new Map<string, { roots: () => number[]; samples: Sample[] }>();

  /** `roots` is read at each sample, so a group can follow processes that start later. */
  track(name: string, roots: () => number[]): void {
    this.groups.set(name, { roots, samples: [] });
  }

  start(intervalMs = 1_000): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Samples once more and stops. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
  }

  /** Each group over the samples taken between `from` and `to` (performance.now()), all by default. */
  summaries(from = 0, to = Number.POSITIVE_INFINITY): Record<string, ResourceSummary> {
    const out: Record<string, ResourceSummary> = {};
    for (const [name, group] of this.groups)
      out[name] = summarise(group.samples.filter((s) => s.at >= from && s.at <= to));
    return out;
  }

  /** Also samples the whole machine (/proc/stat, /proc/meminfo) as the group `machine`: what else ran. */
  trackMachine(): void {
    this.groups.set('machine', { roots: () => [], samples: [] });
  }

  private sample(): void {
    const at = performance.now();
    const machine = this.groups.get('machine');
    if (machine) machine.samples.push({ at, ...machineNow() });
    for (const [name, group] of this.groups) {
      if (name === 'machine') continue;
      const roots = group.roots();
      if (roots.length === 0) continue;
      const tree = processTree(roots);
      group.samples.push({
        at,
        ticks: tree.reduce((sum, s) => sum + s.ticks, 0),
        rssMb: tree.reduce((sum, s) => sum + rssMb(s.pid), 0),
      });
    }
  }
}

interface Sample {
  at: number;
  ticks: number;
  rssMb: number;
}

function summarise(samples: Sample[]): ResourceSummary {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at === first.at)
    return { cpuAvgPct: 0, cpuMaxPct: 0, rssMaxMb: 0, rssEndMb: last?.rssMb ?? 0, samples: samples.length };
  const pct = (a: Sample, b: Sample) =>
    (Math.max(0, b.ticks - a.ticks) / CLK_TCK / ((b.at - a.at) / 1000)) * 100;
  let cpuMaxPct = 0;
  for (let i = 1; i < samples.length; i++)
    cpuMaxPct = Math.max(cpuMaxPct, pct(samples[i - 1] as Sample, samples[i] as Sample));
  return {
    cpuAvgPct: Math.round(pct(first, last)),
    cpuMaxPct: Math.round(cpuMaxPct),
    rssMaxMb: Math.round(Math.max(...samples.map((s) => s.rssMb))),
    rssEndMb: Math.round(last.rssMb),
    samples: samples.length,
  };
}

/** Busy ticks of all CPUs (everything but idle and iowait) and used memory (total - available). */
function machineNow(): { ticks: number; rssMb: number } {
  const cpu = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((sum, x) => sum + (Number.isFinite(x) ? x : 0), 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(meminfo)?.[1] ?? 0);
  return {
    ticks: total - idle - (cpu[8] ?? 0) - (cpu[9] ?? 0),
    rssMb: (kb('MemTotal') - kb('MemAvailable')) / 1024,
  };
}
