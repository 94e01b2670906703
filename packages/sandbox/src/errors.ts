/** Every code a `SandboxError` can carry, with its HTTP status and what it means. README.md documents each. */
export const sandboxErrorCatalog = {
  SANDBOX_UNAVAILABLE: {
    status: 503,
    meaning: 'bubblewrap or Python 3.11+ is missing or cannot isolate; code is never run unsandboxed',
  },
  SANDBOX_BUSY: { status: 429, meaning: 'every sandbox is running and the queue is full; retry later' },
  SANDBOX_INVALID_REQUEST: {
    status: 400,
    meaning: 'the run request is malformed (file names, sizes, entry)',
  },
  SANDBOX_SUPERSEDED: {
    status: 409,
    meaning: 'a newer run from the same student replaced this one while it waited; only the newest runs',
  },
  SANDBOX_CLOSED: { status: 503, meaning: 'the sandbox was closed and takes no more runs' },
  SANDBOX_FAILED: { status: 500, meaning: 'a sandbox process failed in a way the student code cannot cause' },
} as const;

export type SandboxErrorCode = keyof typeof sandboxErrorCatalog;

/** A coded sandbox failure. The student's own errors are never thrown: they are part of the `RunResult`. */
export class SandboxError extends Error {
  readonly status: number;

  constructor(
    readonly code: SandboxErrorCode,
    message: string,
    /** For SANDBOX_BUSY: when a retry is likely to be accepted. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SandboxError';
    this.status = sandboxErrorCatalog[code].status;
  }
}
