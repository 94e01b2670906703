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
const checked = new WeakMap<Sandbox, { at: number; ok: Promise<boolean> }>();

/** `check()` starts a sandbox to run `print(1)`: probes reuse its answer for 30 s instead of paying per probe. */
function readiness(sandbox: Sandbox): Promise<boolean> {
  const last = checked.get(sandbox);
  if (last && Date.now() - last.at < CHECK_TTL_MS) return last.ok;
  const ok = sandbox.check().then((result) => result.ok);
  checked.set(sandbox, { at: Date.now(), ok });
  return ok;
}
