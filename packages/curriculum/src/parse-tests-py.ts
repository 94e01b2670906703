import type { ContentProblem } from './content-error.ts';

/** One `def test_<name>():` of an exercise's `tests.py`. */
export interface TestFunction {
  /** The function's name, the key of its `weight`/`hidden`/`rule` in `exercise.md`. */
  fn: string;
  /** The docstring: the test's name as a student sees it. */
  name: string;
  /** The body, dedented: the Python the grading harness runs after the student's code. */
  code: string;
  /** 1-based line of the `def`. */
  line: number;
}

const DEF = /^def (test_\w+)\(\):[ \t]*$/;
const DOCSTRING = /^ {4}"""(.+?)"""[ \t]*$/;
const INDENT = '    ';

/**
 * Splits `tests.py` into its test functions. The file holds only `def test_<name>():` functions (and
 * comments or blank lines between them); each starts with a one-line docstring naming the test, and its
 * body, indented by 4 spaces, runs at the top level of the student's namespace (docs/content-format.md).
 */
export function parseTestsPy(
  file: string,
  text: string,
): { tests: TestFunction[]; problems: ContentProblem[] } {
  const tests: TestFunction[] = [];
  const problems: ContentProblem[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let current: { fn: string; line: number; body: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const body = [...current.body];
    while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
    const doc = DOCSTRING.exec(body[0] ?? '');
    if (!doc?.[1]) {
      problems.push({
        file,
        line: current.line + 1,
        message: `\`${current.fn}\` must start with a one-line docstring naming the test: """what it checks"""`,
      });
    } else if (body.length < 2) {
      problems.push({
        file,
        line: current.line,
        message: `\`${current.fn}\` has no code after its docstring`,
      });
    } else {
      const code = body.slice(1).map((l) => (l.trim() === '' ? '' : l.slice(INDENT.length)));
      tests.push({ fn: current.fn, name: doc[1].trim(), code: code.join('\n'), line: current.line });
    }
    current = null;
  };
  lines.forEach((line, i) => {
    const def = DEF.exec(line);
    if (def?.[1]) {
      finish();
      current = { fn: def[1], line: i + 1, body: [] };
    } else if (line.trim() === '') {
      current?.body.push(line);
    } else if (line.startsWith(INDENT) && current) {
      current.body.push(line);
    } else if (line.startsWith('#')) {
      finish();
    } else {
      finish();
      problems.push({
        file,
        line: i + 1,
        message: /^\s/.test(line)
          ? 'indent the code of a test by 4 spaces, under its `def test_<name>():`'
          : 'tests.py holds only `def test_<name>():` functions (put imports and helpers inside the test)',
      });
    }
  });
  finish();
  const seen = new Map<string, number>();
  for (const test of tests) {
    const other = seen.get(test.fn);
    if (other)
      problems.push({ file, line: test.line, message: `\`${test.fn}\` is also defined at line ${other}` });
    seen.set(test.fn, test.line);
  }
  return { tests, problems };
}
