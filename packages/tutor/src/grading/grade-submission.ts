import { readFileSync } from 'node:fs';
import type { ExerciseDefinition, GradedTest } from '@learnflow/contracts';
import type { RunPriority, RunResult, Sandbox, SandboxLimits } from '@learnflow/sandbox';

const HARNESS = readFileSync(new URL('./harness.py', import.meta.url), 'utf8');
/** Must match `RESULT_PREFIX` in harness.py. */
const RESULT_PREFIX = '@@learnflow-grade-result@@ ';
const MESSAGE_CAP = 300;
const RULE_PREFIX = 'A rule of the task is broken: ';

/** What the grader needs of a sandbox: a `run` that supports an `entry` harness. */
export type GradingSandbox = Pick<Sandbox, 'run'>;

/** The outcome of grading one submission against an exercise's tests, in test order. */
export interface GradeResult {
  /** Every test passed. */
  passed: boolean;
  /** 0-100, the share of the tests' weight that passed, rounded; 100 only when every test passed. */
  score: number;
  tests: GradedTest[];
  /** The sandbox stopped the run at its time limit; tests without a result count as failed. */
  timedOut: boolean;
  /**
   * The first exception the student's code raised (loading or in a test, hidden ones included;
   * a failed assertion is not one), `Timeout` or `MemoryError` when the sandbox stopped it; else null.
   * A learning signal like a run's error type.
   */
  errorType: string | null;
  durationMs: number;
}

/** How to run the grading: `grading` priority and the sandbox's limits unless told otherwise (the mutant check asks for less). */
export interface GradeOptions {
  priority?: RunPriority;
  limits?: Partial<SandboxLimits>;
}

type RunStatus = Pick<RunResult, 'exitCode' | 'timedOut' | 'memoryExceeded'>;
type Outcome = { passed: boolean; message: string | null };
type HarnessEvent =
  | { kind: 'load'; ok: boolean; message: string | null; errorType?: string | null }
  | { kind: 'test'; index: number; passed: boolean; message: string | null; errorType?: string | null };

/** Grades `code` against `exercise.tests` in one sandbox run of the grading harness. */
export async function gradeSubmission(
  sandbox: GradingSandbox,
  exercise: ExerciseDefinition,
  code: string,
  options: GradeOptions = {},
): Promise<GradeResult> {
  const testsJson = JSON.stringify(exercise.tests.map((test) => ({ name: test.name, code: test.code })));
  const run = await sandbox.run({
    code,
    files: { 'harness.py': HARNESS, 'tests.json': testsJson },
    entry: 'harness.py',
    priority: options.priority ?? 'grading',
    limits: options.limits,
  });
  const events = parseEvents(run.stdout);
  const outcomes = readOutcomes(events, exercise.tests.length, run);

  let hiddenCount = 0;
  const tests = exercise.tests.map((test, index): GradedTest => {
    const outcome = outcomes[index] ?? { passed: false, message: null };
    if (test.hidden) {
      hiddenCount += 1;
      const message = outcome.passed || !test.rule ? null : `${RULE_PREFIX}${test.rule}`;
      return { name: `Hidden test ${hiddenCount}`, passed: outcome.passed, hidden: true, message };
    }
    const message = outcome.passed ? null : capMessage(outcome.message ?? 'This test failed.');
    return { name: test.name, passed: outcome.passed, hidden: false, message };
  });

  const total = exercise.tests.reduce((sum, test) => sum + test.weight, 0);
  const earned = exercise.tests.reduce((sum, test, i) => sum + (tests[i]?.passed ? test.weight : 0), 0);
  const passed = tests.every((test) => test.passed);
  const rounded = total > 0 ? Math.round((100 * earned) / total) : 0;
  return {
    passed,
    score: passed ? 100 : Math.min(rounded, 99),
    tests,
    timedOut: run.timedOut,
    errorType: errorTypeOf(events, run),
    durationMs: run.durationMs,
  };
}

function errorTypeOf(events: HarnessEvent[], run: RunStatus): string | null {
  const raised = events.find((event) => typeof event.errorType === 'string' && event.errorType.length > 0);
  if (raised?.errorType) return raised.errorType.slice(0, 100);
  if (run.timedOut) return 'Timeout';
  if (run.memoryExceeded) return 'MemoryError';
  return null;
}

function parseEvents(stdout: string): HarnessEvent[] {
  const events: HarnessEvent[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(RESULT_PREFIX)) continue;
    try {
      events.push(JSON.parse(line.slice(RESULT_PREFIX.length)) as HarnessEvent);
    } catch {
      // A line cut by the sandbox's output limit; the test counts as not finished.
    }
  }
  return events;
}

function readOutcomes(events: HarnessEvent[], count: number, run: RunStatus): Outcome[] {
  const load = events.find((event) => event.kind === 'load');
  if (load && !load.ok) {
    const message = `Your code failed before any test could run: ${load.message ?? 'unknown error'}`;
    return Array.from({ length: count }, () => ({ passed: false, message }));
  }

  const outcomes: (Outcome | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const event of events) {
    if (event.kind !== 'test' || !Number.isInteger(event.index) || event.index < 0 || event.index >= count) {
      continue;
    }
    outcomes[event.index] ??= { passed: event.passed === true, message: event.message ?? null };
  }

  const firstMissing = outcomes.indexOf(undefined);
  return outcomes.map(
    (outcome, index) =>
      outcome ?? {
        passed: false,
        message:
          index === firstMissing
            ? stopReason(run, load !== undefined)
            : 'Not run: an earlier test stopped the grader.',
      },
  );
}

function stopReason(run: RunStatus, loaded: boolean): string {
  const where = loaded ? 'this test' : 'your program, before any test could run,';
  if (run.timedOut) {
    return `Timed out: ${where} did not finish within the time limit. Look for a loop that never ends.`;
  }
  if (run.memoryExceeded) {
    return `Out of memory: ${where} used more memory than allowed. Look for a list or string that keeps growing.`;
  }
  const how = run.exitCode === null ? 'was killed' : `exited with code ${run.exitCode}`;
  return `Stopped: the grader ${how} while running ${loaded ? 'this test' : 'your program'}. Avoid calling os._exit() or crashing the interpreter.`;
}

function capMessage(message: string): string {
  return message.length <= MESSAGE_CAP ? message : `${message.slice(0, MESSAGE_CAP - 1)}…`;
}
