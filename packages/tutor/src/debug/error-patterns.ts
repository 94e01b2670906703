/** One error a student ran into (e.g. `StudentContext.recentErrors` of a routed request). */
export interface ErrorOccurrence {
  /** The exception class, e.g. `NameError`. */
  type: string;
  /** When it happened: an ISO timestamp, epoch milliseconds or a Date. */
  at: string | number | Date;
}

/** How repeats are counted. */
export interface ErrorPatternOptions {
  /** Only errors this recent count as repeats; 30 minutes by default. */
  windowMs?: number;
  /** The end of the window; the current time by default. */
  now?: string | number | Date;
}

/** How many times the same error type must come back within the window to count as a struggle. */
export const REPEATED_ERROR_THRESHOLD = 3;
const DEFAULT_WINDOW_MS = 30 * 60 * 1000;

const time = (at: string | number | Date) =>
  at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);

/** How many errors of `type` the history holds within the window (an entry with a bad timestamp is skipped). */
export function countRecent(
  history: readonly ErrorOccurrence[],
  type: string,
  options: ErrorPatternOptions = {},
): number {
  const now = options.now === undefined ? Date.now() : time(options.now);
  const since = now - (options.windowMs ?? DEFAULT_WINDOW_MS);
  // No upper bound: a timestamp a little ahead of this clock (another host's) is still recent.
  return history.filter((entry) => entry.type === type && time(entry.at) >= since).length;
}

/**
 * The hint level for an error of `type`: 1 the first time, 2 the second time within the window, 3 from the
 * third. `history` should include the current error; pass `includesCurrent: false` when it does not.
 */
export function hintLevelFor(
  history: readonly ErrorOccurrence[],
  type: string,
  options: ErrorPatternOptions & { includesCurrent?: boolean } = {},
): 1 | 2 | 3 {
  const seen = countRecent(history, type, options) + (options.includesCurrent === false ? 1 : 0);
  return seen >= 3 ? 3 : seen === 2 ? 2 : 1;
}

/** The same error type 3 or more times within the window: a struggle signal (`repeated_error`). */
export function isRepeatedError(
  history: readonly ErrorOccurrence[],
  type: string,
  options: ErrorPatternOptions = {},
): boolean {
  return countRecent(history, type, options) >= REPEATED_ERROR_THRESHOLD;
}
