import { constants } from 'node:os';
import type { ExecutionTrace, RunError, TraceStep } from '@learnflow/contracts';
import { parseTraceback } from './parse-traceback.ts';
import type { WorkerOutcome } from './sandbox-worker.ts';
import type { RunResult, SandboxLimits } from './types.ts';

interface RunnerMeta {
  exitCode: number | null;
  error: RunError | null;
  memoryError: boolean;
  trace: ExecutionTrace | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).map(([key, text]) => [key, String(text)])) : {};

function toError(value: unknown): RunError | null {
  if (!isRecord(value)) return null;
  return {
    type: String(value.type ?? 'Error'),
    message: String(value.message ?? ''),
    line: Number.isInteger(value.line) ? (value.line as number) : null,
    traceback: String(value.traceback ?? ''),
  };
}

function toTrace(value: unknown): ExecutionTrace | null {
  if (!isRecord(value) || !Array.isArray(value.steps)) return null;
  const events = new Set(['call', 'line', 'return', 'exception']);
  const steps: TraceStep[] = value.steps.filter(isRecord).map((step) => ({
    line: Number(step.line) || 0,
    event: (events.has(String(step.event)) ? step.event : 'line') as TraceStep['event'],
    function: String(step.function ?? ''),
    locals: strings(step.locals),
    globals: strings(step.globals),
    stdout: String(step.stdout ?? ''),
  }));
  return { steps, truncated: value.truncated === true };
}

/**
 * The runner's lines on fd 3 (a trace sent early, then the results). The student owns that process, so every
 * field is checked and coerced: a forged line can only misreport the student's own run.
 */
export function parseRunnerMeta(text: string | null): RunnerMeta | null {
  if (!text) return null;
  let meta: RunnerMeta | null = null;
  let trace: ExecutionTrace | null = null;
  for (const line of text.split('\n')) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isRecord(value)) continue;
    trace = toTrace(value.trace) ?? trace;
    if ('exitCode' in value) {
      meta = {
        exitCode: Number.isInteger(value.exitCode) ? (value.exitCode as number) : null,
        error: toError(value.error),
        memoryError: value.memoryError === true,
        trace: null,
      };
    }
  }
  if (meta) meta.trace = trace;
  return meta ?? (trace ? { exitCode: null, error: null, memoryError: false, trace } : null);
}

const signalName = (signal: number) =>
  Object.entries(constants.signals).find(([, number]) => number === signal)?.[0] ?? `signal ${signal}`;

/** The error of a run the runner could not report: the last traceback Python printed. */
function errorIn(stderr: string, studentFile: string): RunError | null {
  const parsed = parseTraceback(stderr, { studentFiles: [studentFile] });
  return parsed
    ? { type: parsed.type, message: parsed.message, line: parsed.line, traceback: `${parsed.traceback}\n` }
    : null;
}

const timeoutError = (message: string): RunError => ({
  type: 'TimeoutError',
  message,
  line: null,
  traceback: '',
});

/** Turns what came out of the sandbox into the result the platform reports. */
export function toRunResult(
  outcome: WorkerOutcome,
  limits: SandboxLimits,
  studentFile: string,
  wantTrace: boolean,
): Omit<RunResult, 'queuedMs'> {
  const meta = parseRunnerMeta(outcome.meta);
  const stdout = outcome.stdout.text();
  const stderr = outcome.stderr.text();
  let exitCode: number | null = null;
  let timedOut = outcome.timedOut;
  let error: RunError | null;
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

  if (outcome.timedOut) {
    error = timeoutError(
      `Time limit exceeded: the program was stopped after ${seconds(limits.wallTimeMs)}. Look for a loop that never ends or a long sleep.`,
    );
  } else if (outcome.flooded) {
    error = {
      type: 'OutputLimitExceeded',
      message: `The program printed far more than ${limits.outputBytes} bytes and was stopped.`,
      line: null,
      traceback: '',
    };
  } else if (meta && meta.exitCode !== null) {
    exitCode = meta.exitCode;
    error = meta.error;
  } else {
    const status = outcome.exitCode;
    const signal = status !== null && status > 128 && status < 128 + 65 ? status - 128 : null;
    if (signal === constants.signals.SIGXCPU || signal === constants.signals.SIGKILL) {
      timedOut = true;
      error = timeoutError(
        `CPU time limit exceeded: the program computed for more than ${seconds(limits.cpuTimeMs)}. Look for a loop that never ends.`,
      );
    } else if (signal !== null) {
      error = errorIn(stderr, studentFile) ?? {
        type: 'Crash',
        message: `Python stopped with ${signalName(signal)}, for example from recursion far too deep or from ctypes.`,
        line: null,
        traceback: '',
      };
    } else if (status === null) {
      error = {
        type: 'Crash',
        message: 'The sandbox was stopped before the program finished.',
        line: null,
        traceback: '',
      };
    } else {
      exitCode = status;
      error = status === 0 ? null : errorIn(stderr, studentFile);
    }
  }

  const memoryExceeded =
    meta?.memoryError === true || error?.type === 'MemoryError' || /^MemoryError\b/m.test(stderr);
  if (memoryExceeded && error?.type === 'MemoryError' && !error.message) {
    error = { ...error, message: `The program used more than its ${limits.memoryBytes >> 20} MB of memory.` };
  }
  const result: Omit<RunResult, 'queuedMs'> = {
    stdout,
    stderr,
    exitCode,
    timedOut,
    memoryExceeded,
    outputTruncated: outcome.stdout.truncated || outcome.stderr.truncated,
    durationMs: Math.round(outcome.durationMs * 10) / 10,
    error,
  };
  if (wantTrace) result.trace = meta?.trace ?? { steps: [], truncated: true };
  return result;
}
