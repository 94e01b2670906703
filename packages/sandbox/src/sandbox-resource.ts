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
  ready: async (sandbox: Sandbox) => (await sandbox.check()).ok,
};
