import type { Deployment } from './deployment.ts';
import { type LoadOptions, type LoadResult, runLoad } from './load.ts';
import { type DeploymentRun, figures, loadMisses } from './report.ts';

export interface CapacityStep {
  students: number;
  ops_s: number;
  misses: string[];
}

export interface Capacity {
  /** The most students served with every target met (0 when even the first step missed one). */
  capacity_students: number;
  /** The operations per second of that step. */
  capacity_ops_s: number | null;
  steps: CapacityStep[];
  /** The run of the last step that met every target (else of the first step), for the report. */
  run: DeploymentRun;
}

/**
 * Capacity, not just latency: the same deployment under more and more students, one run per
 * step, until a step misses a target under load. The floor target (measured idle, once) and the
 * profile's own minimum ("students < 200") are not steps' targets: the steps are the question.
 */
export async function findCapacity(
  deployment: Deployment,
  steps: readonly number[],
  stepOptions: (students: number) => LoadOptions,
  describe: (load: LoadResult, options: LoadOptions) => DeploymentRun,
): Promise<Capacity> {
  const done: CapacityStep[] = [];
  let passed: { step: CapacityStep; run: DeploymentRun } | null = null;
  let first: DeploymentRun | null = null;
  for (const students of steps) {
    console.log(`capacity: ${students} students...`);
    const options = stepOptions(students);
    const run = describe(await runLoad(deployment, options), options);
    first ??= run;
    const f = figures(run);
    const missed = loadMisses(f);
    const step = { students, ops_s: f.steady.throughput_ops_s, misses: missed };
    done.push(step);
    console.log(
      `capacity: ${students} students, ${f.steady.throughput_ops_s} ops/s steady: ${missed.length === 0 ? 'every target met' : missed.join('; ')}`,
    );
    if (missed.length > 0) break;
    passed = { step, run };
  }
  if (!first) throw new Error('capacity: no steps given');
  return {
    capacity_students: passed?.step.students ?? 0,
    capacity_ops_s: passed?.step.ops_s ?? null,
    steps: done,
    run: passed?.run ?? first,
  };
}
