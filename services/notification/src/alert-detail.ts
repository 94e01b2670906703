import { type AlertDetail, runErrorType } from '@learnflow/contracts';
import { appError, type Db, type ServiceDeps } from '@learnflow/platform';
import { sql } from 'kysely';
import { teacherAlerts, toAlert } from './alerts.ts';

const HISTORY = 15;

/** One of the teacher's alerts (404 for anyone else's), as stored: trigger, details, evidence. */
export async function alertOfTeacher(db: Db, teacherId: string, alertId: string) {
  const row = await teacherAlerts(db, teacherId)
    .select('alerts.topic_id')
    .where('alerts.id', '=', alertId)
    .executeTakeFirst();
  if (!row)
    throw appError(
      'NOT_FOUND',
      `No alert ${alertId} among your students' alerts: GET /api/teacher/alerts lists them.`,
    );
  return row;
}

type History = AlertDetail['history'];

/**
 * An alert with its evidence, the student's recent history on the alert's topic (runs,
 * submissions, quizzes) and the topic's exercises to assign as a targeted exercise.
 */
export async function getAlertDetail(
  deps: ServiceDeps,
  teacherId: string,
  alertId: string,
): Promise<AlertDetail> {
  const row = await alertOfTeacher(deps.db, teacherId, alertId);
  const alert = toAlert(row);
  const topicId = row.topic_id;
  if (topicId === null) return { alert, history: [], exercises: [] };
  const studentId = row.student_id;
  const [runs, submissions, quizzes, exercises] = await Promise.all([
    deps.db
      .selectFrom('notification_runs')
      .select(['created_at', 'error_type', 'exit_code', 'timed_out', 'memory_exceeded'])
      .where('user_id', '=', studentId)
      .where('topic_id', '=', topicId)
      .orderBy('created_at', 'desc')
      .limit(HISTORY)
      .execute(),
    deps.db
      .selectFrom('notification_submissions as submissions')
      .innerJoin('notification_exercises', 'notification_exercises.id', 'submissions.exercise_id')
      .select([
        'submissions.created_at',
        'submissions.passed',
        'submissions.score',
        'notification_exercises.title',
      ])
      .where('submissions.user_id', '=', studentId)
      .where('notification_exercises.topic_id', '=', topicId)
      .orderBy('submissions.created_at', 'desc')
      .limit(HISTORY)
      .execute(),
    deps.db
      .selectFrom('notification_quiz_attempts')
      .select(['created_at', 'score', 'title'])
      .where('user_id', '=', studentId)
      .where('topic_id', '=', topicId)
      .orderBy('created_at', 'desc')
      .limit(HISTORY)
      .execute(),
    deps.db
      .selectFrom('notification_exercises')
      .select((eb) => [
        'notification_exercises.id',
        'notification_exercises.title',
        'notification_exercises.difficulty',
        // Assigned: the student has the notice of it (this service's record of exercise.assignments).
        eb
          .exists(
            eb
              .selectFrom('notifications')
              .select('notifications.id')
              .where('notifications.user_id', '=', studentId)
              .where('notifications.type', '=', 'assignment.created')
              .where(
                sql`notifications.payload->>'exerciseId'`,
                '=',
                sql<string>`notification_exercises.id::text`,
              ),
          )
          .as('assigned'),
        eb
          .exists(
            eb
              .selectFrom('notification_submissions as submissions')
              .select('submissions.id')
              .whereRef('submissions.exercise_id', '=', 'notification_exercises.id')
              .where('submissions.user_id', '=', studentId)
              .where('submissions.passed', '=', true),
          )
          .as('passed'),
      ])
      .where('notification_exercises.topic_id', '=', topicId)
      .where((eb) =>
        eb.or([
          eb('notification_exercises.source', '=', 'bank'),
          eb('notification_exercises.created_by', '=', teacherId),
        ]),
      )
      .orderBy(sql`array_position(array['easy', 'medium', 'hard'], notification_exercises.difficulty)`)
      .orderBy('notification_exercises.title')
      .limit(HISTORY)
      .execute(),
  ]);
  const history: History = [
    ...runs.map((r) => {
      const errorType = runErrorType({
        errorType: r.error_type,
        timedOut: r.timed_out,
        memoryExceeded: r.memory_exceeded,
        exitCode: r.exit_code,
      });
      return {
        kind: 'run' as const,
        at: new Date(r.created_at).toISOString(),
        passed: errorType === null,
        score: null,
        errorType,
        title: null,
      };
    }),
    ...submissions.map((s) => ({
      kind: 'submission' as const,
      at: new Date(s.created_at).toISOString(),
      passed: s.passed,
      score: s.score,
      errorType: null,
      title: s.title,
    })),
    ...quizzes.map((q) => ({
      kind: 'quiz' as const,
      at: new Date(q.created_at).toISOString(),
      passed: q.score >= 50,
      score: q.score,
      errorType: null,
      title: q.title,
    })),
  ];
  history.sort((a, b) => b.at.localeCompare(a.at));
  return {
    alert,
    history: history.slice(0, HISTORY),
    exercises: exercises.map((e) => ({
      id: e.id,
      title: e.title,
      difficulty: e.difficulty,
      assigned: Boolean(e.assigned),
      passed: Boolean(e.passed),
    })),
  };
}
