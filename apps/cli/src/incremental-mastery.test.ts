import { randomUUID } from 'node:crypto';
import type { EventPayload, TopicName } from '@learnflow/contracts';
import { depsFor, type RunningHost, startServices } from '@learnflow/platform';
import {
  codeRun,
  createTestPlatform,
  deliver,
  envelopeOf,
  handled,
  insertAccounts,
  TestClock,
  type TestPlatform,
  testDatabases,
} from '@learnflow/platform/testing';
import { createProgressService } from '@learnflow/progress';
import { DEFAULT_PROGRESS_OPTIONS, repairMastery, replayMastery } from '@learnflow/progress/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from './seed.ts';

const DAY = 24 * 60 * 60 * 1_000;
const TOPICS = ['for-loops', 'variables', 'defining-functions'] as const;

/** A small deterministic generator, so a failure replays the same sequence. */
function random(seedValue: number) {
  let state = seedValue;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

interface Planned<T extends TopicName = TopicName> {
  topic: T;
  data: EventPayload<T>;
  at: Date;
}

describe.each(testDatabases())('incremental mastery equals the full recompute on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  const clock = new TestClock();
  const options = { ...DEFAULT_PROGRESS_OPTIONS, now: clock.now };

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: false });
    host = await startServices(
      platform,
      [createProgressService({ now: clock.now, scanIntervalMs: 60_000 })],
      'mastery test',
    );
  }, 180_000);
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  async function newStudent(timezone: string) {
    const id = randomUUID();
    await insertAccounts(platform.db, [
      { id, email: `s-${id.slice(0, 8)}@test.dev`, name: 'S', role: 'student', timezone },
    ]);
    return id;
  }

  /** Every stored number and the memory of the facts, per topic. */
  const snapshot = (userId: string) =>
    platform.db
      .selectFrom('progress')
      .select([
        'topic_id',
        'exercises_score',
        'quiz_score',
        'quality_score',
        'consistency_score',
        'mastery',
        'level',
        'exercise_bests',
        'quality_window',
      ])
      .where('user_id', '=', userId)
      .orderBy('topic_id')
      .execute();

  /** A student's week: graded attempts (bank, generated-like and failing), quizzes, reviews, runs, errors. */
  async function plan(userId: string, start: number, next: () => number): Promise<Planned[]> {
    const bank = await platform.db
      .selectFrom('exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['exercises.id', 'topics.slug'])
      .where('topics.slug', 'in', [...TOPICS])
      .where('exercises.source', '=', 'bank')
      .execute();
    const unknownExercise = randomUUID();
    const events: Planned[] = [];
    let at = start;
    for (let i = 0; i < 60; i++) {
      // Most steps minutes apart; a few skip a day or two (the streak breaks and restarts).
      at += next() < 0.1 ? DAY * (1 + Math.floor(next() * 2)) : Math.floor(next() * 40 * 60_000);
      const topic = TOPICS[Math.floor(next() * TOPICS.length)] as (typeof TOPICS)[number];
      const exercises = bank.filter((e) => e.slug === topic);
      const kind = next();
      const when = new Date(at);
      if (kind < 0.35) {
        const exercise =
          next() < 0.1 ? unknownExercise : (exercises[Math.floor(next() * exercises.length)]?.id as string);
        const score = Math.round(next() * 10_000) / 100;
        events.push({
          topic: 'exercise.graded',
          data: {
            submissionId: randomUUID(),
            exerciseId: exercise,
            userId,
            topic,
            passed: score >= 70,
            score,
            qualityScore: next() < 0.7 ? Math.round(next() * 1_000) / 10 : null,
          },
          at: when,
        });
      } else if (kind < 0.5) {
        events.push({
          topic: 'progress.events',
          data: {
            userId,
            topic,
            kind: 'quiz.attempted',
            score: Math.round(next() * 100),
            detail: { attemptId: randomUUID(), quizId: randomUUID(), correct: 1, total: 2 },
          },
          at: when,
        });
      } else if (kind < 0.7) {
        events.push({
          topic: 'progress.events',
          data: {
            userId,
            topic,
            kind: 'code.reviewed',
            score: Math.round(next() * 10_000) / 100,
            detail: { source: 'api', requestId: randomUUID(), findings: 0, rules: [] },
          },
          at: when,
        });
      } else {
        const error = next() < 0.5 ? 'TypeError' : null;
        events.push({
          topic: 'code.execution.results',
          data: codeRun(userId, { topic, raised: error }),
          at: when,
        });
      }
    }
    return events;
  }

  /** Repairs the student from all their facts: nothing may change, and the replay agrees. */
  async function expectIncrementalEqualsFull(userId: string, timezone: string) {
    const incremental = await snapshot(userId);
    expect(incremental.length).toBeGreaterThan(0);
    const replayed = await replayMastery(platform.db, userId, timezone, clock.now());
    expect(
      new Map(incremental.map((r) => [r.topic_id, { mastery: Number(r.mastery), level: r.level }])),
    ).toEqual(replayed);
    const changed = await repairMastery(
      depsFor(platform, createProgressService(options)),
      options,
      userId,
      randomUUID(),
    );
    expect(changed).toEqual([]);
    expect(await snapshot(userId)).toEqual(incremental);
  }

  it('after a realistic week of facts, with duplicates, redeliveries and late replays, per student', async () => {
    const next = random(20_261_204);
    const start = Date.parse('2026-11-20T08:00:00Z');
    const students = [
      { id: await newStudent('UTC'), timezone: 'UTC' },
      { id: await newStudent('America/Los_Angeles'), timezone: 'America/Los_Angeles' },
      { id: await newStudent('Asia/Tokyo'), timezone: 'Asia/Tokyo' },
    ];
    for (const student of students) {
      const events = await plan(student.id, start, next);
      // Three quarters arrive in order; the rest is held back and replayed late, shuffled.
      const late = events.filter(() => next() < 0.25);
      const onTime = events.filter((e) => !late.includes(e));
      let sent = 0;
      for (const event of onTime) {
        clock.set(event.at);
        const delivered = await deliver(platform, event.topic, event.data, {
          userId: student.id,
          time: event.at,
          group: 'progress',
        });
        if (next() < 0.15) {
          // The same event id again (skipped by the bus) and the same fact under a new id (a replay).
          await platform.bus.publish(event.topic, delivered);
          await deliver(platform, event.topic, event.data, {
            userId: student.id,
            time: event.at,
            group: 'progress',
          });
        }
        if (++sent % 15 === 0) await expectIncrementalEqualsFull(student.id, student.timezone);
      }
      late.sort(() => next() - 0.5);
      for (const event of late) {
        const replay = envelopeOf(event.data, { userId: student.id, time: event.at });
        await platform.bus.publish(event.topic, replay);
        await handled(platform, 'progress', replay.id);
      }
      await expectIncrementalEqualsFull(student.id, student.timezone);
      // A new local day with no new fact: the streak is recomputed on the next fact.
      clock.advance(3 * DAY);
      const last = onTime.at(-1) as Planned;
      await deliver(
        platform,
        last.topic,
        { ...last.data, ...freshIds(last) },
        { userId: student.id, time: clock.now(), group: 'progress' },
      );
      await expectIncrementalEqualsFull(student.id, student.timezone);
      // Every planned fact was stored once (none dead-lettered as invalid, none lost), plus the last one.
      const facts = await platform.db
        .selectFrom('learning_facts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', student.id)
        .executeTakeFirstOrThrow();
      expect(Number(facts.n)).toBe(events.length + 1);
    }
  }, 180_000);

  it('after a late fact that fills the gap in a streak (the streak and every topic move)', async () => {
    const student = await newStudent('UTC');
    const today = Date.parse('2026-12-04T12:00:00Z');
    const review = (topic: string, score: number): EventPayload<'progress.events'> => ({
      userId: student,
      topic,
      kind: 'code.reviewed',
      score,
      detail: { source: 'api', requestId: randomUUID(), findings: 0, rules: [] },
    });
    clock.set(new Date(today));
    await deliver(platform, 'progress.events', review('for-loops', 80), {
      userId: student,
      time: new Date(today - 2 * DAY),
      group: 'progress',
    });
    await deliver(platform, 'progress.events', review('variables', 60), {
      userId: student,
      time: new Date(today),
      group: 'progress',
    });
    const before = await platform.db
      .selectFrom('student_streaks')
      .select('current')
      .where('user_id', '=', student)
      .executeTakeFirstOrThrow();
    expect(before.current).toBe(1);
    await deliver(platform, 'progress.events', review('for-loops', 90), {
      userId: student,
      time: new Date(today - DAY),
      group: 'progress',
    });
    const after = await platform.db
      .selectFrom('student_streaks')
      .select('current')
      .where('user_id', '=', student)
      .executeTakeFirstOrThrow();
    expect(after.current).toBe(3);
    await expectIncrementalEqualsFull(student, 'UTC');
  });
});

/** The same kind of fact under new source ids (a new attempt, run or review). */
function freshIds({ data }: Planned): Record<string, unknown> {
  if ('submissionId' in data) return { submissionId: randomUUID() };
  if ('requestId' in data) return { requestId: randomUUID() };
  const detail = 'detail' in data ? data.detail : {};
  return { detail: { ...detail, attemptId: randomUUID(), reviewId: randomUUID() } };
}
