import { createSandbox } from './create-sandbox.ts';
import { SandboxError } from './errors.ts';
import type { HostReply, HostRequest } from './sandbox-host-protocol.ts';
import type { SandboxOptions } from './types.ts';

/**
 * The sandbox host process: owns the warm pool and starts every bubblewrap worker, so the
 * fork of each one copies this small process, not the large service process that asked.
 * Started by `createSandboxProcess`; talks over the IPC channel.
 */
const options = JSON.parse(process.env.LEARNFLOW_SANDBOX_OPTIONS ?? '{}') as SandboxOptions;
const sandbox = createSandbox(options);

const reply = (message: HostReply) => process.send?.(message);

process.on('message', async (message: HostRequest) => {
  if (message.op === 'close') {
    await sandbox.close();
    process.disconnect?.();
    return;
  }
  try {
    const value = message.op === 'run' ? await sandbox.run(message.request) : await sandbox.check();
    reply({ id: message.id, ok: true, value, stats: sandbox.stats() });
  } catch (error) {
    const coded =
      error instanceof SandboxError ? error : new SandboxError('SANDBOX_FAILED', (error as Error).message);
    reply({
      id: message.id,
      ok: false,
      error: { code: coded.code, message: coded.message, retryAfterSeconds: coded.retryAfterSeconds },
      stats: sandbox.stats(),
    });
  }
});

// The service that started this host went away: nothing is left to answer.
process.on('disconnect', () => {
  void sandbox.close().finally(() => process.exit(0));
});
