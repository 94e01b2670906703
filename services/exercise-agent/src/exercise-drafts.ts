import { createHash } from 'node:crypto';
import {
  type AuthoredExerciseBody,
  AuthoredExerciseBodySchema,
  type DraftCheck,
  type ExerciseDefinition,
  type ExerciseDetail,
  type ExerciseDraft,
  type ExerciseDraftList,
  MutantReportSchema,
} from '@learnflow/contracts';
import { appError, type Database, type Db, type ServiceDeps } from '@learnflow/platform';
import type { Selectable } from 'kysely';
import { topicId } from './find-exercise.ts';
import { toDetail } from './get-exercise.ts';

type DraftRow = Selectable<Database['exercise_drafts']>;

/** A check still `running` after this long was cut off (the process stopped): it reads as failed. */
export const CHECK_STALE_MS = 10 * 60_000;

/** What a mutant check grades: a check of other content is no longer current. */
export const contentHash = (body: Pick<AuthoredExerciseBody, 'solution' | 'tests'>) =>
  createHash('sha256')
    .update(JSON.stringify([body.solution, body.tests]))
    .digest('hex');

/** The draft as the grader and the mutant check take it (its id is its slug). */
export const definitionOf = (id: string, body: AuthoredExerciseBody): ExerciseDefinition => ({
  slug: id,
  ...body,
});

const iso = (at: Date | string) => new Date(at).toISOString();

function checkOf(row: DraftRow, body: AuthoredExerciseBody): DraftCheck | null {
  if (!row.check_status || !row.check_started_at) return null;
  const stale =
    row.check_status === 'running' && Date.now() - new Date(row.check_started_at).getTime() > CHECK_STALE_MS;
  return {
    status: stale ? 'failed' : row.check_status,
    current: row.check_hash === contentHash(body),
    startedAt: iso(row.check_started_at),
    report: row.check_report ? MutantReportSchema.parse(row.check_report) : null,
    problem: stale ? 'The check was cut off before it finished: check again.' : row.check_problem,
  };
}

/** The draft as its teacher sees it. */
export async function describeDraft(db: Db, row: DraftRow): Promise<ExerciseDraft> {
  const body = AuthoredExerciseBodySchema.parse(row.definition);
  const klass = row.class_id
    ? await db
        .selectFrom('exercise_classes')
        .select(['id', 'name'])
        .where('id', '=', row.class_id)
        .executeTakeFirst()
    : undefined;
  return {
    id: row.id,
    status: row.exercise_id ? 'published' : 'draft',
    exercise: body,
    check: checkOf(row, body),
    exerciseId: row.exercise_id,
    class: klass ?? null,
    publishedAt: row.published_at ? iso(row.published_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The teacher's own draft: 404 when there is none, 403 when it is another teacher's. */
export async function draftOf(db: Db, teacherId: string, id: string): Promise<DraftRow> {
  const row = await db.selectFrom('exercise_drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw appError('NOT_FOUND', `No exercise draft ${id}: GET /api/teacher/exercises lists yours.`);
  if (row.teacher_id !== teacherId)
    throw appError('FORBIDDEN', "This is another teacher's exercise: you can only change your own.");
  return row;
}

export async function createDraft(
  deps: ServiceDeps,
  teacherId: string,
  body: AuthoredExerciseBody,
): Promise<ExerciseDraft> {
  await topicId(deps, body.topic);
  const row = await deps.db
    .insertInto('exercise_drafts')
    .values({ teacher_id: teacherId, definition: JSON.stringify(body) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return describeDraft(deps.db, row);
}

/** Replaces the draft's exercise; a published one is fixed (students were graded against it). */
export async function updateDraft(
  deps: ServiceDeps,
  teacherId: string,
  id: string,
  body: AuthoredExerciseBody,
): Promise<ExerciseDraft> {
  const row = await draftOf(deps.db, teacherId, id);
  if (row.exercise_id)
    throw appError(
      'EXERCISE_PUBLISHED',
      'This exercise is published and students are graded against it: write a new exercise to change it.',
    );
  await topicId(deps, body.topic);
  const updated = await deps.db
    .updateTable('exercise_drafts')
    .set({ definition: JSON.stringify(body), updated_at: new Date() })
    .where('id', '=', id)
    .where('exercise_id', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!updated)
    throw appError(
      'EXERCISE_PUBLISHED',
      'This exercise was published meanwhile: write a new exercise to change it.',
    );
  return describeDraft(deps.db, updated);
}

export async function listDrafts(deps: ServiceDeps, teacherId: string): Promise<ExerciseDraftList> {
  const rows = await deps.db
    .selectFrom('exercise_drafts')
    .leftJoin('exercise_classes', 'exercise_classes.id', 'exercise_drafts.class_id')
    .select([
      'exercise_drafts.id',
      'exercise_drafts.definition',
      'exercise_drafts.exercise_id',
      'exercise_drafts.published_at',
      'exercise_drafts.updated_at',
      'exercise_classes.id as classId',
      'exercise_classes.name as className',
    ])
    .where('exercise_drafts.teacher_id', '=', teacherId)
    .orderBy('exercise_drafts.updated_at', 'desc')
    .execute();
  return {
    drafts: rows.map((row) => {
      const body = AuthoredExerciseBodySchema.parse(row.definition);
      return {
        id: row.id,
        title: body.title,
        topic: body.topic,
        status: row.exercise_id ? 'published' : 'draft',
        exerciseId: row.exercise_id,
        class: row.classId && row.className ? { id: row.classId, name: row.className } : null,
        publishedAt: row.published_at ? iso(row.published_at) : null,
        updatedAt: iso(row.updated_at),
      };
    }),
  };
}

/** The draft exactly as a student will see it (no solution, no hidden test), every hint shown. */
export async function previewDraft(
  deps: ServiceDeps,
  teacherId: string,
  id: string,
): Promise<ExerciseDetail> {
  const row = await draftOf(deps.db, teacherId, id);
  const definition = definitionOf(row.id, AuthoredExerciseBodySchema.parse(row.definition));
  return toDetail({ id: row.exercise_id ?? row.id, source: 'authored', definition }, definition.hints.length);
}
