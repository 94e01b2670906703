import { z } from 'zod';

/** A Python error as a run reports it: the sandbox's `RunResult.error`, stored and sent on. */
export const RunErrorSchema = z.object({
  /** The exception class without its module, e.g. `ZeroDivisionError`, or `TimeoutError` / `Crash` when the sandbox stopped the run. */
  type: z.string(),
  message: z.string(),
  /** Line in the student's code, when the error points at it. */
  line: z.number().nullable(),
  /** The traceback as Python prints it, without the sandbox runner's frames. */
  traceback: z.string(),
});
export type RunError = z.infer<typeof RunErrorSchema>;

/** One step of a traced run, for the visualiser. */
export const TraceStepSchema = z.object({
  line: z.number(),
  event: z.enum(['call', 'line', 'return', 'exception']),
  function: z.string(),
  /** Local variables as truncated reprs; `__return__` / `__exception__` on those events. */
  locals: z.record(z.string(), z.string()),
  globals: z.record(z.string(), z.string()),
  /** Everything printed so far. */
  stdout: z.string(),
});
export type TraceStep = z.infer<typeof TraceStepSchema>;

export const ExecutionTraceSchema = z.object({
  steps: z.array(TraceStepSchema),
  /** True when the program ran on past the step or size cap. */
  truncated: z.boolean(),
});
export type ExecutionTrace = z.infer<typeof ExecutionTraceSchema>;

/**
 * What went wrong in a run, as one name: the exception's type, `Timeout` or `MemoryError` when the sandbox
 * stopped it, `Error` for another failure (a non-zero exit), or null when it ran cleanly.
 */
export function runErrorType(run: {
  errorType: string | null;
  timedOut: boolean;
  memoryExceeded: boolean;
  exitCode: number | null;
}): string | null {
  if (run.errorType) return run.errorType;
  if (run.timedOut) return 'Timeout';
  if (run.memoryExceeded) return 'MemoryError';
  return run.exitCode !== null && run.exitCode !== 0 ? 'Error' : null;
}
