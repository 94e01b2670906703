/** The platform's coded errors. The host maps each to an HTTP status and, for events, to retry or dead-letter. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    /** A permanent error is dead-lettered at once: retrying cannot help. */
    readonly permanent = false,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isPermanent = (error: unknown) => error instanceof AppError && error.permanent;
