import type { Replay } from '@learnflow/contracts';
import { appError, type Db, requireStudentOfTeacher, type ServiceDeps } from '@learnflow/platform';
import { lineDiff } from './line-diff.ts';

const ATTEMPTS = 100;

/**
 * A student's submissions to one exercise in order, each with its line diff from the one
 * before: what a teacher steps through. Without `exerciseId`, the latest exercise submitted.
 * The exercises' counts and the attempts are read from one snapshot (a repeatable-read
 * transaction), so a submission arriving in between cannot make them disagree.
 */
export async function getSessionReplay(
  deps: ServiceDeps,
  teacherId: string,
  studentId: string,
  exerciseId?: string,
): Promise<Replay> {
  const student = await requireStudentOfTeacher(
    deps.db,
    { rosters: 'classroom_roster', accounts: 'classroom_accounts' },
    teacherId,
    studentId,
  );
  return deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => readReplay(trx, student, exerciseId));
}

async function readReplay(
  db: Db,
  student: { id: string; name: string },
  exerciseId: string | undefined,
): Promise<Replay> {
  const exercises = await db
    .selectFrom('classroom_submissions as submissions')
    .innerJoin('classroom_exercises as exercises', 'exercises.id', 'submissions.exercise_id')
    .select([
      'exercises.id',
      'exercises.title',
      (eb) => eb.fn.countAll<number>().as('attempts'),
      (eb) => eb.fn.max('submissions.created_at').as('last'),
    ])
    .where('submissions.user_id', '=', student.id)
    .groupBy(['exercises.id', 'exercises.title'])
    .orderBy('last', 'desc')
    .execute();
  const chosen = exerciseId ?? exercises[0]?.id ?? null;
  if (exerciseId && !exercises.some((e) => e.id === exerciseId))
    throw appError(
      'NOT_FOUND',
      `${student.name} has not submitted exercise ${exerciseId}: leave out exerciseId to replay their latest exercise.`,
    );
  const submissions = chosen
    ? await db
        .selectFrom('classroom_submissions as submissions')
        .select(['id', 'created_at', 'passed', 'score', 'code'])
        .where('user_id', '=', student.id)
        .where('exercise_id', '=', chosen)
        .orderBy('created_at')
        .orderBy('id')
        .limit(ATTEMPTS)
        .execute()
    : [];
  return {
    student: { id: student.id, name: student.name },
    exercises: exercises.map((e) => ({
      id: e.id,
      title: e.title,
      attempts: Number(e.attempts),
      lastAt: new Date(e.last as Date).toISOString(),
    })),
    exerciseId: chosen,
    attempts: submissions.map((s, i) => ({
      id: s.id,
      at: new Date(s.created_at).toISOString(),
      passed: s.passed,
      score: s.score,
      code: s.code,
      diff: lineDiff(submissions[i - 1]?.code ?? '', s.code),
    })),
  };
}
