import { createSandbox } from './create-sandbox.ts';
import type { Sandbox } from './types.ts';

/**
 * The process-wide sandbox as a host resource (the shape of the platform's `ResourceRef`, kept structural so
 * the sandbox does not depend on the platform): one warm pool per process, shared by every service that asks.
 */
export const sandboxResource = {
  id: 'sandbox',
  create: (): Sandbox => createSandbox(),
  close: (sandbox: Sandbox) => sandbox.close(),
  ready: async (sandbox: Sandbox) => (await sandbox.check()).ok,
};
