import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExercises } from './load-exercises.ts';
import { parseTestsPy } from './parse-tests-py.ts';
import { problemsOf } from './problems-of.ts';

const BAD = fileURLToPath(new URL('./fixtures/bad', import.meta.url));
const FOLDER = 'basics/variables/exercises';

describe('loadExercises', () => {
  it('names the file and line of every problem', () => {
    const problems = problemsOf(() => loadExercises(BAD))
      .filter((p) => p.file.startsWith(FOLDER))
      .map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toEqual([
      `${FOLDER}/variables-bad-tests/tests.py:1: tests.py holds only \`def test_<name>():\` functions (put imports and helpers inside the test)`,
      `${FOLDER}/variables-bad-tests/tests.py:10: \`test_no_docstring\` must start with a one-line docstring naming the test: """what it checks"""`,
      `${FOLDER}/variables-bad-tests/exercise.md:2: \`slug\` is "variables-other-name" but the folder is named "variables-bad-tests"`,
      `${FOLDER}/variables-bad-tests/exercise.md:10: \`tests.test_nowhere\` names no test function of tests.py`,
      `${FOLDER}/variables-no-solution/solution.py:0: the exercise has no solution.py`,
    ]);
  });

  it('loads the bank: 77 exercises, easy to hard within each of the 24 topics', () => {
    const exercises = loadExercises();
    expect(exercises).toHaveLength(77);
    expect(new Set(exercises.map((e) => e.topic)).size).toBe(24);
    expect(exercises.slice(0, 3).map((e) => `${e.slug} ${e.difficulty}`)).toEqual([
      'variables-swap easy',
      'variables-shopping-total medium',
      'variables-clock-time hard',
    ]);
    const swap = exercises[0];
    expect(swap?.tests[0]).toEqual({
      name: 'swaps two numbers',
      code: 'got = swap(1, 2)\nassert got == (2, 1), f"swap(1, 2) should return (2, 1), got {got!r}"',
      weight: 1,
      hidden: false,
    });
    expect(swap?.tests.at(-1)).toMatchObject({ weight: 2, hidden: true, rule: expect.any(String) });
  });
});

describe('parseTestsPy', () => {
  it('keeps a body verbatim but for its indent, blank lines included', () => {
    const text =
      'def test_class():\n    """defines a class"""\n    class A:\n        x = 1\n\n    assert A.x == 1\n';
    expect(parseTestsPy('tests.py', text)).toEqual({
      tests: [
        {
          fn: 'test_class',
          name: 'defines a class',
          code: 'class A:\n    x = 1\n\nassert A.x == 1',
          line: 1,
        },
      ],
      problems: [],
    });
  });

  it('reports a test defined twice and a body indented by tabs', () => {
    const text =
      'def test_a():\n    """a"""\n    pass\n\ndef test_a():\n    """again"""\n    pass\n\ndef test_b():\n    """b"""\n\tpass\n';
    expect(parseTestsPy('tests.py', text).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '9: `test_b` has no code after its docstring',
      '11: indent the code of a test by 4 spaces, under its `def test_<name>():`',
      '5: `test_a` is also defined at line 1',
    ]);
  });
});
