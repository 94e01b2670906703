import type { ServiceDeps } from '@learnflow/platform';
import { sql } from 'kysely';
import { collectEvidence } from './collect-evidence.ts';
import { publishPendingEpisodes, raiseEpisode } from './episodes.ts';
import { publishUpdates } from './handle-learning-event.ts';
import type { ProgressOptions } from './progress-options.ts';
import { recompute } from './recompute.ts';
import { addDays, localDay } from './streak.ts';
import { lockStudent } from './student-lock.ts';

const BATCH = 100;

/**
 * The stuck timer: sessions on an exercise started over `stuckAfterMs` ago without a pass.
 * Each is claimed by an atomic `update ... where stuck_at is null` under the student's lock
 * (skipped when another replica holds it), so it fires on exactly one replica.
 */
export async function fireStuckExercises(deps: ServiceDeps, options: ProgressOptions): Promise<number> {
  const now = options.now();
  const due = new Date(now.getTime() - options.stuckAfterMs);
  const candidates = await deps.db
    .selectFrom('exercise_sessions')
    .select(['user_id', 'exercise_id'])
    .where('passed_at', 'is', null)
    .where('stuck_at', 'is', null)
    .where('started_at', '<=', due)
    .orderBy('started_at')
    .limit(BATCH)
    .execute();
  let fired = 0;
  for (const candidate of candidates) {
    const opened = await deps.events.transaction(async (tx) => {
      const trx = tx.db;
      if (!(await lockStudent(trx, candidate.user_id, { skipLocked: true }))) return false;
      const session = await trx
        .updateTable('exercise_sessions')
        .set({ stuck_at: now })
        .where('user_id', '=', candidate.user_id)
        .where('exercise_id', '=', candidate.exercise_id)
        .where('passed_at', 'is', null)
        .where('stuck_at', 'is', null)
        .where('started_at', '<=', due)
        .returning(['started_at', 'attempts', 'last_activity_at'])
        .executeTakeFirst();
      if (!session) return false;
      const exercise = await trx
        .selectFrom('progress_exercises as exercises')
        .innerJoin('topics', 'topics.id', 'exercises.topic_id')
        .select(['exercises.title', 'topics.slug'])
        .where('exercises.id', '=', candidate.exercise_id)
        .executeTakeFirst();
      const startedAt = new Date(session.started_at);
      const raised = await raiseEpisode(trx, {
        userId: candidate.user_id,
        trigger: 'stuck_on_exercise',
        scope: candidate.exercise_id,
        episodeKey: `stuck_on_exercise:${candidate.exercise_id}:${startedAt.toISOString()}`,
        topic: exercise?.slug ?? null,
        detail: {
          exerciseId: candidate.exercise_id,
          exerciseTitle: exercise?.title ?? null,
          attempts: session.attempts,
          minutes: Math.floor((now.getTime() - startedAt.getTime()) / 60_000),
          since: startedAt.toISOString(),
        },
        evidence: () =>
          collectEvidence(trx, (query) =>
            query
              .where('learning_facts.user_id', '=', candidate.user_id)
              .where('learning_facts.kind', '=', 'exercise.graded')
              .where('learning_facts.exercise_id', '=', candidate.exercise_id)
              .where('learning_facts.occurred_at', '>=', startedAt),
          ),
        at: now,
      });
      if (raised) await publishPendingEpisodes(tx, now, { userId: candidate.user_id });
      return raised;
    });
    if (opened) fired++;
  }
  return fired;
}

/**
 * Streaks die with no event to say so: a student whose last active day is before
 * yesterday (in their zone) gets their consistency recomputed, and an update published.
 */
export async function expireStreaks(deps: ServiceDeps, options: ProgressOptions): Promise<number> {
  const now = options.now();
  // Every zone's today is within a day of UTC's: this superset is refined per student below.
  const candidates = await deps.db
    .selectFrom('student_streaks')
    .leftJoin('progress_accounts as accounts', 'accounts.id', 'student_streaks.user_id')
    .select([
      'student_streaks.user_id',
      sql<string>`coalesce(accounts.timezone, 'UTC')`.as('timezone'),
      sql<string>`student_streaks.last_active_day::text`.as('last_active_day'),
    ])
    .where('student_streaks.current', '>', 0)
    .where('student_streaks.last_active_day', '<', now.toISOString().slice(0, 10))
    .limit(BATCH * 10)
    .execute();
  let expired = 0;
  for (const candidate of candidates) {
    if (candidate.last_active_day >= addDays(localDay(now, candidate.timezone), -1)) continue;
    const updates = await deps.events.transaction(async (tx) => {
      const student = await lockStudent(tx.db, candidate.user_id, { skipLocked: true });
      const changed = student ? await recompute(tx.db, options, student) : [];
      await publishUpdates(tx, changed, `streak-expiry-${candidate.user_id}`);
      return changed;
    });
    if (updates.length > 0) expired++;
  }
  return expired;
}

/** One pass of every timer; each replica runs it every `scanIntervalMs`. */
export async function scanTimers(deps: ServiceDeps, options: ProgressOptions): Promise<void> {
  await fireStuckExercises(deps, options);
  await expireStreaks(deps, options);
  // Episodes stored before the outbox existed, never claimed: sent by whoever scans next.
  const now = options.now();
  await deps.events.transaction((tx) =>
    publishPendingEpisodes(tx, now, { openedBefore: new Date(now.getTime() - 60_000) }),
  );
}
