import { defaultTmpSizeBytes } from './limits.ts';
import { resolveRuntime } from './resolve-runtime.ts';
import type { SandboxCheck, SandboxOptions } from './types.ts';

/** Whether this host can run Python safely, and if not, what to install: finds both tools and runs `print(1)` sandboxed. */
export async function checkSandbox(options: SandboxOptions = {}): Promise<SandboxCheck> {
  const runtime = await resolveRuntime(options, options.tmpSizeBytes ?? defaultTmpSizeBytes);
  return runtime.check;
}
