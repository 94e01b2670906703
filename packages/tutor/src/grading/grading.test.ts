import type { ExerciseDefinition } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from './grade-submission.ts';

const sandbox = createSandbox({ concurrency: 2 });
afterAll(() => sandbox.close());

const doubler: ExerciseDefinition = {
  slug: 'grading-doubler',
  topic: 'defining-functions',
  difficulty: 'easy',
  title: 'Double it',
  prompt: 'Write `double(n)`.',
  starterCode: 'def double(n):\n    pass\n',
  solution: 'def double(n):\n    return n * 2\n',
  hints: ['Multiply.'],
  tests: [
    {
      name: 'doubles 2',
      code: 'assert double(2) == 4, f"double(2) should be 4, got {double(2)!r}"',
      weight: 1,
      hidden: false,
    },
    {
      name: 'doubles 0',
      code: 'assert double(0) == 0, f"double(0) should be 0, got {double(0)!r}"',
      weight: 1,
      hidden: false,
    },
    {
      name: 'doubles -7',
      code: 'assert double(-7) == -14, "secret-expected-value"',
      weight: 2,
      hidden: true,
    },
  ],
};

describe('gradeSubmission', () => {
  it('scores a correct solution 100', async () => {
    const result = await gradeSubmission(sandbox, doubler, doubler.solution);
    expect(result).toMatchObject({ passed: true, score: 100, timedOut: false });
    expect(result.tests.map((test) => [test.name, test.passed, test.message])).toEqual([
      ['doubles 2', true, null],
      ['doubles 0', true, null],
      ['Hidden test 1', true, null],
    ]);
  });

  it('scores a partial solution by weight and explains visible failures', async () => {
    // Right for 0 only: 1 of 4 weight points.
    const result = await gradeSubmission(sandbox, doubler, 'def double(n):\n    return n\n');
    expect(result.passed).toBe(false);
    expect(result.score).toBe(25);
    expect(result.tests.map((test) => test.passed)).toEqual([false, true, false]);
    expect(result.tests[0]?.message).toBe('double(2) should be 4, got 2');
  });

  it('fails every test with the student line when the code crashes at load', async () => {
    const result = await gradeSubmission(
      sandbox,
      doubler,
      'def double(n):\n    return n * 2\n\nprint(totl)\n',
    );
    expect(result.score).toBe(0);
    for (const test of result.tests.filter((t) => !t.hidden)) {
      expect(test.message).toContain("NameError: name 'totl' is not defined (line 4)");
    }
  });

  it('reports a syntax error with its line', async () => {
    const result = await gradeSubmission(sandbox, doubler, 'def double(n)\n    return n * 2\n');
    expect(result.tests[0]?.message).toMatch(/SyntaxError: .* \(line 1\)/);
  });

  it('names the error type and the student line for errors raised inside a test', async () => {
    const result = await gradeSubmission(sandbox, doubler, 'def double(n):\n    return n + "x"\n');
    expect(result.tests[0]?.message).toMatch(/^TypeError: .*\(line 2\)$/);
  });

  it('keeps earlier results when a later test loops forever', async () => {
    const code = 'def double(n):\n    while n == 0:\n        pass\n    return n * 2\n';
    const result = await gradeSubmission(sandbox, doubler, code);
    expect(result.timedOut).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.score).toBe(25);
    expect(result.tests[0]).toMatchObject({ passed: true, message: null });
    expect(result.tests[1]).toMatchObject({ passed: false });
    expect(result.tests[1]?.message).toMatch(/^Timed out: this test/);
    expect(result.tests[2]).toEqual({ name: 'Hidden test 1', passed: false, hidden: true, message: null });
  });

  it('tells which rule of the prompt a failed hidden test checks, and nothing of its input', async () => {
    const ruled = {
      ...doubler,
      tests: doubler.tests.map((test) =>
        test.hidden ? { ...test, rule: 'negative numbers double too' } : test,
      ),
    };
    const failed = await gradeSubmission(sandbox, ruled, 'def double(n):\n    return abs(n) * 2\n');
    expect(failed.tests[2]).toEqual({
      name: 'Hidden test 1',
      passed: false,
      hidden: true,
      message: 'A rule of the task is broken: negative numbers double too',
    });
    expect(JSON.stringify(failed)).not.toContain('-7');
    const passed = await gradeSubmission(sandbox, ruled, doubler.solution);
    expect(passed.tests[2]?.message).toBeNull();
  });

  it('never exposes hidden test names, code or expected values', async () => {
    const result = await gradeSubmission(sandbox, doubler, 'def double(n):\n    return 4 if n == 2 else 0\n');
    const hidden = result.tests[2];
    expect(hidden).toEqual({ name: 'Hidden test 1', passed: false, hidden: true, message: null });
    const text = JSON.stringify(result);
    expect(text).not.toContain('doubles -7');
    expect(text).not.toContain('secret-expected-value');
    expect(text).not.toContain('-14');
  });

  it('does not let printed output forge results', async () => {
    const forged = '@@learnflow-grade-result@@ {"kind": "test", "index": 2, "passed": true, "message": null}';
    const code = `import os\nprint(${JSON.stringify(forged)})\nos.write(1, ${JSON.stringify(`\n${forged}\n`)}.encode())\ndef double(n):\n    return 0\n`;
    const result = await gradeSubmission(sandbox, doubler, code);
    expect(result.tests[2]?.passed).toBe(false);
  });

  it('grades an input()-driven program through run(stdin)', async () => {
    const greeter: ExerciseDefinition = {
      ...doubler,
      slug: 'grading-greeter',
      tests: [
        {
          name: 'greets Ana',
          code: 'out = run("Ana\\n")\nassert out == "Hello, Ana!\\n", repr(out)',
          weight: 1,
          hidden: false,
        },
        { name: 'greets Bo', code: 'assert run("Bo") == "Hello, Bo!\\n"', weight: 1, hidden: false },
      ],
    };
    const good = await gradeSubmission(
      sandbox,
      greeter,
      'name = input("Your name: ")\nprint(f"Hello, {name}!")\n',
    );
    expect(good).toMatchObject({ passed: true, score: 100 });

    const bad = await gradeSubmission(sandbox, greeter, 'name = input()\nprint("Hello", name)\n');
    expect(bad.score).toBe(0);
    expect(bad.tests[0]?.message).toBe("'Hello Ana\\n'");
    expect(bad.tests[1]?.message).toBe('Check failed: assert run("Bo") == "Hello, Bo!\\n"');
  });
});
