/** How the progress service tells time and how sensitive its struggle triggers are. */
export interface ProgressOptions {
  /** The clock: tests move it to fire the stuck timer or cross midnight. */
  now: () => Date;
  /** How often each replica scans for due timers (stuck exercises, broken streaks). */
  scanIntervalMs: number;
  /** Working on one exercise this long without a pass is being stuck. */
  stuckAfterMs: number;
  /** The same error type this many times within `errorWindowMs` is a repeated error. */
  repeatedErrors: number;
  errorWindowMs: number;
  /** Failed runs in a row (no success between) that raise an alert. */
  failedRunsInARow: number;
  /** Quiz scores below this are low. */
  lowQuizScore: number;
  /** Attempts at a topic's exercises without `wheelSpinningPasses` passes in a row. */
  wheelSpinningAttempts: number;
  wheelSpinningPasses: number;
  /** "I'm stuck" again after this much quiet is a new episode. */
  saidStuckWindowMs: number;
}

export const DEFAULT_PROGRESS_OPTIONS: ProgressOptions = {
  now: () => new Date(),
  scanIntervalMs: 30_000,
  stuckAfterMs: 10 * 60_000,
  repeatedErrors: 3,
  errorWindowMs: 30 * 60_000,
  failedRunsInARow: 5,
  lowQuizScore: 50,
  wheelSpinningAttempts: 10,
  wheelSpinningPasses: 3,
  saidStuckWindowMs: 30 * 60_000,
};
