import { readFileSync } from 'node:fs';
import type { ExerciseTest, ProposedTests, TestInput } from '@learnflow/contracts';
import type { GradingSandbox } from '../grading/grade-submission.ts';

const HARNESS = readFileSync(new URL('../grading/harness.py', import.meta.url), 'utf8');
const SCRIPT = readFileSync(new URL('./propose-tests.py', import.meta.url), 'utf8');
/** Must match `RESULT_PREFIX` in propose-tests.py and in the grading harness. */
const RESULT_PREFIX = '@@learnflow-proposal@@ ';
const LOAD_PREFIX = '@@learnflow-grade-result@@ ';
const NAME_CAP = 120;

type Observed =
  | { index: number; ok: true; repr: string; literal: boolean }
  | { index: number; ok: true; output: string }
  | { index: number; ok: false; raised: string; message: string }
  | { index: number; ok: false; invalid: string };

/** A Python string literal of `text` (JSON's escapes are Python's). */
const py = (text: string) => JSON.stringify(text);
const named = (text: string) => (text.length <= NAME_CAP ? text : `${text.slice(0, NAME_CAP - 1)}…`);
const oneLine = (text: string) => text.replaceAll('\n', '\\n');

function testOf(input: TestInput, seen: Observed): { test: ExerciseTest; observed: string } | string {
  const expression = 'call' in input ? input.call.trim() : `run(${py(input.stdin)})`;
  const shown = 'call' in input ? expression : `input ${py(input.stdin)}`;
  if (!seen.ok) {
    if ('invalid' in seen) return `${shown}: ${seen.invalid}`;
    if (seen.raised === 'SystemExit' || seen.raised === 'KeyboardInterrupt')
      return `${shown}: the reference called ${seen.raised === 'SystemExit' ? 'exit()' : 'an interrupt'}, which a test cannot check`;
    const code = [
      'try:',
      `    ${expression}`,
      `except ${seen.raised}:`,
      '    pass',
      'else:',
      `    raise AssertionError(${py(`${shown} should raise ${seen.raised}`)})`,
    ].join('\n');
    return {
      test: { name: named(`${shown} raises ${seen.raised}`), code, weight: 1, hidden: false },
      observed: seen.message,
    };
  }
  if ('output' in seen) {
    const code = [
      `out = run(${py((input as { stdin: string }).stdin)})`,
      `assert out == ${py(seen.output)}, ${py(`with ${shown} the program should print ${py(seen.output)}, got `)} + repr(out)`,
    ].join('\n');
    return {
      test: {
        name: named(`prints ${oneLine(seen.output.trim())} for ${shown}`),
        code,
        weight: 1,
        hidden: false,
      },
      observed: seen.output,
    };
  }
  const check = seen.literal ? `got == ${seen.repr}` : `repr(got) == ${py(seen.repr)}`;
  const code = [
    `got = ${expression}`,
    `assert ${check}, ${py(`${expression} should return ${seen.repr}, got `)} + repr(got)`,
  ].join('\n');
  return {
    test: { name: named(`${expression} returns ${oneLine(seen.repr)}`), code, weight: 1, hidden: false },
    observed: seen.repr,
  };
}

/**
 * Proposes a test per input: the reference solution runs on each (a call of its function, or a whole run on
 * a stdin) in the sandbox, loaded by the grading harness exactly as a submission is, and its result becomes
 * the test's expected value; an exception it raises becomes a test that the call raises it. Teacher code is
 * never run on the host. `problem` is set when the reference does not load or an input cannot become a test.
 */
export async function proposeTests(
  sandbox: GradingSandbox,
  solution: string,
  inputs: TestInput[],
): Promise<ProposedTests> {
  const run = await sandbox.run({
    code: solution,
    files: { 'harness.py': HARNESS, 'propose-tests.py': SCRIPT, 'inputs.json': JSON.stringify(inputs) },
    entry: 'propose-tests.py',
    priority: 'grading',
  });
  const lines = run.stdout.split('\n');
  const load = lines.find((line) => line.startsWith(LOAD_PREFIX));
  const loaded = load
    ? (JSON.parse(load.slice(LOAD_PREFIX.length)) as { ok: boolean; message: string | null })
    : null;
  const seen = new Map<number, Observed>();
  for (const line of lines) {
    if (!line.startsWith(RESULT_PREFIX)) continue;
    const event = JSON.parse(line.slice(RESULT_PREFIX.length)) as Observed;
    seen.set(event.index, event);
  }
  const stopped = run.timedOut
    ? 'the reference did not finish within the time limit: look for a loop that never ends'
    : run.memoryExceeded
      ? 'the reference used more memory than allowed'
      : 'the reference stopped the run (exit code or a crash)';
  return {
    proposals: inputs.map((input, index) => {
      const observed = seen.get(index);
      if (!observed) {
        const why =
          loaded && !loaded.ok ? `the reference solution fails before any input: ${loaded.message}` : stopped;
        return { input, observed: null, test: null, problem: why };
      }
      const made = testOf(input, observed);
      return typeof made === 'string'
        ? { input, observed: null, test: null, problem: made }
        : { input, observed: made.observed, test: made.test, problem: null };
    }),
  };
}
