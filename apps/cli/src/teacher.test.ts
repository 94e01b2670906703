import { randomUUID } from 'node:crypto';
import { apiGateway } from '@learnflow/api-gateway';
import { classroom } from '@learnflow/classroom';
import { notification } from '@learnflow/notification';
import { type RunningHost, startServices } from '@learnflow/platform';
import {
  createTestPlatform,
  deliver,
  handled,
  insertAccounts,
  probe,
  type TestPlatform,
  testDatabases,
} from '@learnflow/platform/testing';
import { createProgressService } from '@learnflow/progress';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from './seed.ts';

describe.each(testDatabases())('the teacher routes on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  let observed: Awaited<ReturnType<typeof probe>>;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let outsider: { id: string; token: string };
  let stranger: string;

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(
      platform,
      [apiGateway, createProgressService({ scanIntervalMs: 1_000 }), notification, classroom],
      'teacher test',
    );
    observed = await probe(platform, ['notifications', 'exercise.assignments']);
    for (const user of await platform.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role'])
      .execute()) {
      const name = user.email.split('@')[0] as string;
      ids[name] = user.id;
      tokens[name] = (await platform.auth.sessions.open(user)).token;
    }
    // Another teacher with a class of their own, and a student in it.
    const teacherId = randomUUID();
    stranger = randomUUID();
    await insertAccounts(platform.db, [
      { id: teacherId, email: 'ms.other@test.dev', name: 'Ms. Other', role: 'teacher' },
      { id: stranger, email: 'stranger@test.dev', name: 'Sam Stranger', role: 'student' },
    ]);
    const klass = await platform.db
      .insertInto('classes')
      .values({ name: 'Other class', teacher_id: teacherId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await platform.db
      .insertInto('enrollments')
      .values({ class_id: klass.id, student_id: stranger })
      .execute();
    await deliver(
      platform,
      'classroom.rosters',
      { classId: klass.id, teacherId, studentId: stranger, enrolled: true },
      { userId: stranger, group: 'notification' },
    );
    outsider = {
      id: teacherId,
      token: (
        await platform.auth.sessions.open({
          id: teacherId,
          email: 'ms.other@test.dev',
          name: 'Ms. Other',
          role: 'teacher',
        })
      ).token,
    };
  });
  afterAll(async () => {
    await observed?.close();
    await host?.stop();
    await platform?.dispose();
  });

  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    host.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  async function struggle(studentId: string, episodeKey: string) {
    await deliver(
      platform,
      'struggle.detected',
      {
        userId: studentId,
        topic: 'for-loops',
        trigger: 'said_stuck',
        episodeKey,
        detail: { message: 'help' },
        evidence: [],
      },
      { userId: studentId, group: 'notification' },
    );
    return platform.db
      .selectFrom('alerts')
      .select('id')
      .where('student_id', '=', studentId)
      .where('episode_key', '=', episodeKey)
      .executeTakeFirstOrThrow();
  }

  it("lists only the teacher's students' alerts and lets only them resolve", async () => {
    const james = await struggle(ids.james as string, 'said_stuck:for-loops:1');
    const maya = await struggle(ids.maya as string, 'said_stuck:for-loops:2');
    const other = await struggle(stranger, 'said_stuck:for-loops:3');

    const list = await call('GET', '/api/teacher/alerts', tokens.rodriguez as string);
    expect(list.statusCode).toBe(200);
    const alerts = list.json().alerts as { id: string }[];
    expect(alerts.map((a) => a.id).sort()).toEqual([james.id, maya.id].sort());
    expect(list.json().alerts.find((a: { id: string }) => a.id === james.id)).toMatchObject({
      id: james.id,
      student: { id: ids.james, name: 'James Okafor' },
      topic: 'for-loops',
      trigger: 'said_stuck',
      status: 'open',
      createdAt: expect.any(String),
    });
    const theirs = await call('GET', '/api/teacher/alerts', outsider.token);
    expect(theirs.json().alerts.map((a: { id: string }) => a.id)).toEqual([other.id]);
    // Classroom's views of James follow the alert (alert.changes) a moment after it is raised.
    const openOf = async (id: string) => {
      const roster = (await call('GET', '/api/teacher/students', tokens.rodriguez as string)).json();
      return roster.students.find((s: { id: string }) => s.id === id).openAlerts as number;
    };
    const detailAlerts = async () =>
      (await call('GET', `/api/teacher/students/${ids.james}`, tokens.rodriguez as string)).json().openAlerts;
    await vi.waitFor(async () => expect(await openOf(ids.james as string)).toBe(1));
    expect(await detailAlerts()).toEqual([
      expect.objectContaining({ id: james.id, topic: 'for-loops', trigger: 'said_stuck', status: 'open' }),
    ]);

    expect((await call('POST', `/api/teacher/alerts/${james.id}/resolve`, outsider.token)).statusCode).toBe(
      404,
    );
    expect(
      (await call('POST', `/api/teacher/alerts/${randomUUID()}/resolve`, tokens.rodriguez as string))
        .statusCode,
    ).toBe(404);
    const resolved = await call(
      'POST',
      `/api/teacher/alerts/${james.id}/resolve`,
      tokens.rodriguez as string,
    );
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      id: james.id,
      status: 'resolved',
      resolvedAt: expect.any(String),
    });
    const open = await call('GET', '/api/teacher/alerts?status=open', tokens.rodriguez as string);
    expect(open.json().alerts.map((a: { id: string }) => a.id)).toEqual([maya.id]);
    await vi.waitFor(async () => expect(await openOf(ids.james as string)).toBe(0));
    expect(await detailAlerts()).toEqual([]);
    expect(await openOf(ids.maya as string)).toBe(1);
    const done = await call('GET', '/api/teacher/alerts?status=resolved', tokens.rodriguez as string);
    expect(done.json().alerts.map((a: { id: string }) => a.id)).toEqual([james.id]);
    expect(
      (await call('GET', '/api/teacher/alerts?status=maybe', tokens.rodriguez as string)).statusCode,
    ).toBe(400);
    expect((await call('GET', '/api/teacher/alerts', tokens.maya as string)).statusCode).toBe(403);
  });

  it('assigns exercises to their own students only, and tells each student', async () => {
    const exercise = await platform.db
      .selectFrom('exercises')
      .select(['id', 'title'])
      .where('slug', 'is not', null)
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    const body = {
      exerciseId: exercise.id,
      studentIds: [ids.maya, ids.james],
      dueAt: '2030-01-01T09:00:00+02:00',
    };

    const refused = await call('POST', '/api/teacher/assignments', outsider.token, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect(refused.json().error.message).toMatch(/Not in your classes/);
    const mixed = await call('POST', '/api/teacher/assignments', tokens.rodriguez as string, {
      ...body,
      studentIds: [ids.maya, stranger],
    });
    expect(mixed.statusCode).toBe(403);
    expect(mixed.json().error.message).toContain(stranger);
    expect(
      (await call('POST', '/api/teacher/assignments', tokens.rodriguez as string, { ...body, extra: 1 }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/teacher/assignments', tokens.rodriguez as string, {
          ...body,
          exerciseId: randomUUID(),
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('POST', '/api/teacher/assignments', tokens.maya as string, body)).statusCode).toBe(
      403,
    );
    expect(await platform.db.selectFrom('assignments').select('id').execute()).toEqual([]);

    const created = await call('POST', '/api/teacher/assignments', tokens.rodriguez as string, body);
    expect(created.statusCode).toBe(201);
    expect(created.json().assignments).toHaveLength(2);
    expect(created.json().assignments.every((a: { created: boolean }) => a.created)).toBe(true);
    await vi.waitFor(() => expect(observed.of('exercise.assignments')).toHaveLength(2));
    const again = await call('POST', '/api/teacher/assignments', tokens.rodriguez as string, body);
    expect(again.json().assignments.map((a: { created: boolean }) => a.created)).toEqual([false, false]);

    const mine = await call('GET', '/api/assignments', tokens.maya as string);
    expect(mine.json().assignments).toEqual([
      expect.objectContaining({
        exerciseId: exercise.id,
        title: exercise.title,
        assignedBy: { id: ids.rodriguez, name: 'Mr. Rodriguez' },
        completed: false,
      }),
    ]);
    const notice = await vi.waitFor(() => {
      const found = observed
        .of('notifications')
        .find((n) => n.recipientId === ids.maya && n.type === 'assignment.created');
      if (!found) throw new Error('no assignment.created notice yet');
      return found;
    });
    // The notice is made from the event alone: what the student's own list says, to the letter.
    const listed = mine.json().assignments[0];
    expect(notice.payload).toEqual({
      assignmentId: listed.id,
      exerciseId: exercise.id,
      title: exercise.title,
      topic: listed.topic,
      difficulty: listed.difficulty,
      assignedBy: { id: ids.rodriguez, name: 'Mr. Rodriguez' },
      dueAt: '2030-01-01T07:00:00.000Z',
      createdAt: notice.createdAt,
    });
    const notices = (await call('GET', '/api/notifications', tokens.maya as string)).json().notifications;
    expect(notices).toEqual([
      {
        id: notice.notificationId,
        type: 'assignment.created',
        payload: notice.payload,
        createdAt: notice.createdAt,
        read: false,
      },
    ]);
    expect(observed.of('exercise.assignments')).toHaveLength(2);

    // Passing the exercise completes the assignment, and progress records it (the drill-down below reads it).
    const graded = await deliver(
      platform,
      'exercise.graded',
      {
        submissionId: randomUUID(),
        exerciseId: exercise.id,
        userId: ids.maya as string,
        topic: 'for-loops',
        passed: true,
        score: 100,
        qualityScore: 90,
      },
      { userId: ids.maya as string, group: 'classroom' },
    );
    await handled(platform, 'progress', graded.id);
    expect(
      (await call('GET', '/api/assignments', tokens.maya as string)).json().assignments[0].completed,
    ).toBe(true);
    expect(
      (await call('GET', '/api/assignments', tokens.james as string)).json().assignments[0].completed,
    ).toBe(false);
  });

  it("opens a drill-down into the teacher's own students only", async () => {
    // A failed run, as code-execution announces it.
    await deliver(
      platform,
      'code.execution.results',
      {
        requestId: randomUUID(),
        userId: ids.james as string,
        topic: null,
        code: 'count = 1\nlabel = "items: "\nprint(label + count)\n',
        stdout: '',
        stderr: 'TypeError: can only concatenate str (not "int") to str',
        exitCode: 1,
        timedOut: false,
        memoryExceeded: false,
        durationMs: 5,
        error: {
          type: 'TypeError',
          message: 'can only concatenate str (not "int") to str',
          line: 3,
          traceback: 'TypeError: can only concatenate str (not "int") to str',
        },
      },
      { userId: ids.james as string, group: 'classroom.errors' },
    );
    // A chat message, as the gateway announces it.
    await deliver(
      platform,
      'learning.requests',
      {
        requestId: randomUUID(),
        userId: ids.james as string,
        message: "I don't get for loops",
        code: null,
        topic: null,
      },
      { userId: ids.james as string, group: 'classroom.chat' },
    );
    // The tutor's answer as a streamed piece (not kept) and whole (kept, cut to what the detail shows).
    const answer = {
      requestId: randomUUID(),
      userId: ids.james as string,
      intent: 'concept' as const,
      agent: 'concepts-agent',
      data: {},
    };
    for (const [kind, text] of [
      ['delta', 'A for'],
      ['final', `A for loop ${'repeats '.repeat(80)}`],
    ] as const)
      await deliver(
        platform,
        'learning.responses',
        { ...answer, kind, text },
        { userId: ids.james as string, group: 'classroom.chat', time: new Date(Date.now() + 1_000) },
      );
    const detail = await call('GET', `/api/teacher/students/${ids.james}`, tokens.rodriguez as string);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      student: { id: ids.james, name: 'James Okafor', email: 'james@learnflow.dev' },
      recentErrors: [{ type: 'TypeError', line: 3, topic: null }],
      recentSubmissions: [],
      chat: [
        { role: 'student', content: "I don't get for loops" },
        { role: 'tutor', content: `${`A for loop ${'repeats '.repeat(80)}`.slice(0, 500)}…` },
      ],
    });
    expect(Array.isArray(detail.json().openAlerts)).toBe(true);

    const refused = await call('GET', `/api/teacher/students/${ids.james}`, outsider.token);
    expect(refused.statusCode).toBe(403);
    expect(
      (await call('GET', `/api/teacher/students/${randomUUID()}`, tokens.rodriguez as string)).statusCode,
    ).toBe(404);
    expect(
      (await call('GET', `/api/teacher/students/${stranger}`, tokens.rodriguez as string)).statusCode,
    ).toBe(403);
    expect((await call('GET', `/api/teacher/students/${ids.james}`, tokens.maya as string)).statusCode).toBe(
      403,
    );
    expect(
      (await call('GET', `/api/teacher/students/${ids.maya}/progress`, tokens.rodriguez as string)).json(),
    ).toMatchObject({
      student: { id: ids.maya },
      topics: [{ topic: 'for-loops', components: { quality: 90 } }],
    });
    expect((await call('GET', `/api/teacher/students/${ids.maya}/progress`, outsider.token)).statusCode).toBe(
      403,
    );
    // The roster shows it too, from classroom's own read model of progress.updates.
    await vi.waitFor(async () => {
      const roster = (await call('GET', '/api/teacher/students', tokens.rodriguez as string)).json();
      const maya = roster.students.find((s: { id: string }) => s.id === ids.maya);
      expect(maya).toMatchObject({
        topicsStarted: 1,
        mastery: [{ topic: 'for-loops', level: expect.any(String) }],
      });
      expect(maya.mastery[0].mastery).toBeGreaterThan(0);
      expect(maya.averageMastery).toBe(maya.mastery[0].mastery);
    });
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await host.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of [
      '/api/progress',
      '/api/teacher/students/{id}/progress',
      '/api/teacher/students/{id}',
      '/api/teacher/alerts',
      '/api/teacher/alerts/{id}/resolve',
      '/api/teacher/assignments',
      '/api/assignments',
      '/api/notifications',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });

  it("shows Mr. Rodriguez's class, with the classroom's roster, to him alone", async () => {
    const roster = await call('GET', '/api/teacher/students', tokens.rodriguez as string);
    expect(
      roster
        .json()
        .students.map((s: { email: string }) => s.email)
        .sort(),
    ).toEqual(['james@learnflow.dev', 'maya@learnflow.dev']);
    const other = await call('GET', '/api/teacher/students', outsider.token);
    expect(other.json().students.map((s: { email: string }) => s.email)).toEqual(['stranger@test.dev']);
  });
});
