import { availableParallelism } from 'node:os';
import { SandboxError } from './errors.ts';
import { defaultLimits, defaultTmpSizeBytes, resolveLimits } from './limits.ts';
import { type Runtime, resolveRuntime } from './resolve-runtime.ts';
import { RunQueue, type RunSlot } from './run-queue.ts';
import { toRunResult } from './to-run-result.ts';
import type { RunRequest, RunResult, Sandbox, SandboxCheck, SandboxOptions } from './types.ts';
import { validateRequest } from './validate-request.ts';
import { WorkerPool } from './worker-pool.ts';

/** Re-probing an unavailable sandbox: the first retry after 1 s, doubling up to 30 s. */
export const defaultReprobe = { firstMs: 1_000, maxMs: 30_000 };

/**
 * A pool of warm, isolated CPython interpreters under bubblewrap. Start-up (finding Python and bubblewrap, proving
 * the sandbox) begins at once; the first run waits for it. When the host cannot isolate, a later run or check
 * probes again (with a backoff), so installing bubblewrap fixes a running process. Call `close` to stop the warm
 * sandboxes.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const limits = resolveLimits(defaultLimits, options.limits);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const queue = new RunQueue(concurrency, Math.max(0, options.maxQueue ?? concurrency * 8));
  const tmpSizeBytes = options.tmpSizeBytes ?? defaultTmpSizeBytes;
  const counters = { completed: 0, rejected: 0 };
  let pool: WorkerPool | null = null;
  let closed = false;

  const reprobe = { ...defaultReprobe, ...options.reprobe };
  let backoffMs = reprobe.firstMs;
  let nextProbeAt = 0;

  const probe = () =>
    resolveRuntime(options, tmpSizeBytes).then((resolved) => {
      if (resolved.spec && !closed) {
        pool = new WorkerPool(resolved.spec, Math.max(1, options.warmWorkers ?? concurrency * 2));
        pool.warm();
      } else {
        nextProbeAt = Date.now() + backoffMs;
        backoffMs = Math.min(reprobe.maxMs, backoffMs * 2);
      }
      return resolved;
    });
  let runtime = probe();

  /** The runtime; an unavailable one is probed again once its backoff has passed. */
  async function currentRuntime(): Promise<Runtime> {
    const resolved = await runtime;
    if (resolved.spec || closed || Date.now() < nextProbeAt) return resolved;
    nextProbeAt = Number.POSITIVE_INFINITY;
    runtime = probe();
    return runtime;
  }

  const closedError = () =>
    new SandboxError('SANDBOX_CLOSED', 'The sandbox was closed; create a new one to run code.');

  async function run(request: RunRequest): Promise<RunResult> {
    if (closed) throw closedError();
    validateRequest(request, tmpSizeBytes);
    const resolved = await currentRuntime();
    if (!resolved.spec || !pool) {
      if (closed) throw closedError();
      throw new SandboxError(
        'SANDBOX_UNAVAILABLE',
        `Python code cannot run safely on this server, so it was not run: ${resolved.check.problems.join('; ')} (checked again within ${Math.max(1, Math.ceil((nextProbeAt - Date.now()) / 1_000))} s, no restart needed)`,
      );
    }
    let slot: RunSlot;
    try {
      slot = await queue.acquire({ priority: request.priority, key: request.coalesceKey ?? null });
    } catch (error) {
      counters.rejected += 1;
      throw error;
    }
    try {
      if (closed) throw closedError();
      const worker = await pool.take().catch((error: Error) => {
        throw new SandboxError('SANDBOX_FAILED', `No sandbox could be started: ${error.message}`);
      });
      const runLimits = resolveLimits(limits, request.limits, limits);
      const outcome = await worker.run({
        code: request.code,
        stdin: request.stdin ?? '',
        files: request.files ?? {},
        entry: request.entry ?? null,
        limits: runLimits,
        trace: request.trace === true,
      });
      counters.completed += 1;
      return {
        ...toRunResult(outcome, runLimits, request.entry ? 'student.py' : 'main.py', request.trace === true),
        queuedMs: slot.queuedMs,
      };
    } finally {
      slot.release();
    }
  }

  async function check(): Promise<SandboxCheck> {
    const resolved = await currentRuntime();
    if (!resolved.spec) return resolved.check;
    try {
      const result = await run({ code: 'print(1)' });
      if (result.stdout === '1\n') return resolved.check;
      const problem = `print(1) in the sandbox gave ${JSON.stringify(result.stdout)} ${result.stderr.slice(0, 200)}`;
      return { ...resolved.check, ok: false, problems: [...resolved.check.problems, problem] };
    } catch (error) {
      return {
        ...resolved.check,
        ok: false,
        problems: [...resolved.check.problems, (error as Error).message],
      };
    }
  }

  return {
    run,
    check,
    stats: () => ({
      running: queue.running,
      queued: queue.queued,
      idleWorkers: pool?.idleCount ?? 0,
      startingWorkers: pool?.startingCount ?? 0,
      completed: counters.completed,
      rejected: counters.rejected,
    }),
    async close() {
      closed = true;
      queue.wakeAll();
      await runtime;
      await pool?.close();
    },
  };
}
