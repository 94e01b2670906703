import { randomUUID } from 'node:crypto';
import { apiGateway } from '@learnflow/api-gateway';
import { classroom } from '@learnflow/classroom';
import type { EventPayload } from '@learnflow/contracts';
import { notification } from '@learnflow/notification';
import { depsFor, type RunningHost, startServices } from '@learnflow/platform';
import {
  codeRun,
  createTestPlatform,
  deliver,
  envelopeOf,
  insertAccounts,
  probe,
  TestClock,
  type TestPlatform,
  testDatabases,
} from '@learnflow/platform/testing';
import { createProgressService } from '@learnflow/progress';
import {
  DEFAULT_PROGRESS_OPTIONS,
  fireStuckExercises,
  handleLearningEvent,
} from '@learnflow/progress/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from './seed.ts';

const MINUTE = 60_000;

/** A learning activity of `progress.events`, for the student named apart. */
type Activity =
  EventPayload<'progress.events'> extends infer E
    ? E extends EventPayload<'progress.events'>
      ? Omit<E, 'userId'>
      : never
    : never;
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe.each(testDatabases())('struggle detection on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  let observed: Awaited<ReturnType<typeof probe>>;
  let rodriguezId: string;
  let classId: string;
  const clock = new TestClock();
  const options = { ...DEFAULT_PROGRESS_OPTIONS, now: clock.now, scanIntervalMs: 40 };

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    const klass = await platform.db
      .selectFrom('classes')
      .innerJoin('users', 'users.id', 'classes.teacher_id')
      .select(['classes.id', 'classes.teacher_id'])
      .where('users.email', '=', 'rodriguez@learnflow.dev')
      .executeTakeFirstOrThrow();
    rodriguezId = klass.teacher_id;
    classId = klass.id;
    host = await startServices(
      platform,
      [apiGateway, createProgressService(options), notification, classroom],
      'struggle test',
    );
    observed = await probe(platform, ['struggle.detected', 'notifications']);
  });
  afterAll(async () => {
    await observed?.close();
    await host?.stop();
    await platform?.dispose();
  });

  async function newStudent() {
    const id = randomUUID();
    await insertAccounts(platform.db, [
      { id, email: `s-${id.slice(0, 8)}@test.dev`, name: `Student ${id.slice(0, 4)}`, role: 'student' },
    ]);
    await platform.db.insertInto('enrollments').values({ class_id: classId, student_id: id }).execute();
    // What classroom announces when a student joins: notification's roster follows it.
    await deliver(
      platform,
      'classroom.rosters',
      { classId, teacherId: rodriguezId, studentId: id, enrolled: true },
      { userId: id, group: 'notification' },
    );
    return id;
  }

  const episodes = (userId: string, trigger?: string) =>
    observed
      .of('struggle.detected')
      .filter((e) => e.userId === userId && (!trigger || e.trigger === trigger));

  const alertsOf = (userId: string) =>
    platform.db.selectFrom('alerts').selectAll().where('student_id', '=', userId).execute();

  const run = (
    userId: string,
    error: string | null,
    extra: Partial<EventPayload<'code.execution.results'>> = {},
  ) => codeRun(userId, { topic: 'for-loops', raised: error, ...extra });

  const sendRun = (userId: string, error: string | null, at: Date, extra = {}) =>
    deliver(platform, 'code.execution.results', run(userId, error, extra), {
      userId,
      time: at,
      group: 'progress',
    });

  async function exerciseIds() {
    return (
      await platform.db
        .selectFrom('exercises')
        .innerJoin('topics', 'topics.id', 'exercises.topic_id')
        .select('exercises.id')
        .where('topics.slug', '=', 'for-loops')
        .orderBy('exercises.difficulty')
        .execute()
    ).map((r) => r.id);
  }

  const grade = (userId: string, exerciseId: string, passed: boolean, at: Date) =>
    deliver(
      platform,
      'exercise.graded',
      {
        submissionId: randomUUID(),
        exerciseId,
        userId,
        topic: 'for-loops',
        passed,
        score: passed ? 100 : 30,
        qualityScore: null,
      },
      { userId, time: at, group: 'progress' },
    );

  const progressEvent = (userId: string, data: Activity, at: Date) =>
    deliver(platform, 'progress.events', { userId, ...data }, { userId, time: at, group: 'progress' });

  it('raises repeated_error once per episode: the same error type 3 times in 30 minutes', async () => {
    const student = await newStudent();
    const t = clock.now().getTime();
    await sendRun(student, 'TypeError', new Date(t));
    await sendRun(student, 'NameError', new Date(t + MINUTE));
    await sendRun(student, 'TypeError', new Date(t + 2 * MINUTE));
    await settle();
    expect(episodes(student, 'repeated_error')).toHaveLength(0);
    await sendRun(student, 'TypeError', new Date(t + 3 * MINUTE));
    await vi.waitFor(() => expect(episodes(student, 'repeated_error')).toHaveLength(1));
    expect(episodes(student, 'repeated_error')[0]).toMatchObject({
      topic: 'for-loops',
      trigger: 'repeated_error',
      episodeKey: `repeated_error:TypeError:${new Date(t).toISOString()}`,
      detail: { errorType: 'TypeError', count: 3 },
    });
    // More of the same, and the debug agent's view of the same run: the episode goes on.
    await sendRun(student, 'TypeError', new Date(t + 4 * MINUTE));
    await progressEvent(
      student,
      {
        topic: 'for-loops',
        kind: 'error.observed',
        score: null,
        detail: { type: 'TypeError' },
      },
      new Date(t + 4 * MINUTE),
    );
    await settle();
    expect(episodes(student, 'repeated_error')).toHaveLength(1);
    // A clean run ends the episode; three more TypeErrors are a new one.
    await sendRun(student, null, new Date(t + 5 * MINUTE));
    for (const m of [6, 7, 8]) await sendRun(student, 'TypeError', new Date(t + m * MINUTE));
    await vi.waitFor(() => expect(episodes(student, 'repeated_error')).toHaveLength(2));
    await vi.waitFor(async () =>
      expect((await alertsOf(student)).filter((a) => a.trigger === 'repeated_error')).toHaveLength(2),
    );

    // Spread over more than the window: not repeated.
    const slow = await newStudent();
    for (const m of [0, 20, 40]) await sendRun(slow, 'ValueError', new Date(t + m * MINUTE));
    await settle();
    expect(episodes(slow, 'repeated_error')).toHaveLength(0);
  });

  it('raises failed_runs once after 5 failed runs in a row, reset by a success', async () => {
    const student = await newStudent();
    const t = clock.now().getTime();
    const failures = ['NameError', 'TypeError', 'ValueError', 'IndexError'];
    for (const [i, type] of failures.entries()) await sendRun(student, type, new Date(t + i * 1_000));
    await settle();
    expect(episodes(student, 'failed_runs')).toHaveLength(0);
    await sendRun(student, null, new Date(t + 5_000), {
      timedOut: true,
      exitCode: null,
      error: null,
    });
    await vi.waitFor(() => expect(episodes(student, 'failed_runs')).toHaveLength(1));
    expect(episodes(student, 'failed_runs')[0]?.detail).toMatchObject({ count: 5, lastError: 'Timeout' });
    await sendRun(student, 'KeyError', new Date(t + 6_000));
    await sendRun(student, null, new Date(t + 7_000));
    for (const [i, type] of failures.entries()) await sendRun(student, type, new Date(t + 8_000 + i * 1_000));
    await settle();
    expect(episodes(student, 'failed_runs')).toHaveLength(1);
    await sendRun(student, 'KeyError', new Date(t + 13_000));
    await vi.waitFor(() => expect(episodes(student, 'failed_runs')).toHaveLength(2));
  });

  it('raises low_quiz_score once until the student scores 50% or more', async () => {
    const student = await newStudent();
    const t = clock.now().getTime();
    const quizId = randomUUID();
    const attempt = (score: number, m: number) =>
      progressEvent(
        student,
        {
          topic: 'for-loops',
          kind: 'quiz.attempted',
          score,
          detail: { quizId, attemptId: randomUUID(), correct: 1, total: 5 },
        },
        new Date(t + m * MINUTE),
      );
    await attempt(50, 0);
    await settle();
    expect(episodes(student, 'low_quiz_score')).toHaveLength(0);
    await attempt(30, 1);
    await attempt(40, 2);
    await vi.waitFor(() => expect(episodes(student, 'low_quiz_score')).toHaveLength(1));
    expect(episodes(student, 'low_quiz_score')[0]?.detail).toMatchObject({ score: 30, quizId });
    await attempt(80, 3);
    await attempt(20, 4);
    await vi.waitFor(() => expect(episodes(student, 'low_quiz_score')).toHaveLength(2));
  });

  it('raises said_stuck once per episode when the student says they are stuck', async () => {
    const student = await newStudent();
    const t = clock.now().getTime();
    const said = (message: string, m: number) =>
      progressEvent(
        student,
        {
          topic: 'for-loops',
          kind: 'struggle.said',
          score: null,
          detail: { message, requestId: randomUUID() },
        },
        new Date(t + m * MINUTE),
      );
    await said("I don't understand loops", 0);
    await said("I'm stuck", 5);
    await vi.waitFor(() => expect(episodes(student, 'said_stuck')).toHaveLength(1));
    expect(episodes(student, 'said_stuck')[0]?.detail).toEqual({ message: "I don't understand loops" });
    await settle();
    expect(episodes(student, 'said_stuck')).toHaveLength(1);
    // After half an hour of quiet, saying it again is a new episode.
    await said("I'm stuck again", 40);
    await vi.waitFor(() => expect(episodes(student, 'said_stuck')).toHaveLength(2));
  });

  it('raises wheel_spinning after 10 attempts at a topic without 3 passes in a row', async () => {
    const [a, b, c] = (await exerciseIds()) as [string, string, string];
    const student = await newStudent();
    const t = clock.now().getTime();
    const pattern = [false, true, true, false, true, true, false, true, true, false];
    for (const [i, passed] of pattern.entries()) {
      if (i === 9) {
        await settle();
        expect(episodes(student, 'wheel_spinning')).toHaveLength(0);
      }
      await grade(student, [a, b, c][i % 3] as string, passed, new Date(t + i * 1_000));
    }
    await vi.waitFor(() => expect(episodes(student, 'wheel_spinning')).toHaveLength(1));
    expect(episodes(student, 'wheel_spinning')[0]?.detail).toEqual({ attempts: 10, longestPassRun: 2 });
    await grade(student, a, false, new Date(t + 10_000));
    await settle();
    expect(episodes(student, 'wheel_spinning')).toHaveLength(1);

    // Three passes in a row within ten attempts: learning, not spinning.
    const learner = await newStudent();
    for (const [i, passed] of [
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ].entries())
      await grade(learner, [a, b, c][i % 3] as string, passed, new Date(t + i * 1_000));
    await settle();
    expect(episodes(learner, 'wheel_spinning')).toHaveLength(0);
  });

  it('raises stuck_on_exercise once, from the timer, after 10 minutes without a pass', async () => {
    const [exercise] = (await exerciseIds()) as [string];
    const student = await newStudent();
    const quick = await newStudent();
    const start = clock.now().getTime();
    await grade(student, exercise, false, new Date(start));
    await grade(quick, exercise, false, new Date(start));
    await grade(quick, exercise, true, new Date(start + 5 * MINUTE));
    clock.advance(9 * MINUTE);
    await settle();
    expect(episodes(student, 'stuck_on_exercise')).toHaveLength(0);
    clock.advance(2 * MINUTE);
    await vi.waitFor(() => expect(episodes(student, 'stuck_on_exercise')).toHaveLength(1), {
      timeout: 5_000,
    });
    expect(episodes(student, 'stuck_on_exercise')[0]).toMatchObject({
      topic: 'for-loops',
      episodeKey: `stuck_on_exercise:${exercise}:${new Date(start).toISOString()}`,
      detail: { exerciseId: exercise, minutes: 11, attempts: 1 },
    });
    await settle();
    await settle();
    expect(episodes(student, 'stuck_on_exercise')).toHaveLength(1);
    expect(episodes(quick, 'stuck_on_exercise')).toHaveLength(0);
    await vi.waitFor(async () =>
      expect((await alertsOf(student)).map((a) => a.trigger)).toEqual(['stuck_on_exercise']),
    );
  });

  it('fires each episode once with two progress replicas on the same database', async () => {
    const replica = await startServices(platform, [createProgressService(options)], 'progress replica 2');
    try {
      // The timer: both replicas scan every 40 ms, and we scan too, concurrently.
      const [exercise] = (await exerciseIds()) as [string];
      const stuck = await newStudent();
      await grade(stuck, exercise, false, clock.now());
      clock.advance(11 * MINUTE);
      const deps = depsFor(platform, createProgressService(options));
      const fired = await Promise.all([1, 2, 3, 4].map(() => fireStuckExercises(deps, options)));
      await vi.waitFor(() => expect(episodes(stuck, 'stuck_on_exercise')).toHaveLength(1), {
        timeout: 5_000,
      });
      expect(fired.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(1);

      // The events: each TypeError run handled by two replicas at once (a redelivery with a new id).
      const student = await newStudent();
      const t = clock.now().getTime();
      const runs = [0, 1, 2].map((i) =>
        envelopeOf<'code.execution.results'>(run(student, 'TypeError'), {
          userId: student,
          time: new Date(t + i * 1_000),
        }),
      );
      const replicas = [1, 2].map(() => depsFor(platform, createProgressService(options)));
      await Promise.all(
        runs.flatMap((event) =>
          replicas.map((d) =>
            handleLearningEvent(d, options, {
              topic: 'code.execution.results',
              event: { ...event, id: randomUUID() },
            }),
          ),
        ),
      );
      await vi.waitFor(() => expect(episodes(student, 'repeated_error')).toHaveLength(1));
      await settle();
      await settle();
      expect(episodes(stuck, 'stuck_on_exercise')).toHaveLength(1);
      expect(episodes(student, 'repeated_error')).toHaveLength(1);
      const stored = await platform.db
        .selectFrom('struggle_episodes')
        .select('trigger')
        .where('user_id', 'in', [stuck, student])
        .execute();
      expect(stored.map((s) => s.trigger).sort()).toEqual(['repeated_error', 'stuck_on_exercise']);
      await vi.waitFor(async () => expect(await alertsOf(stuck)).toHaveLength(1));
      await vi.waitFor(async () => expect(await alertsOf(student)).toHaveLength(1));
    } finally {
      await replica.stop();
    }
  });

  it("turns James's struggle into one alert for Mr. Rodriguez, delivered live", async () => {
    const james = await platform.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('email', '=', 'james@learnflow.dev')
      .executeTakeFirstOrThrow();
    await progressEvent(
      james.id,
      {
        topic: 'for-loops',
        kind: 'struggle.said',
        score: null,
        detail: { message: "I'm stuck on loops", requestId: randomUUID() },
      },
      clock.now(),
    );
    await vi.waitFor(() => expect(episodes(james.id)).toHaveLength(1));
    const [episode] = episodes(james.id);
    if (!episode) throw new Error('no struggle episode');
    await vi.waitFor(async () => expect(await alertsOf(james.id)).toHaveLength(1));
    const [alert] = await alertsOf(james.id);
    expect(alert).toMatchObject({ trigger: 'said_stuck', status: 'open', episode_key: episode?.episodeKey });
    const notice = await vi.waitFor(() => {
      const found = observed
        .of('notifications')
        .find((n) => n.type === 'alert.created' && n.payload.alertId === alert?.id);
      if (!found) throw new Error('no alert.created notice yet');
      return found;
    });
    expect(notice).toMatchObject({
      recipientId: rodriguezId,
      type: 'alert.created',
      payload: {
        alertId: alert?.id,
        student: { id: james.id, name: 'James Okafor' },
        topic: 'for-loops',
        trigger: 'said_stuck',
        details: { message: "I'm stuck on loops" },
        createdAt: notice.createdAt,
      },
    });
    const rows = await platform.db
      .selectFrom('notifications')
      .select(['id', 'user_id', 'created_at'])
      .where('dedup_key', '=', `alert:${alert?.id}`)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: notice.notificationId, user_id: rodriguezId });
    expect(new Date(rows[0]?.created_at as Date).toISOString()).toBe(notice.createdAt);
    expect(new Date(alert?.created_at as Date).toISOString()).toBe(notice.createdAt);

    // The same episode announced again changes nothing.
    await deliver(platform, 'struggle.detected', episode, {
      userId: james.id,
      group: 'notification',
    });
    await settle();
    expect(await alertsOf(james.id)).toHaveLength(1);
    expect(
      observed
        .of('notifications')
        .filter((n) => n.type === 'alert.created' && n.payload.alertId === alert?.id),
    ).toHaveLength(1);
  });
});
