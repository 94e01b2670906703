import type { Db } from '@learnflow/platform';
import { sql } from 'kysely';
import { collectEvidence, type FactFilter } from './collect-evidence.ts';
import { closeEpisodes, raiseEpisode } from './episodes.ts';
import type { ProgressOptions } from './progress-options.ts';
import type { TopicRef } from './record-fact.ts';
import type { Fact } from './to-fact.ts';

/** When the student last succeeded (a clean run or a passed exercise), or null. */
async function lastSuccess(trx: Db, userId: string): Promise<Date | null> {
  const row = await trx
    .selectFrom('learning_facts')
    .select((eb) => eb.fn.max('occurred_at').as('at'))
    .where('user_id', '=', userId)
    .where('kind', 'in', ['code.run', 'exercise.graded'])
    .where('passed', '=', true)
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** The same error type N+ times within the window since the last success. */
async function repeatedError(
  trx: Db,
  options: ProgressOptions,
  fact: Fact,
  topic: TopicRef | null,
): Promise<boolean> {
  const type = fact.errorType as string;
  const since = new Date(
    Math.max(
      fact.occurredAt.getTime() - options.errorWindowMs,
      (await lastSuccess(trx, fact.userId))?.getTime() ?? 0,
    ),
  );
  const counted: FactFilter = (query) =>
    query
      .where('learning_facts.user_id', '=', fact.userId)
      .where('learning_facts.kind', 'in', ['code.run', 'error.observed', 'exercise.graded'])
      .where('learning_facts.error_type', '=', type)
      // No upper bound: facts may arrive out of order, a later error already stored counts too.
      .where('learning_facts.occurred_at', '>', since);
  const row = await counted(trx.selectFrom('learning_facts'))
    .select([
      sql<number>`count(distinct coalesce(ref, id::text))::int`.as('count'),
      (eb) => eb.fn.min('occurred_at').as('first'),
    ])
    .executeTakeFirst();
  if (!row?.first || row.count < options.repeatedErrors) return false;
  const first = new Date(row.first).toISOString();
  return raiseEpisode(trx, {
    userId: fact.userId,
    trigger: 'repeated_error',
    scope: type,
    episodeKey: `repeated_error:${type}:${first}`,
    topic: topic?.slug ?? null,
    detail: {
      errorType: type,
      count: row.count,
      windowMinutes: options.errorWindowMs / 60_000,
      since: first,
      message: fact.detail.message ?? null,
    },
    evidence: () => collectEvidence(trx, counted),
    at: fact.occurredAt,
    staleAfterMs: options.errorWindowMs,
  });
}

/** N+ failed runs in a row since the last success: failed runs and submissions whose code raised an error. */
async function failedRuns(
  trx: Db,
  options: ProgressOptions,
  fact: Fact,
  topic: TopicRef | null,
): Promise<boolean> {
  const since = await lastSuccess(trx, fact.userId);
  const counted: FactFilter = (query) => {
    const failures = query
      .where('learning_facts.user_id', '=', fact.userId)
      .where((eb) =>
        eb.or([
          eb.and([eb('learning_facts.kind', '=', 'code.run'), eb('learning_facts.passed', '=', false)]),
          eb.and([
            eb('learning_facts.kind', '=', 'exercise.graded'),
            eb('learning_facts.error_type', 'is not', null),
          ]),
        ]),
      );
    return since ? failures.where('learning_facts.occurred_at', '>', since) : failures;
  };
  const row = await counted(trx.selectFrom('learning_facts'))
    .select([sql<number>`count(*)::int`.as('count'), (eb) => eb.fn.min('occurred_at').as('first')])
    .executeTakeFirst();
  if (!row?.first || row.count < options.failedRunsInARow) return false;
  const first = new Date(row.first).toISOString();
  return raiseEpisode(trx, {
    userId: fact.userId,
    trigger: 'failed_runs',
    scope: '',
    episodeKey: `failed_runs:${first}`,
    topic: topic?.slug ?? null,
    detail: { count: row.count, since: first, lastError: fact.errorType },
    evidence: () => collectEvidence(trx, counted),
    at: fact.occurredAt,
  });
}

/** N attempts at a topic's exercises without K passes in a row. */
async function wheelSpinning(
  trx: Db,
  options: ProgressOptions,
  fact: Fact,
  topic: TopicRef,
): Promise<boolean> {
  const attempts = await trx
    .selectFrom('learning_facts')
    .select(['passed', 'occurred_at'])
    .where('user_id', '=', fact.userId)
    .where('kind', '=', 'exercise.graded')
    .where('topic_id', '=', topic.id)
    .orderBy('occurred_at')
    .orderBy('source_key')
    .execute();
  let run = 0;
  let longest = 0;
  for (const attempt of attempts) {
    run = attempt.passed ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  if (longest >= options.wheelSpinningPasses) {
    await closeEpisodes(trx, fact.userId, ['wheel_spinning'], fact.occurredAt, topic.slug);
    return false;
  }
  const first = attempts[0];
  if (!first || attempts.length < options.wheelSpinningAttempts) return false;
  return raiseEpisode(trx, {
    userId: fact.userId,
    trigger: 'wheel_spinning',
    scope: topic.slug,
    episodeKey: `wheel_spinning:${topic.slug}:${new Date(first.occurred_at).toISOString()}`,
    topic: topic.slug,
    detail: { attempts: attempts.length, longestPassRun: longest },
    evidence: () =>
      collectEvidence(trx, (query) =>
        query
          .where('learning_facts.user_id', '=', fact.userId)
          .where('learning_facts.kind', '=', 'exercise.graded')
          .where('learning_facts.topic_id', '=', topic.id),
      ),
    at: fact.occurredAt,
  });
}

/** Starts or extends "working on this exercise without a pass"; a pass ends it. */
async function trackExercise(trx: Db, fact: Fact, topic: TopicRef | null) {
  const exerciseId = fact.exerciseId as string;
  if (fact.passed) {
    await trx
      .updateTable('exercise_sessions')
      .set({ passed_at: fact.occurredAt })
      .where('user_id', '=', fact.userId)
      .where('exercise_id', '=', exerciseId)
      .where('passed_at', 'is', null)
      .execute();
    await closeEpisodes(trx, fact.userId, ['stuck_on_exercise'], fact.occurredAt, exerciseId);
    return;
  }
  await sql`
    insert into exercise_sessions (user_id, exercise_id, topic_id, started_at, last_activity_at, attempts)
    values (${fact.userId}, ${exerciseId}, ${topic?.id ?? null}, ${fact.occurredAt}, ${fact.occurredAt}, 1)
    on conflict (user_id, exercise_id) do update set
      started_at = case when exercise_sessions.passed_at is not null then excluded.started_at
        else least(exercise_sessions.started_at, excluded.started_at) end,
      attempts = case when exercise_sessions.passed_at is not null then 1 else exercise_sessions.attempts + 1 end,
      stuck_at = case when exercise_sessions.passed_at is not null then null else exercise_sessions.stuck_at end,
      passed_at = null,
      last_activity_at = greatest(exercise_sessions.last_activity_at, excluded.last_activity_at)`.execute(
    trx,
  );
}

/**
 * Runs the event-driven struggle triggers for a new fact, inside the student's lock. New
 * episodes are stored unpublished; the caller publishes them in its transaction. True when an
 * episode was opened (so there is something to publish).
 */
export async function detectStruggle(
  trx: Db,
  options: ProgressOptions,
  fact: Fact,
  topic: TopicRef | null,
): Promise<boolean> {
  const at = fact.occurredAt;
  const thisFact: FactFilter = (query) =>
    query
      .where('learning_facts.user_id', '=', fact.userId)
      .where('learning_facts.source_key', '=', fact.sourceKey);
  switch (fact.kind) {
    case 'code.run': {
      if (fact.passed) {
        await closeEpisodes(trx, fact.userId, ['failed_runs', 'repeated_error'], at);
        return false;
      }
      const failed = await failedRuns(trx, options, fact, topic);
      const repeated = fact.errorType ? await repeatedError(trx, options, fact, topic) : false;
      return failed || repeated;
    }
    case 'error.observed':
      return repeatedError(trx, options, fact, topic);
    case 'exercise.graded': {
      if (fact.passed) {
        await closeEpisodes(trx, fact.userId, ['failed_runs', 'repeated_error'], at);
        if (topic) await closeEpisodes(trx, fact.userId, ['said_stuck'], at, topic.slug);
      }
      let opened = false;
      if (fact.errorType) {
        // The tests met an error in the student's code: as much a learning signal as a failed run.
        opened = await failedRuns(trx, options, fact, topic);
        opened = (await repeatedError(trx, options, fact, topic)) || opened;
      }
      if (fact.exerciseId) await trackExercise(trx, fact, topic);
      if (topic) opened = (await wheelSpinning(trx, options, fact, topic)) || opened;
      return opened;
    }
    case 'quiz.attempted': {
      if (fact.score === null) return false;
      const quizId = typeof fact.detail.quizId === 'string' ? fact.detail.quizId : null;
      const scope = quizId ?? topic?.slug ?? '';
      if (fact.score >= options.lowQuizScore) {
        await closeEpisodes(trx, fact.userId, ['low_quiz_score'], at, scope);
        if (topic) await closeEpisodes(trx, fact.userId, ['said_stuck'], at, topic.slug);
        return false;
      }
      return raiseEpisode(trx, {
        userId: fact.userId,
        trigger: 'low_quiz_score',
        scope,
        episodeKey: `low_quiz_score:${scope}:${at.toISOString()}`,
        topic: topic?.slug ?? null,
        detail: { score: fact.score, quizId },
        evidence: () => collectEvidence(trx, thisFact),
        at,
      });
    }
    case 'struggle.said': {
      const scope = topic?.slug ?? '';
      return raiseEpisode(trx, {
        userId: fact.userId,
        trigger: 'said_stuck',
        scope,
        episodeKey: `said_stuck:${scope || 'any'}:${at.toISOString()}`,
        topic: topic?.slug ?? null,
        detail: { message: fact.detail.message ?? null },
        evidence: () => collectEvidence(trx, thisFact),
        at,
        staleAfterMs: options.saidStuckWindowMs,
      });
    }
    default:
      return false;
  }
}
