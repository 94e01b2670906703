import {
  AuthoredExerciseBodySchema,
  type ExerciseDefinition,
  type ExerciseDraft,
} from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { checkMutants, type GradingSandbox, gradeSubmission } from '@learnflow/tutor';
import type { BackgroundChecks } from './background-checks.ts';
import { CHECK_STALE_MS, contentHash, definitionOf, describeDraft, draftOf } from './exercise-drafts.ts';

/** REFERENCE_FAILS_TESTS naming the first test the reference fails, unless it passes them all. */
export async function requireReferencePasses(sandbox: GradingSandbox, exercise: ExerciseDefinition) {
  const visible = { ...exercise, tests: exercise.tests.map((test) => ({ ...test, hidden: false })) };
  const graded = await gradeSubmission(sandbox, visible, exercise.solution, { priority: 'background' });
  const failed = graded.tests.find((test) => !test.passed);
  if (failed)
    throw appError(
      'REFERENCE_FAILS_TESTS',
      `The reference solution fails its own test "${failed.name}": ${failed.message ?? 'it did not pass'}. Fix the test or the solution; nothing was checked or published.`,
    );
}

/**
 * Starts the mutant check of the draft as it is now and returns at once with it `running`; the page polls
 * GET /api/teacher/exercises/{id} for the report. The reference must first pass its own tests (graded now,
 * in the sandbox), else REFERENCE_FAILS_TESTS. A check of the same content already running is not started
 * twice. The check runs at background priority, so students' runs and grading go first.
 */
export async function checkDraft(
  deps: ServiceDeps,
  checks: BackgroundChecks,
  teacherId: string,
  id: string,
): Promise<ExerciseDraft> {
  const row = await draftOf(deps.db, teacherId, id);
  const body = AuthoredExerciseBodySchema.parse(row.definition);
  const hash = contentHash(body);
  const fresh =
    row.check_status === 'running' &&
    row.check_hash === hash &&
    row.check_started_at !== null &&
    Date.now() - new Date(row.check_started_at).getTime() < CHECK_STALE_MS;
  if (fresh) return describeDraft(deps.db, row);

  const sandbox = await deps.resources.get(sandboxResource);
  const exercise = definitionOf(row.id, body);
  await requireReferencePasses(sandbox, exercise);
  const startedAt = new Date();
  const started = await deps.db
    .updateTable('exercise_drafts')
    .set({
      check_hash: hash,
      check_status: 'running',
      check_started_at: startedAt,
      check_report: null,
      check_problem: null,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  // Only this run's own row is written: a newer check started meanwhile keeps its state.
  const finish = (fields: {
    check_status: 'done' | 'failed';
    check_report?: string;
    check_problem?: string;
  }) =>
    deps.db
      .updateTable('exercise_drafts')
      .set(fields)
      .where('id', '=', id)
      .where('check_started_at', '=', startedAt)
      .execute();
  checks.start(async () => {
    try {
      const report = await checkMutants(exercise, sandbox);
      await finish({ check_status: 'done', check_report: JSON.stringify(report) });
    } catch (error) {
      deps.log.warn({ err: error, draft: id }, 'mutant check failed');
      await finish({
        check_status: 'failed',
        check_problem: `The sandbox could not finish the check (${(error as Error).message}): check again.`,
      }).catch((stored: unknown) =>
        deps.log.error({ err: stored, draft: id }, 'mutant check state not stored'),
      );
    }
  });
  return describeDraft(deps.db, started);
}
