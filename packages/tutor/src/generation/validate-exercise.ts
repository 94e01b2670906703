import { type ExerciseDefinition, ExerciseDefinitionSchema } from '@learnflow/contracts';
import { type GradingSandbox, gradeSubmission } from '../grading/grade-submission.ts';

/**
 * What is wrong with a candidate exercise, empty when nothing: it must match the bank's schema,
 * have visible and hidden tests with distinct names, and in the sandbox its reference solution
 * must pass every test while a trivial submission (`pass`) and the starter code fail.
 */
export async function validateExercise(
  sandbox: GradingSandbox,
  candidate: ExerciseDefinition,
): Promise<string[]> {
  const parsed = ExerciseDefinitionSchema.safeParse(candidate);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `schema: ${issue.path.join('.')}: ${issue.message}`);
  const exercise = parsed.data;
  const problems: string[] = [];
  if (!exercise.tests.some((test) => !test.hidden)) problems.push('no visible test');
  if (!exercise.tests.some((test) => test.hidden)) problems.push('no hidden test');
  if (new Set(exercise.tests.map((test) => test.name)).size !== exercise.tests.length)
    problems.push('two tests share a name');
  if (exercise.starterCode.trim() === exercise.solution.trim())
    problems.push('the starter code is the solution');
  if (problems.length > 0) return problems;

  // Every test visible for the reference run, so a failure names the test and says why.
  const open = { ...exercise, tests: exercise.tests.map((test) => ({ ...test, hidden: false })) };
  const [solution, trivial, starter] = await Promise.all([
    gradeSubmission(sandbox, open, exercise.solution),
    gradeSubmission(sandbox, exercise, 'pass\n'),
    gradeSubmission(sandbox, exercise, exercise.starterCode),
  ]);
  for (const test of solution.tests.filter((t) => !t.passed))
    problems.push(`the reference solution fails "${test.name}": ${test.message ?? 'no message'}`);
  if (trivial.passed) problems.push('a trivial submission (`pass`) passes every test');
  if (starter.passed) problems.push('the starter code passes every test');
  return problems;
}
