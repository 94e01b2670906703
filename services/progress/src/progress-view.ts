import type { Progress, StudentProgress } from '@learnflow/contracts';
import { requireStudentOfTeacher, type ServiceDeps } from '@learnflow/platform';
import type { ProgressOptions } from './progress-options.ts';
import { currentStreak } from './recompute.ts';

/**
 * The student's progress: the live streak, mastery per started topic in curriculum order,
 * and a suggestion: the first started topic below Proficient, else the first not started.
 */
export async function getProgress(
  deps: ServiceDeps,
  options: ProgressOptions,
  userId: string,
): Promise<Progress> {
  const [user, rows] = await Promise.all([
    deps.db.selectFrom('progress_accounts').select('timezone').where('id', '=', userId).executeTakeFirst(),
    deps.db
      .selectFrom('topics')
      .innerJoin('modules', 'modules.id', 'topics.module_id')
      .leftJoin('progress', (join) =>
        join.onRef('progress.topic_id', '=', 'topics.id').on('progress.user_id', '=', userId),
      )
      .select([
        'topics.slug',
        'topics.title',
        'progress.mastery',
        'progress.level',
        'progress.exercises_score',
        'progress.quiz_score',
        'progress.quality_score',
        'progress.consistency_score',
      ])
      .orderBy('modules.position')
      .orderBy('topics.position')
      .execute(),
  ]);
  const { streak } = await currentStreak(deps.db, userId, user?.timezone ?? 'UTC', options.now());
  const topics: Progress['topics'] = [];
  for (const row of rows) {
    if (row.mastery === null || row.level === null) continue;
    topics.push({
      topic: row.slug,
      mastery: Number(row.mastery),
      level: row.level,
      components: {
        exercises: Number(row.exercises_score),
        quizzes: Number(row.quiz_score),
        quality: Number(row.quality_score),
        consistency: Number(row.consistency_score),
      },
    });
  }
  const practise = rows.find((r) => r.mastery !== null && Number(r.mastery) <= 70);
  const fresh = rows.find((r) => r.mastery === null);
  const next = practise ?? fresh;
  return {
    streak,
    topics,
    nextTopic: next ? { topic: next.slug, title: next.title, reason: practise ? 'continue' : 'start' } : null,
  };
}

/** A teacher's view of one of their students' progress (403 for someone else's student). */
export async function getStudentProgress(
  deps: ServiceDeps,
  options: ProgressOptions,
  teacherId: string,
  studentId: string,
): Promise<StudentProgress> {
  const student = await requireStudentOfTeacher(
    deps.db,
    { rosters: 'progress_rosters', accounts: 'progress_accounts' },
    teacherId,
    studentId,
  );
  return { student, ...(await getProgress(deps, options, student.id)) };
}
