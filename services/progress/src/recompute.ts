import type { EventPayload, MasteryComponents } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';
import { sql } from 'kysely';
import { consistencyComponent, exercisesComponent, levelOf, masteryOf, toHundredths } from './mastery.ts';
import type { ProgressOptions } from './progress-options.ts';
import { localDay, longestStreakOf, streakOf } from './streak.ts';
import type { LockedStudent } from './student-lock.ts';

export type ProgressUpdate = EventPayload<'progress.updates'>;

/** Quality is the mean of the topic's latest quality observations, this many. */
export const QUALITY_WINDOW = 10;

/** The student's current streak from their active days, in their time zone, at `now`. */
export async function currentStreak(db: Db, userId: string, timezone: string, now: Date) {
  const rows = await db
    .selectFrom('activity_days')
    .select(sql<string>`day::text`.as('day'))
    .where('user_id', '=', userId)
    .orderBy('day', 'desc')
    .limit(1_000)
    .execute();
  const days = rows.map((r) => r.day);
  return {
    streak: streakOf(days, localDay(now, timezone)),
    longest: longestStreakOf(days),
    lastActiveDay: days[0] ?? null,
  };
}

/** Every component of every topic the student has a fact on, from the stored facts alone. */
async function componentsByTopic(
  trx: Db,
  userId: string,
  consistency: number,
): Promise<Map<number, MasteryComponents>> {
  const topicIds = (
    await trx
      .selectFrom('learning_facts')
      .select('topic_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('topic_id', 'is not', null)
      .execute()
  ).map((r) => r.topic_id as number);
  const out = new Map<number, MasteryComponents>();
  if (topicIds.length === 0) return out;
  const [best, quizzes, quality] = await Promise.all([
    trx
      .selectFrom('learning_facts')
      .select(['exercise_id', 'topic_id', (eb) => eb.fn.max('score').as('best')])
      .where('user_id', '=', userId)
      .where('kind', '=', 'exercise.graded')
      .where('exercise_id', 'is not', null)
      .where('topic_id', 'is not', null)
      .groupBy(['exercise_id', 'topic_id'])
      .execute(),
    trx
      .selectFrom('learning_facts')
      .select(['topic_id', (eb) => eb.fn.max('score').as('best')])
      .where('user_id', '=', userId)
      .where('kind', '=', 'quiz.attempted')
      .where('score', 'is not', null)
      .groupBy('topic_id')
      .execute(),
    sql<{ topic_id: number; quality: string }>`
      select topic_id, avg(quality) as quality from (
        select topic_id, quality,
          row_number() over (partition by topic_id order by occurred_at desc, id) as n
        from learning_facts
        where user_id = ${userId} and quality is not null and topic_id is not null
      ) latest
      where n <= ${QUALITY_WINDOW}
      group by topic_id`.execute(trx),
  ]);
  const attempted = best.map((b) => b.exercise_id as string);
  const exercises = await trx
    .selectFrom('exercises')
    .select(['id', 'topic_id', 'difficulty', 'source'])
    .where((eb) =>
      eb.or([
        eb.and([eb('topic_id', 'in', topicIds), eb('source', '=', 'bank')]),
        ...(attempted.length > 0 ? [eb('id', 'in', attempted)] : []),
      ]),
    )
    .execute();
  for (const topicId of topicIds) {
    const bestOf = new Map(
      best.filter((b) => b.topic_id === topicId).map((b) => [b.exercise_id as string, Number(b.best)]),
    );
    const pool = new Map<string, { difficulty: 'easy' | 'medium' | 'hard'; best: number | null }>();
    for (const exercise of exercises) {
      if (exercise.topic_id === topicId && exercise.source === 'bank')
        pool.set(exercise.id, { difficulty: exercise.difficulty, best: bestOf.get(exercise.id) ?? null });
    }
    for (const [exerciseId, score] of bestOf) {
      // An attempted exercise the bank does not list (generated, or unknown here) joins the pool.
      const difficulty = exercises.find((e) => e.id === exerciseId)?.difficulty ?? 'medium';
      if (!pool.has(exerciseId)) pool.set(exerciseId, { difficulty, best: score });
    }
    const quiz = quizzes.find((q) => q.topic_id === topicId)?.best;
    const mean = quality.rows.find((q) => q.topic_id === topicId)?.quality;
    out.set(topicId, {
      exercises: exercisesComponent([...pool.values()]),
      quizzes: toHundredths(Number(quiz ?? 0)),
      quality: toHundredths(Number(mean ?? 0)),
      consistency,
    });
  }
  return out;
}

/**
 * The mastery and level of every topic the student has a fact on, replayed from the stored
 * facts alone, writing nothing: what `recompute` would store now (a check that compares them).
 */
export async function replayMastery(
  db: Db,
  userId: string,
  timezone: string,
  now: Date,
): Promise<Map<number, { mastery: number; level: string }>> {
  const { streak } = await currentStreak(db, userId, timezone, now);
  const components = await componentsByTopic(db, userId, consistencyComponent(streak));
  return new Map(
    [...components].map(([topicId, parts]) => {
      const mastery = masteryOf(parts);
      return [topicId, { mastery, level: levelOf(mastery) }];
    }),
  );
}

/**
 * Recomputes the student's streak and the mastery of every topic they started, from the
 * stored facts (never by incrementing), under the student's lock. Writes and returns only
 * what changed, so a replay publishes nothing.
 */
export async function recompute(
  trx: Db,
  options: ProgressOptions,
  student: LockedStudent,
  touchedTopicId: number | null,
): Promise<ProgressUpdate[]> {
  const now = options.now();
  const { streak, longest, lastActiveDay } = await currentStreak(trx, student.id, student.timezone, now);
  await trx
    .updateTable('student_streaks')
    .set({ current: streak, longest, last_active_day: lastActiveDay, updated_at: now })
    .where('user_id', '=', student.id)
    .execute();
  const components = await componentsByTopic(trx, student.id, consistencyComponent(streak));
  if (components.size === 0) return [];
  const [stored, topics] = await Promise.all([
    trx.selectFrom('progress').selectAll().where('user_id', '=', student.id).execute(),
    trx
      .selectFrom('topics')
      .select(['id', 'slug'])
      .where('id', 'in', [...components.keys()])
      .execute(),
  ]);
  const slugOf = new Map(topics.map((t) => [t.id, t.slug]));
  const updates: ProgressUpdate[] = [];
  for (const [topicId, parts] of components) {
    const mastery = masteryOf(parts);
    const level = levelOf(mastery);
    const before = stored.find((s) => s.topic_id === topicId);
    const same =
      before !== undefined &&
      Number(before.exercises_score) === parts.exercises &&
      Number(before.quiz_score) === parts.quizzes &&
      Number(before.quality_score) === parts.quality &&
      Number(before.consistency_score) === parts.consistency &&
      Number(before.mastery) === mastery &&
      before.level === level;
    const update = {
      userId: student.id,
      topic: slugOf.get(topicId) ?? String(topicId),
      mastery,
      level,
      streak,
    };
    if (same) {
      // The streak moved but this topic's numbers did not: still tell the student.
      if (streak !== student.streak && topicId === touchedTopicId) updates.push(update);
      continue;
    }
    const row = {
      exercises_score: parts.exercises,
      quiz_score: parts.quizzes,
      quality_score: parts.quality,
      consistency_score: parts.consistency,
      mastery,
      level,
      updated_at: now,
    };
    await trx
      .insertInto('progress')
      .values({ user_id: student.id, topic_id: topicId, ...row })
      .onConflict((oc) => oc.columns(['user_id', 'topic_id']).doUpdateSet(row))
      .execute();
    updates.push(update);
  }
  return updates;
}
