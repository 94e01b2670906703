import type { ExerciseDefinition, ExerciseTest } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMutants } from './check-mutants.ts';

const sandbox = createSandbox({ concurrency: 2 });
afterAll(() => sandbox.close());

const py = (value: boolean) => (value ? 'True' : 'False');
const check = (age: number, expected: boolean, hidden = false): ExerciseTest => ({
  name: `age ${age}`,
  code: `assert can_vote(${age}) is ${py(expected)}, "can_vote(${age}) should be ${py(expected)}"`,
  weight: 1,
  hidden,
});

const voting: ExerciseDefinition = {
  slug: 'mutants-can-vote',
  topic: 'conditionals',
  difficulty: 'easy',
  title: 'Old enough to vote',
  prompt: 'Write `can_vote(age)`: True from 18 on.',
  starterCode: 'def can_vote(age):\n    pass\n',
  solution: 'def can_vote(age):\n    # 18 and over\n    return age >= 18\n',
  hints: ['Compare.'],
  tests: [check(30, true), check(5, false)],
};

describe('checkMutants', () => {
  it('reports the mutants that weak tests let through, with kind, line and code', async () => {
    const report = await checkMutants(voting, sandbox);
    expect(report).toMatchObject({ slug: 'mutants-can-vote', referencePassed: true, referenceFailures: [] });
    const survivors = report.mutants.filter((m) => m.status === 'survived');
    expect(survivors.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'off-by-one line 3: `age >= 18` becomes `age > 18`',
        'off-by-one line 3: 18 becomes 19',
      ]),
    );
    const boundary = survivors.find((m) => m.change === '`age >= 18` becomes `age > 18`');
    expect(boundary).toMatchObject({ kind: 'off-by-one', line: 3, killedBy: null });
    expect(boundary?.code).toBe('def can_vote(age):\n    return age > 18\n');
    const flipped = report.mutants.find((m) => m.kind === 'flipped-comparison');
    expect(flipped).toMatchObject({ status: 'killed', killedBy: 'age 30' });
    expect(report.mutants.map((m) => m.kind)).toEqual(expect.arrayContaining(['constant-return']));
    expect(report.survived).toBe(survivors.length);
    expect(report.killed + report.survived + report.accepted).toBe(report.mutants.length);
  });

  it('finds no survivor once the edge cases are tested, hidden tests included', async () => {
    const strong = { ...voting, tests: [...voting.tests, check(18, true), check(17, false, true)] };
    const report = await checkMutants(strong, sandbox);
    expect(report.mutants.filter((m) => m.status !== 'killed')).toEqual([]);
    expect(report.mutants.some((m) => m.killedBy === 'age 17')).toBe(true);
  });

  it('reports a listed equivalent mutant as accepted, with its reason', async () => {
    const id = 'off-by-one line 3: 18 becomes 19';
    const report = await checkMutants(
      { ...voting, acceptedMutants: [{ mutant: id, reason: 'a stand-in reason for the test' }] },
      sandbox,
    );
    expect(report.mutants.find((m) => m.id === id)).toMatchObject({
      status: 'accepted',
      acceptedReason: 'a stand-in reason for the test',
    });
    expect(report.accepted).toBe(1);
  });

  it('caps the mutants it grades', async () => {
    const report = await checkMutants(voting, sandbox, { maxMutants: 2 });
    expect(report.mutants).toHaveLength(2);
    expect(report.candidates).toBeGreaterThan(2);
  });

  it('grades no mutant when the reference fails its own tests, and says which test', async () => {
    const report = await checkMutants(
      { ...voting, solution: 'def can_vote(age):\n    return age < 18\n' },
      sandbox,
      {
        maxMutants: 3,
      },
    );
    expect(report.referencePassed).toBe(false);
    expect(report.mutants).toEqual([]);
    expect(report.referenceFailures).toEqual([
      'age 30: can_vote(30) should be True',
      'age 5: can_vote(5) should be False',
    ]);
  });

  it('says so when the reference is not valid Python', async () => {
    const report = await checkMutants(
      { ...voting, solution: 'def can_vote(age)\n    return True\n' },
      sandbox,
    );
    expect(report.referencePassed).toBe(false);
    expect(report.referenceFailures[0]).toMatch(/could not be read as Python \(SyntaxError/);
  });
});
