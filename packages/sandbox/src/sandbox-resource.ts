import { createSandboxProcess } from './create-sandbox-process.ts';
import type { Sandbox } from './types.ts';

/**
 * The process-wide sandbox as a host resource (the shape of the platform's `ResourceRef`, kept structural so
 * the sandbox does not depend on the platform): one warm pool per process, in a small host process of its own,
 * shared by every service that asks.
 */
export const sandboxResource = {
  id: 'sandbox',
  create: (): Sandbox => createSandboxProcess(),
  close: (sandbox: Sandbox) => sandbox.close(),
  ready: (sandbox: Sandbox) => readiness(sandbox),
};

const CHECK_TTL_MS = 30_000;
// A failed check is asked again soon: the sandbox itself spaces its new probes (backoff).
const FAILED_CHECK_TTL_MS = 1_000;
const checked = new WeakMap<Sandbox, { until: number; state: Promise<{ ok: boolean; problem?: string }> }>();

/** `check()` starts a sandbox to run `print(1)`: probes reuse a good answer for 30 s instead of paying per probe. */
function readiness(sandbox: Sandbox): Promise<{ ok: boolean; problem?: string }> {
  const last = checked.get(sandbox);
  if (last && Date.now() < last.until) return last.state;
  const state = sandbox.check().then(
    (result) => {
      checked.set(sandbox, { until: Date.now() + (result.ok ? CHECK_TTL_MS : FAILED_CHECK_TTL_MS), state });
      return result.ok ? { ok: true } : { ok: false, problem: result.problems.join('; ') };
    },
    (error: Error) => {
      checked.set(sandbox, { until: Date.now() + FAILED_CHECK_TTL_MS, state });
      return { ok: false, problem: error.message };
    },
  );
  checked.set(sandbox, { until: Number.POSITIVE_INFINITY, state });
  return state;
}
