import type { ExerciseDefinition, ExerciseTest } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grading/grade-submission.ts';
import { proposeTests } from './propose-tests.ts';

const sandbox = createSandbox({ concurrency: 2 });
afterAll(() => sandbox.close());

const exerciseWith = (solution: string, tests: ExerciseTest[]): ExerciseDefinition => ({
  slug: 'proposed',
  topic: 'functions',
  difficulty: 'easy',
  title: 'Proposed',
  prompt: 'p',
  starterCode: '',
  solution,
  hints: ['h'],
  tests,
});
const tests = (proposals: { test: ExerciseTest | null }[]) =>
  proposals.map((p) => p.test).filter((t): t is ExerciseTest => t !== null);

describe('proposeTests', () => {
  const divide = [
    'def divide(a, b):',
    '    if b == 0:',
    '        raise ValueError("b must not be 0")',
    '    return {"quotient": a // b, "rest": a % b}',
  ].join('\n');

  it('turns calls into tests whose expected values the reference computed in the sandbox', async () => {
    const { proposals } = await proposeTests(sandbox, divide, [
      { call: 'divide(7, 2)' },
      { call: 'divide(1, 0)' },
      { call: 'divide(7,' },
    ]);
    expect(proposals[0]).toMatchObject({
      observed: "{'quotient': 3, 'rest': 1}",
      test: { name: "divide(7, 2) returns {'quotient': 3, 'rest': 1}", hidden: false, weight: 1 },
      problem: null,
    });
    expect(proposals[1]).toMatchObject({ test: { name: 'divide(1, 0) raises ValueError' }, problem: null });
    expect(proposals[2]).toMatchObject({ test: null, problem: expect.stringMatching(/^divide\(7,: /) });

    const made = tests(proposals);
    expect((await gradeSubmission(sandbox, exerciseWith(divide, made), divide)).passed).toBe(true);
    const wrong = divide.replace('a % b', 'a % b + 1').replace('raise ValueError', 'return None #');
    const graded = await gradeSubmission(sandbox, exerciseWith(divide, made), wrong);
    expect(graded.tests.map((t) => t.passed)).toEqual([false, false]);
    expect(graded.tests[0]?.message).toBe(
      "divide(7, 2) should return {'quotient': 3, 'rest': 1}, got {'quotient': 3, 'rest': 2}",
    );
    expect(graded.tests[1]?.message).toBe('divide(1, 0) should raise ValueError');
  });

  it('turns stdin into tests of what the whole program prints, and compares reprs it cannot evaluate', async () => {
    const program = [
      'class Point:',
      '    def __init__(self, x): self.x = x',
      '    def __repr__(self): return f"Point<{self.x}>"',
      'a = int(input("a? "))',
      'b = int(input("b? "))',
      'print(a + b)',
    ].join('\n');
    const { proposals } = await proposeTests(sandbox, program, [
      { stdin: '3\n4\n' },
      { call: 'Point(2)' },
      { stdin: '1\n' },
    ]);
    expect(proposals[0]).toMatchObject({ observed: '7\n', test: { name: 'prints 7 for input "3\\n4\\n"' } });
    expect(proposals[1]?.test?.code).toContain('repr(got) == "Point<2>"');
    expect(proposals[2]).toMatchObject({ test: { name: 'input "1\\n" raises EOFError' } });
    const made = tests(proposals);
    expect((await gradeSubmission(sandbox, exerciseWith(program, made), program)).passed).toBe(true);
    const wrong = program.replace('a + b', 'a * b');
    const graded = await gradeSubmission(sandbox, exerciseWith(program, made), wrong);
    expect(graded.tests[0]?.message).toBe(
      'with input "3\\n4\\n" the program should print "7\\n", got \'12\\n\'',
    );
  });

  it('says why when the reference does not load or never finishes', async () => {
    const broken = await proposeTests(sandbox, 'def f(:\n  pass', [{ call: 'f()' }]);
    expect(broken.proposals[0]?.problem).toMatch(
      /^the reference solution fails before any input: SyntaxError/,
    );
    const endless = await proposeTests(sandbox, 'def f():\n    while True:\n        pass', [{ call: 'f()' }]);
    expect(endless.proposals[0]?.problem).toMatch(/did not finish within the time limit/);
  });
});
