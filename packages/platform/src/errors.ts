import { ZodError } from 'zod';

/** The platform's coded errors. The host maps each to an HTTP status and, for events, to retry or dead-letter. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
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

/** Every code the platform answers with, its status and what it means (docs/errors.md lists the same). */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    meaning: 'The request body, query or parameters do not match the schema.',
  },
  MALFORMED_JSON: { status: 400, meaning: 'The body is not valid JSON.' },
  INVALID_UTF8: { status: 400, meaning: 'The body is not valid UTF-8.' },
  FORBIDDEN_JSON_KEY: {
    status: 400,
    meaning:
      'The body has a `__proto__` or `constructor.prototype` key, refused as a prototype-pollution attempt.',
  },
  WEAK_PASSWORD: {
    status: 400,
    meaning: 'The new password is on the list of common passwords or contains the email or name.',
  },
  INVALID_INVITE: { status: 400, meaning: 'The teacher invite code is unknown, expired or already used.' },
  INVALID_RESET_CODE: {
    status: 400,
    meaning: 'The password reset code is unknown, expired or already used.',
  },
  INVALID_JOIN_CODE: {
    status: 400,
    meaning: 'The class join code is unknown, expired or was replaced by a new one.',
  },
  UNAUTHENTICATED: { status: 401, meaning: 'No token, or a forged or expired one.' },
  INVALID_CREDENTIALS: { status: 401, meaning: 'Wrong email or password.' },
  FORBIDDEN: { status: 403, meaning: 'The user is signed in but their role may not do this.' },
  ACCOUNT_DISABLED: { status: 403, meaning: 'An admin disabled this account.' },
  WRONG_PASSWORD: {
    status: 403,
    meaning:
      "The password given to confirm a change of one's own account (a new password, deleting it) is wrong; the session stays.",
  },
  NOT_FOUND: { status: 404, meaning: 'No such route or resource.' },
  METHOD_NOT_ALLOWED: {
    status: 405,
    meaning: 'The path exists but not with this method; the Allow header lists the methods it answers.',
  },
  EMAIL_TAKEN: { status: 409, meaning: 'An account with this email exists.' },
  ALREADY_IN_CLASS: { status: 409, meaning: 'The student is already in this class.' },
  LAST_ADMIN: { status: 409, meaning: 'The change would leave no enabled admin.' },
  EXERCISE_PUBLISHED: {
    status: 409,
    meaning: 'The exercise is published to a class and can no longer change.',
  },
  MUTANT_CHECK_NEEDED: {
    status: 409,
    meaning: 'Publishing needs a finished mutant check of the tests as they are now.',
  },
  SURVIVING_MUTANTS: {
    status: 409,
    meaning: 'Mutants of the reference pass every test; publish with publishWithSurvivors to publish anyway.',
  },
  REFERENCE_FAILS_TESTS: {
    status: 422,
    meaning: 'The reference solution fails one of its own tests (or does not run).',
  },
  GENERATION_FAILED: {
    status: 422,
    meaning: 'No generated exercise passed validation in the sandbox after 3 attempts.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The body is larger than the limit.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'The body is not application/json.' },
  RATE_LIMITED: { status: 429, meaning: 'Too many requests; retry after the Retry-After header.' },
  TOO_MANY_FAILED_LOGINS: {
    status: 429,
    meaning:
      'Repeated failed sign-ins for this email or from this address; retry after the Retry-After header.',
  },
  UPSTREAM_UNAVAILABLE: {
    status: 502,
    meaning: 'Split mode: the service behind this route is not reachable.',
  },
  UPSTREAM_TIMEOUT: {
    status: 504,
    meaning: 'Split mode: the service behind this route did not answer in time.',
  },
  INTERNAL: {
    status: 500,
    meaning: 'An unexpected failure; the log holds the details under the request id.',
  },
  UNAVAILABLE: { status: 503, meaning: 'A dependency (database, bus, sandbox) is not answering.' },
  INVALID_EVENT: {
    status: 500,
    meaning:
      "An event's data does not match its topic's schema: refused when published, dead-lettered when consumed.",
  },
  UNDECLARED_TOPIC: {
    status: 500,
    meaning: "A service published on a topic its definition's `publishes` does not list.",
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERRORS, code);

export const appError = (code: ErrorCode, message: string, headers: Record<string, string> = {}) =>
  new AppError(code, message, ERRORS[code].status, ERRORS[code].status < 500, headers);

/** A coded error that retrying cannot fix (a bug in what is sent, not a passing failure): dead-lettered at once. */
export const permanentError = (code: ErrorCode, message: string) =>
  new AppError(code, message, ERRORS[code].status, true);

/** Permanent: a coded client error or a `permanentError`, or a value that does not match its schema. */
export const isPermanent = (error: unknown) =>
  (error instanceof AppError && error.permanent) || error instanceof ZodError;
