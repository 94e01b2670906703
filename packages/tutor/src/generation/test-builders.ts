import type { ExerciseTest } from '@learnflow/contracts';
import { type PyValue, py } from './python-literal.ts';

export interface TestOptions {
  weight?: number;
  hidden?: boolean;
  /** Python run before the check (create files, build objects...). */
  setup?: string;
  /** Why the expected value is right, added to the failure message. */
  note?: string;
}

const test = (name: string, code: string, options: TestOptions): ExerciseTest => ({
  name,
  code: options.setup ? `${options.setup.trimEnd()}\n${code}` : code,
  weight: options.weight ?? 1,
  hidden: options.hidden ?? false,
});

const because = (note: string | undefined) => (note ? ` (${note})` : '');

/** `call` must return `expected` (booleans and None compared with `is`). */
export function returns(
  name: string,
  call: string,
  expected: PyValue,
  options: TestOptions = {},
): ExerciseTest {
  const want = py(expected);
  const check = typeof expected === 'boolean' || expected === null ? `got is ${want}` : `got == ${want}`;
  const message = py(`${call} should return ${want}${because(options.note)}, got `);
  return test(name, `got = ${call}\nassert ${check}, ${message} + repr(got)`, options);
}

/** The expression `expr` (an attribute, `str(obj)`...) must equal `expected`, after `options.setup`. */
export function equals(
  name: string,
  expr: string,
  expected: PyValue,
  options: TestOptions = {},
): ExerciseTest {
  const want = py(expected);
  const check = typeof expected === 'boolean' || expected === null ? `got is ${want}` : `got == ${want}`;
  const message = py(`${expr} should be ${want}${because(options.note)}, got `);
  return test(name, `got = ${expr}\nassert ${check}, ${message} + repr(got)`, options);
}

/** `call` must raise `exception` (a class name in scope). */
export function raises(
  name: string,
  call: string,
  exception: string,
  options: TestOptions = {},
): ExerciseTest {
  const prefix = py(`${call} should raise ${exception}${because(options.note)}`);
  return test(
    name,
    `try:
    got = ${call}
except ${exception}:
    pass
except Exception as error:
    raise AssertionError(${prefix} + ", but it raised " + type(error).__name__ + ": " + str(error))
else:
    raise AssertionError(${prefix} + ", but it returned " + repr(got))`,
    options,
  );
}

/** The program, given `stdin`, must print exactly `expected`. */
export function prints(
  name: string,
  stdin: string,
  expected: string,
  options: TestOptions = {},
): ExerciseTest {
  const message = py(
    `With the input ${py(stdin)} the program should print ${py(expected)}${because(options.note)}, it printed `,
  );
  return test(
    name,
    `out = run(${py(stdin)})\nassert out == ${py(expected)}, ${message} + repr(out)`,
    options,
  );
}

/** Any Python check; an `assert` with a message explains a failure. */
export const custom = (name: string, code: string, options: TestOptions = {}): ExerciseTest =>
  test(name, code, options);
