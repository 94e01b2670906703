import type { ExerciseDefinition } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GradeResult, gradeSubmission } from '../../grading/grade-submission.ts';
import { exercises } from './index.ts';

// Two runs at a time keep CI fast without starving the machine (and stay under the sandbox's queue limit).
const CONCURRENCY = 2;
const SUBMISSIONS = ['solution', 'pass', 'starter'] as const;
type Submission = (typeof SUBMISSIONS)[number];

const results = new Map<string, GradeResult>();
const key = (slug: string, submission: Submission) => `${slug}:${submission}`;

function codeOf(exercise: ExerciseDefinition, submission: Submission): string {
  if (submission === 'solution') return exercise.solution;
  return submission === 'pass' ? 'pass\n' : exercise.starterCode;
}

// The reference solution is graded with every test visible, so a failure shows its message.
function withVisibleTests(exercise: ExerciseDefinition): ExerciseDefinition {
  return { ...exercise, tests: exercise.tests.map((test) => ({ ...test, hidden: false })) };
}

beforeAll(async () => {
  const sandbox = createSandbox({ concurrency: CONCURRENCY });
  const jobs = exercises.flatMap((exercise) => SUBMISSIONS.map((submission) => ({ exercise, submission })));
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const graded = job.submission === 'solution' ? withVisibleTests(job.exercise) : job.exercise;
      const result = await gradeSubmission(sandbox, graded, codeOf(job.exercise, job.submission));
      results.set(key(job.exercise.slug, job.submission), result);
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await sandbox.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`Graded ${jobs.length} submissions of ${exercises.length} exercises in ${seconds} s`);
}, 600_000);

describe.each(exercises)('$slug', (exercise) => {
  it('accepts the reference solution with a score of 100', () => {
    const result = results.get(key(exercise.slug, 'solution'));
    const failures = result?.tests
      .filter((test) => !test.passed)
      .map((test) => `${test.name}: ${test.message}`);
    expect(failures).toEqual([]);
    expect(result).toMatchObject({ passed: true, score: 100, timedOut: false });
  });

  it.each(['pass', 'starter'] as const)('rejects %s', (submission) => {
    const result = results.get(key(exercise.slug, submission));
    expect(result?.passed).toBe(false);
    expect(result?.score).toBeLessThan(100);
  });
});
