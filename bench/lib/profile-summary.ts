import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './deployment.ts';
import { componentTimes } from './profile-components.ts';
import { table } from './table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(`${ROOT}/`, '')
    .replace(/^.*node_modules\//, 'node_modules/') || '(native)';

/** Self time by function and by file of one V8 CPU profile (`node --cpu-prof`). */
export function selfTimes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const file = short(frame.url);
    const key = `${frame.functionName || '(anonymous)'}  ${file}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  return { total, idle, functions, files, ours: inclusiveOurs(profile, byId, selfUs) };
}

/**
 * Inclusive time of LearnFlow's own functions (packages/, services/, apps/): each sample's time
 * goes to every distinct one of them on its stack, so a library hot spot shows who called it.
 */
function inclusiveOurs(profile: CpuProfile, byId: Map<number, ProfileNode>, selfUs: Map<number, number>) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/(packages|services|apps)\//.test(frame.url) || frame.url.includes('node_modules'))
        continue;
      const key = `${frame.functionName || '(anonymous)'}  ${short(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ours.set(key, (ours.get(key) ?? 0) + us);
    }
  }
  return ours;
}

/** Prints the top self-time functions and files, and our functions' inclusive time, of every profile in `dir`. */
export function summariseProfiles(dir: string, top: number): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const name = join(dir, file);
    const profile: CpuProfile = JSON.parse(readFileSync(name, 'utf8'));
    const { total, idle, functions, files, ours } = selfTimes(profile);
    const busy = total - idle;
    const pct = (us: number) => `${((us / busy) * 100).toFixed(1)}%`;
    console.log(
      `\nprofile ${name}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`,
    );
    const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(
      table(
        ['self time by function (of busy)', 'ms', '%'],
        sorted(functions).map(([k, us]) => [k, Math.round(us / 1000), pct(us)]),
      ),
    );
    console.log(
      table(
        ['self time by file (of busy)', 'ms', '%'],
        sorted(files).map(([k, us]) => [k, Math.round(us / 1000), pct(us)]),
      ),
    );
    console.log(
      table(
        ['inclusive time of our functions (of busy)', 'ms', '%'],
        sorted(ours).map(([k, us]) => [k, Math.round(us / 1000), pct(us)]),
      ),
    );
    const { components } = componentTimes(profile);
    console.log(
      table(
        ['busy time by component (of busy)', 'ms', '%'],
        sorted(components).map(([k, us]) => [k, Math.round(us / 1000), pct(us)]),
      ),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  summariseProfiles(process.argv[2] ?? '.', Number(process.argv[3] ?? 30));
