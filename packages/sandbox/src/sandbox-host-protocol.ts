import type { SandboxErrorCode } from './errors.ts';
import type { RunRequest, RunResult, SandboxCheck, SandboxStats } from './types.ts';

/** A service process to its sandbox host. */
export type HostRequest =
  | { op: 'run'; id: number; request: RunRequest }
  | { op: 'check'; id: number }
  | { op: 'close' };

/** The sandbox host's answer to one request, with its counters at that moment. */
export type HostReply =
  | { id: number; ok: true; value: RunResult | SandboxCheck; stats: SandboxStats }
  | {
      id: number;
      ok: false;
      error: { code: SandboxErrorCode; message: string; retryAfterSeconds: number | undefined };
      stats: SandboxStats;
    };
