import {
  AuthoredExerciseBodySchema,
  type ExerciseDraft,
  MutantReportSchema,
  type PublishDraftBody,
} from '@learnflow/contracts';
import { appError, audit, type ServiceDeps, untilFound } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { requireReferencePasses } from './check-draft.ts';
import { contentHash, definitionOf, describeDraft, draftOf } from './exercise-drafts.ts';
import { topicId } from './find-exercise.ts';
import { publishExercise } from './publish-exercise.ts';

const SHOWN_SURVIVORS = 5;

/**
 * Publishes the draft to one of the teacher's classes: its students (only) see and submit it like a bank
 * exercise. The reference must pass its own tests (graded again now), the mutant check must have finished on
 * the solution and tests as they are, and surviving mutants need `publishWithSurvivors`. The exercise and the
 * draft's published state are written in one transaction: nothing is ever half-published.
 */
export async function publishDraft(
  deps: ServiceDeps,
  teacherId: string,
  id: string,
  body: PublishDraftBody,
  correlationId: string,
): Promise<ExerciseDraft> {
  const row = await draftOf(deps.db, teacherId, id);
  if (row.exercise_id)
    throw appError(
      'EXERCISE_PUBLISHED',
      'This exercise is already published: write a new exercise for another class.',
    );
  // A class made a moment ago may not have reached this service's read model yet.
  const klass = await untilFound(() =>
    deps.db
      .selectFrom('exercise_classes')
      .select(['id', 'name', 'teacher_id'])
      .where('id', '=', body.classId)
      .executeTakeFirst(),
  );
  if (!klass) throw appError('NOT_FOUND', `No class ${body.classId}: GET /api/teacher/classes lists yours.`);
  if (klass.teacher_id !== teacherId)
    throw appError('FORBIDDEN', `"${klass.name}" is another teacher's class: publish to one of your own.`);

  const exercise = AuthoredExerciseBodySchema.parse(row.definition);
  await requireReferencePasses(await deps.resources.get(sandboxResource), definitionOf(row.id, exercise));
  const check = row.check_hash === contentHash(exercise) ? row.check_status : null;
  if (check !== 'done')
    throw appError(
      'MUTANT_CHECK_NEEDED',
      check === 'running'
        ? 'The mutant check is still running: wait for its report, then publish.'
        : 'Check the tests against mutants of the solution as they are now first (POST /api/teacher/exercises/{id}/check).',
    );
  const report = MutantReportSchema.parse(row.check_report);
  const survivors = report.mutants.filter((m) => m.status === 'survived');
  if (survivors.length > 0 && !body.publishWithSurvivors) {
    const named = survivors
      .slice(0, SHOWN_SURVIVORS)
      .map((m) => `${m.kind} line ${m.line} (${m.change})`)
      .join('; ');
    const more = survivors.length > SHOWN_SURVIVORS ? ` and ${survivors.length - SHOWN_SURVIVORS} more` : '';
    throw appError(
      'SURVIVING_MUTANTS',
      `${survivors.length} wrong version(s) of the solution pass every test: ${named}${more}. Add a test they fail and check again, or publish with publishWithSurvivors: true.`,
    );
  }

  const topic = await topicId(deps, exercise.topic);
  await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    const made = await trx
      .insertInto('exercises')
      .values({
        topic_id: topic.id,
        difficulty: exercise.difficulty,
        title: exercise.title,
        prompt: exercise.prompt,
        starter_code: exercise.starterCode,
        solution: exercise.solution,
        hints: JSON.stringify(exercise.hints),
        tests: JSON.stringify(exercise.tests),
        source: 'authored',
        created_by: teacherId,
        class_id: klass.id,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const marked = await trx
      .updateTable('exercise_drafts')
      .set({ exercise_id: made.id, class_id: klass.id, published_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .where('exercise_id', 'is', null)
      .where('check_hash', '=', contentHash(exercise))
      .executeTakeFirst();
    if (marked.numUpdatedRows === 0n)
      throw appError('EXERCISE_PUBLISHED', 'The exercise changed or was published meanwhile: reload it.');
    await audit(trx, teacherId, 'exercise.published', made.id, { classId: klass.id, draftId: id });
    await publishExercise(
      tx,
      {
        exerciseId: made.id,
        title: exercise.title,
        topic: exercise.topic,
        difficulty: exercise.difficulty,
        source: 'authored',
        classId: klass.id,
        createdBy: teacherId,
        createdAt: new Date(made.created_at).toISOString(),
      },
      correlationId,
    );
  });
  return describeDraft(deps.db, await draftOf(deps.db, teacherId, id));
}
