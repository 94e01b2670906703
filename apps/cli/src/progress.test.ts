import { randomUUID } from 'node:crypto';
import { apiGateway } from '@learnflow/api-gateway';
import { classroom } from '@learnflow/classroom';
import type { EventPayload } from '@learnflow/contracts';
import { notification } from '@learnflow/notification';
import { type RunningHost, startServices } from '@learnflow/platform';
import {
  createTestPlatform,
  deliver,
  insertAccounts,
  probe,
  TestClock,
  type TestPlatform,
  testDatabases,
} from '@learnflow/platform/testing';
import { createProgressService } from '@learnflow/progress';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from './seed.ts';

/** The detail of a `struggle.said`: learning activity that counts for the day and moves no mastery. */
const said = () => ({ message: 'I am stuck on this', requestId: randomUUID() });

describe.each(testDatabases())('progress on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  const clock = new TestClock();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(
      platform,
      [apiGateway, createProgressService({ now: clock.now, scanIntervalMs: 50 }), notification, classroom],
      'progress test',
    );
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  async function newUser(role: 'student' | 'teacher' = 'student', timezone = 'UTC') {
    const id = randomUUID();
    const email = `${role}-${id.slice(0, 8)}@test.dev`;
    const name = `${role} ${id.slice(0, 4)}`;
    await insertAccounts(platform.db, [{ id, email, name, role, timezone }]);
    return { id, name, token: (await platform.auth.sessions.open({ id, email, name, role })).token };
  }

  const get = (url: string, token: string) =>
    host.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  async function bankOf(topic: string) {
    const rows = await platform.db
      .selectFrom('exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['exercises.id', 'exercises.difficulty'])
      .where('topics.slug', '=', topic)
      .where('exercises.source', '=', 'bank')
      .execute();
    const by = (d: string) => rows.find((r) => r.difficulty === d)?.id as string;
    return { easy: by('easy'), medium: by('medium'), hard: by('hard') };
  }

  const graded = (
    userId: string,
    exerciseId: string,
    passed: boolean,
    score: number,
    qualityScore: number | null,
    submissionId = randomUUID(),
  ): EventPayload<'exercise.graded'> => ({
    submissionId,
    exerciseId,
    userId,
    topic: 'for-loops',
    passed,
    score,
    qualityScore,
  });

  it('computes mastery from exercises, quizzes, quality and the streak, publishing only changes', async () => {
    clock.set(new Date());
    const student = await newUser();
    const bank = await bankOf('for-loops');
    const updates = await probe(platform, ['progress.updates']);
    const at = { userId: student.id, time: clock.now(), group: 'progress' };

    await deliver(platform, 'exercise.graded', graded(student.id, bank.easy, true, 100, 80), at);
    let body = (await get('/api/progress', student.token)).json();
    expect(body.streak).toBe(1);
    expect(body.topics).toEqual([
      {
        topic: 'for-loops',
        // 0.4 * 16.67 + 0.3 * 0 + 0.2 * 80 + 0.1 * 14.29 = 24.1
        mastery: 24,
        level: 'Beginner',
        components: { exercises: 16.67, quizzes: 0, quality: 80, consistency: 14.29 },
      },
    ]);

    await deliver(platform, 'exercise.graded', graded(student.id, bank.medium, false, 40, 60), at);
    await deliver(
      platform,
      'progress.events',
      {
        userId: student.id,
        topic: 'for-loops',
        kind: 'quiz.attempted',
        score: 90,
        detail: { attemptId: randomUUID(), quizId: randomUUID(), correct: 9, total: 10 },
      },
      at,
    );
    body = (await get('/api/progress', student.token)).json();
    // exercises (100*1 + 40*2) / 6 = 30; quality mean(80, 60) = 70; 12 + 27 + 14 + 1.43 = 54.43
    expect(body.topics[0]).toEqual({
      topic: 'for-loops',
      mastery: 54,
      level: 'Learning',
      components: { exercises: 30, quizzes: 90, quality: 70, consistency: 14.29 },
    });

    // Nothing that moves mastery or the streak: no update.
    await deliver(
      platform,
      'progress.events',
      { userId: student.id, topic: 'for-loops', kind: 'struggle.said', score: null, detail: said() },
      at,
    );
    await vi.waitFor(() => expect(updates.of('progress.updates')).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates.of('progress.updates').map((u) => [u.userId === student.id, u.mastery, u.streak])).toEqual(
      [
        [true, 24, 1],
        [true, 27, 1],
        [true, 54, 1],
      ],
    );
    await updates.close();
  });

  it("leaves mastery unchanged and publishes nothing when a topic's events are replayed", async () => {
    clock.set(new Date());
    const student = await newUser();
    const bank = await bankOf('for-loops');
    const at = { userId: student.id, time: clock.now(), group: 'progress' };
    const events = [
      { topic: 'exercise.graded' as const, data: graded(student.id, bank.easy, true, 100, 90) },
      { topic: 'exercise.graded' as const, data: graded(student.id, bank.hard, false, 50, 70) },
      { topic: 'exercise.graded' as const, data: graded(student.id, bank.hard, true, 100, 85) },
    ];
    for (const e of events) await deliver(platform, e.topic, e.data, at);
    const quiz: EventPayload<'progress.events'> = {
      userId: student.id,
      topic: 'for-loops',
      kind: 'quiz.attempted',
      score: 70,
      detail: { attemptId: randomUUID(), quizId: randomUUID(), correct: 7, total: 10 },
    };
    await deliver(platform, 'progress.events', quiz, at);
    const before = (await get('/api/progress', student.token)).json();
    const facts = await platform.db
      .selectFrom('learning_facts')
      .select('id')
      .where('user_id', '=', student.id)
      .execute();

    const observed = await probe(platform, ['progress.updates', 'struggle.detected']);
    // The same facts again, as a replay from the log would send them: new envelopes, later.
    const later = { userId: student.id, time: new Date(clock.now().getTime() + 60_000), group: 'progress' };
    for (const e of events) await deliver(platform, e.topic, e.data, later);
    await deliver(platform, 'progress.events', quiz, later);

    expect((await get('/api/progress', student.token)).json()).toEqual(before);
    expect(before.topics[0]).toMatchObject({
      topic: 'for-loops',
      components: { exercises: 66.67, quizzes: 70 },
    });
    expect(
      await platform.db.selectFrom('learning_facts').select('id').where('user_id', '=', student.id).execute(),
    ).toHaveLength(facts.length);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(observed.seen).toEqual([]);
    await observed.close();
  });

  it("counts streak days in the student's time zone, across a DST change", async () => {
    const student = await newUser('student', 'America/Los_Angeles');
    const updates = await probe(platform, ['progress.updates']);
    const view = (time: string) =>
      deliver(
        platform,
        'progress.events',
        { userId: student.id, topic: 'for-loops', kind: 'struggle.said', score: null, detail: said() },
        { userId: student.id, time: new Date(time), group: 'progress' },
      );
    // Sat 8 March 23:30 PST and Sun 9 March 09:00 PDT (clocks sprang forward at 02:00):
    // one UTC day (9 March), two local days.
    clock.set('2025-03-10T06:00:00Z'); // Sun 9 March 23:00 PDT
    await view('2025-03-09T07:30:00Z');
    await view('2025-03-09T16:00:00Z');
    const days = await platform.db
      .selectFrom('activity_days')
      .select((eb) => eb.cast<string>('day', 'text').as('day'))
      .where('user_id', '=', student.id)
      .orderBy('day')
      .execute();
    expect(days.map((d) => d.day)).toEqual(['2025-03-08', '2025-03-09']);
    let body = (await get('/api/progress', student.token)).json();
    expect(body.streak).toBe(2);
    expect(body.topics[0].components.consistency).toBe(28.57);

    clock.set('2025-03-11T06:30:00Z'); // Mon 10 March 23:30 PDT: yesterday was active, still alive
    expect((await get('/api/progress', student.token)).json().streak).toBe(2);

    clock.set('2025-03-11T07:30:00Z'); // Tue 11 March 00:30 PDT: broken
    expect((await get('/api/progress', student.token)).json().streak).toBe(0);
    // The timer notices with no event: consistency drops and the student hears of it.
    await vi.waitFor(
      async () => {
        body = (await get('/api/progress', student.token)).json();
        expect(body.topics[0].components.consistency).toBe(0);
      },
      { timeout: 5_000, interval: 50 },
    );
    await vi.waitFor(() =>
      expect(
        updates
          .of('progress.updates')
          .filter((u) => u.userId === student.id)
          .at(-1),
      ).toMatchObject({
        streak: 0,
        topic: 'for-loops',
      }),
    );
    await updates.close();

    const tokyo = await newUser('student', 'Asia/Tokyo');
    await deliver(
      platform,
      'progress.events',
      { userId: tokyo.id, topic: null, kind: 'struggle.said', score: null, detail: said() },
      { userId: tokyo.id, time: new Date('2025-06-01T16:00:00Z'), group: 'progress' },
    );
    const tokyoDays = await platform.db
      .selectFrom('activity_days')
      .select((eb) => eb.cast<string>('day', 'text').as('day'))
      .where('user_id', '=', tokyo.id)
      .execute();
    expect(tokyoDays.map((d) => d.day)).toEqual(['2025-06-02']);
    clock.set(new Date());
  });

  it('suggests where to go next', async () => {
    const student = await newUser();
    const first = await platform.db
      .selectFrom('topics')
      .innerJoin('modules', 'modules.id', 'topics.module_id')
      .select(['topics.slug', 'topics.title'])
      .orderBy('modules.position')
      .orderBy('topics.position')
      .executeTakeFirstOrThrow();
    const body = (await get('/api/progress', student.token)).json();
    expect(body).toEqual({
      streak: 0,
      topics: [],
      nextTopic: { topic: first.slug, title: first.title, reason: 'start' },
    });
  });

  it("lets a teacher read only their own students' progress", async () => {
    const users = await platform.db.selectFrom('users').select(['id', 'email']).execute();
    const idOf = (email: string) => users.find((u) => u.email === email)?.id as string;
    const maya = idOf('maya@learnflow.dev');
    const rodriguez = (
      await platform.auth.sessions.open({
        id: idOf('rodriguez@learnflow.dev'),
        email: 'rodriguez@learnflow.dev',
        name: 'Mr. Rodriguez',
        role: 'teacher',
      })
    ).token;
    const mine = await get(`/api/teacher/students/${maya}/progress`, rodriguez);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ student: { id: maya, name: 'Maya Chen' }, streak: 0, topics: [] });

    const other = await newUser('teacher');
    const refused = await get(`/api/teacher/students/${maya}/progress`, other.token);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/not in any of your classes/),
    });
    expect((await get(`/api/teacher/students/${randomUUID()}/progress`, rodriguez)).statusCode).toBe(404);
    expect((await get('/api/teacher/students/not-an-id/progress', rodriguez)).statusCode).toBe(400);
    const student = await newUser();
    expect((await get(`/api/teacher/students/${maya}/progress`, student.token)).statusCode).toBe(403);
  });
});
