import type { ExerciseDefinition, Mutant, MutantOutcome, MutantReport } from '@learnflow/contracts';
import { type GradingSandbox, gradeSubmission } from '../grading/grade-submission.ts';
import { makeMutants } from './make-mutants.ts';

export interface CheckMutantsOptions {
  /** Mutants graded per exercise at most (default 30): the first of each kind in turn, in source order. */
  maxMutants?: number;
  /** Mutants graded at once by this check (default 2); the sandbox's run queue bounds the whole process. */
  parallel?: number;
}

/** A mutant may run this many times as long as the reference did before it counts as stuck (a loop that never ends). */
const TIME_FACTOR = 4;
const MIN_WALL_MS = 1_500;

/**
 * Grades `exercise`'s tests against mutants of its reference solution (made and graded in the sandbox, at
 * background priority). A mutant that passes every test survives: either the tests miss what it breaks, or it
 * behaves like the reference (an equivalent mutant, which no test can kill); the exercise's `acceptedMutants`
 * names the latter, with a reason, and those are reported as `accepted`.
 */
export async function checkMutants(
  exercise: ExerciseDefinition,
  sandbox: GradingSandbox,
  options: CheckMutantsOptions = {},
): Promise<MutantReport> {
  const started = performance.now();
  const visible = { ...exercise, tests: exercise.tests.map((test) => ({ ...test, hidden: false })) };
  const [made, reference] = await Promise.all([
    makeMutants(sandbox, exercise.solution, options.maxMutants ?? 30),
    gradeSubmission(sandbox, visible, exercise.solution, { priority: 'background' }),
  ]);
  const report = (fields: Partial<MutantReport>): MutantReport => ({
    slug: exercise.slug,
    referencePassed: reference.passed,
    referenceFailures: reference.tests.filter((t) => !t.passed).map((t) => `${t.name}: ${t.message}`),
    candidates: 0,
    mutants: [],
    killed: 0,
    survived: 0,
    accepted: 0,
    durationMs: Math.round(performance.now() - started),
    ...fields,
  });
  if (!made.ok) return report({ referencePassed: false, referenceFailures: [made.problem] });
  if (!reference.passed) return report({ candidates: made.candidates });

  const limits = { wallTimeMs: Math.max(MIN_WALL_MS, TIME_FACTOR * reference.durationMs) };
  const accepted = new Map((exercise.acceptedMutants ?? []).map((entry) => [entry.mutant, entry.reason]));
  const grade = async (mutant: Mutant): Promise<MutantOutcome> => {
    const result = await gradeSubmission(sandbox, visible, mutant.code, { priority: 'background', limits });
    const failed = result.tests.findIndex((test) => !test.passed);
    const reason = accepted.get(mutant.id) ?? null;
    const status = failed >= 0 ? 'killed' : reason === null ? 'survived' : 'accepted';
    return {
      ...mutant,
      status,
      killedBy: failed >= 0 ? (exercise.tests[failed]?.name ?? null) : null,
      acceptedReason: status === 'accepted' ? reason : null,
    };
  };

  const outcomes: MutantOutcome[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < made.mutants.length; index = next++) {
      outcomes[index] = await grade(made.mutants[index] as Mutant);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 2) }, worker));
  const count = (status: MutantOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return report({
    candidates: made.candidates,
    mutants: outcomes,
    killed: count('killed'),
    survived: count('survived'),
    accepted: count('accepted'),
  });
}
