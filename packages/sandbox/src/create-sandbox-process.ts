import { type ChildProcess, fork } from 'node:child_process';
import { SandboxError } from './errors.ts';
import type { HostReply, HostRequest } from './sandbox-host-protocol.ts';
import type { RunRequest, RunResult, Sandbox, SandboxCheck, SandboxOptions, SandboxStats } from './types.ts';

const HOST = new URL('./sandbox-host.ts', import.meta.url);
const TSX = import.meta.resolve('tsx');

const emptyStats = (): SandboxStats => ({
  running: 0,
  queued: 0,
  idleWorkers: 0,
  startingWorkers: 0,
  completed: 0,
  rejected: 0,
});

/**
 * The sandbox behind a small host process of its own (`sandbox-host.ts`). Starting a
 * bubblewrap worker forks the process that starts it; from a service process holding a
 * database and hundreds of MB that fork costs ~20 ms of its event loop per run. The host
 * is small, so the service only passes messages. Same `Sandbox` interface; a host that dies
 * fails its runs in flight with SANDBOX_FAILED and is started again on the next run.
 */
export function createSandboxProcess(options: SandboxOptions = {}): Sandbox {
  let host: ChildProcess | null = null;
  let nextId = 1;
  let closed = false;
  let stats = emptyStats();
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();

  function start(): ChildProcess {
    const child = fork(HOST, [], {
      execArgv: ['--import', TSX],
      serialization: 'advanced',
      env: { ...process.env, LEARNFLOW_SANDBOX_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: HostReply) => {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      stats = message.stats;
      if (message.ok) waiter.resolve(message.value as never);
      else
        waiter.reject(
          new SandboxError(message.error.code, message.error.message, message.error.retryAfterSeconds),
        );
    });
    child.on('exit', (code, signal) => {
      if (host === child) host = null;
      for (const [id, waiter] of pending) {
        pending.delete(id);
        waiter.reject(
          new SandboxError(
            'SANDBOX_FAILED',
            `The sandbox host stopped (${signal ?? code}); run the code again.`,
          ),
        );
      }
    });
    return child;
  }

  function call<T>(message: { op: 'run'; request: RunRequest } | { op: 'check' }): Promise<T> {
    if (closed)
      return Promise.reject(
        new SandboxError('SANDBOX_CLOSED', 'The sandbox was closed; create a new one to run code.'),
      );
    host ??= start();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      host?.send({ ...message, id } as HostRequest);
    });
  }

  return {
    run: (request: RunRequest) => call<RunResult>({ op: 'run', request }),
    check: () => call<SandboxCheck>({ op: 'check' }),
    stats: () => ({ ...stats, running: Math.max(stats.running, pending.size) }),
    async close() {
      closed = true;
      const child = host;
      if (!child) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ op: 'close' } satisfies HostRequest);
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      });
    },
  };
}
