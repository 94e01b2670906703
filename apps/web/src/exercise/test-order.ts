import type { SubmissionResult, TestResult } from '../api/practice-types.ts';

/** The test to fix first leads, then the other failures, then the passes, each in the grader's order. */
export function orderTests(result: Pick<SubmissionResult, 'tests' | 'firstFailure'>): TestResult[] {
  const first = result.firstFailure === null ? undefined : result.tests[result.firstFailure];
  const failed = result.tests.filter((t) => !t.passed && t !== first);
  return [...(first ? [first] : []), ...failed, ...result.tests.filter((t) => t.passed)];
}
