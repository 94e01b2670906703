import { levelOf } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';
import { sql } from 'kysely';
import { consistencyComponent, masteryOf, toHundredths } from './mastery.ts';
import type { ProgressOptions } from './progress-options.ts';
import { type ProgressUpdate, storedStates, storeTopics } from './store-topics.ts';
import { localDay, longestStreakOf, streakOf } from './streak.ts';
import type { LockedStudent } from './student-lock.ts';
import {
  type ExerciseBests,
  exercisesFor,
  exercisesScore,
  QUALITY_WINDOW,
  type QualityObservation,
  qualityScore,
  type TopicState,
} from './topic-state.ts';

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

/** The student's streak recomputed and stored, at `now`. */
export async function storeStreak(trx: Db, student: LockedStudent, now: Date): Promise<number> {
  const { streak, longest, lastActiveDay } = await currentStreak(trx, student.id, student.timezone, now);
  await trx
    .updateTable('student_streaks')
    .set({ current: streak, longest, last_active_day: lastActiveDay, updated_at: now })
    .where('user_id', '=', student.id)
    .execute();
  return streak;
}

/** The state of every topic the student has a fact on, from the stored facts alone. */
async function statesByTopic(trx: Db, userId: string, consistency: number): Promise<Map<number, TopicState>> {
  const topicIds = (
    await trx
      .selectFrom('learning_facts')
      .select('topic_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('topic_id', 'is not', null)
      .execute()
  ).map((r) => r.topic_id as number);
  const out = new Map<number, TopicState>();
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
    sql<{ topic_id: number; id: string; occurred_at: Date; quality: string }>`
      select topic_id, id::text as id, occurred_at, quality from (
        select topic_id, id, occurred_at, quality,
          row_number() over (partition by topic_id order by occurred_at desc, id) as n
        from learning_facts
        where user_id = ${userId} and quality is not null and topic_id is not null
      ) latest
      where n <= ${QUALITY_WINDOW}
      order by topic_id, occurred_at desc, id`.execute(trx),
  ]);
  const exercises = await exercisesFor(
    trx,
    topicIds,
    best.map((b) => b.exercise_id as string),
  );
  for (const topicId of topicIds) {
    const bests: ExerciseBests = Object.fromEntries(
      best.filter((b) => b.topic_id === topicId).map((b) => [b.exercise_id as string, Number(b.best)]),
    );
    const window: QualityObservation[] = quality.rows
      .filter((q) => q.topic_id === topicId)
      .map((q) => ({ at: new Date(q.occurred_at).toISOString(), id: q.id, quality: Number(q.quality) }));
    const quiz = quizzes.find((q) => q.topic_id === topicId)?.best;
    out.set(topicId, {
      parts: {
        exercises: exercisesScore(topicId, bests, exercises),
        quizzes: toHundredths(Number(quiz ?? 0)),
        quality: qualityScore(window),
        consistency,
      },
      bests,
      window,
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
  const states = await statesByTopic(db, userId, consistencyComponent(streak));
  return new Map(
    [...states].map(([topicId, { parts }]) => {
      const mastery = masteryOf(parts);
      return [topicId, { mastery, level: levelOf(mastery) }];
    }),
  );
}

/**
 * The replay and repair path: recomputes the student's streak and the state of every topic they
 * started from all their stored facts, under the student's lock (a new fact takes `applyFact`,
 * which gives the same result). Writes and returns only what changed, so a replay publishes nothing.
 */
export async function recompute(
  trx: Db,
  options: ProgressOptions,
  student: LockedStudent,
): Promise<ProgressUpdate[]> {
  const now = options.now();
  const streak = await storeStreak(trx, student, now);
  const states = await statesByTopic(trx, student.id, consistencyComponent(streak));
  if (states.size === 0) return [];
  return storeTopics(trx, student, now, streak, states, await storedStates(trx, student.id), null);
}
