import { insertAccounts } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestHost, type TestHost } from './test-host.ts';

/**
 * Issue 16, alert evidence and session replay, through the whole embedded platform: the
 * real sandbox runs the students' code, progress detects, notification raises the alert.
 */
describe('alert evidence, actions, class-wide errors and session replay', () => {
  let t: TestHost;
  const as: Record<string, { token: string; userId: string }> = {};
  let otherTeacher: string;
  let classId: string;

  beforeAll(async () => {
    t = await startTestHost('pglite', 'alert evidence test');
    for (const name of ['james', 'maya', 'rodriguez']) as[name] = await t.login(`${name}@learnflow.dev`);
    const [other] = await insertAccounts(t.platform.db, [
      { email: 'ms.other@test.dev', name: 'Ms. Other', role: 'teacher' },
    ]);
    if (!other) throw new Error('the other teacher was not made');
    otherTeacher = (await t.platform.auth.sessions.open(other)).token;
    classId = (
      await t.platform.db
        .selectFrom('classes')
        .select('id')
        .where('teacher_id', '=', as.rodriguez?.userId as string)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    t.host.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });
  const teacher = () => as.rodriguez?.token as string;

  const typeErrorRun = (who: string, n: number) =>
    call('POST', '/api/execute', as[who]?.token as string, {
      code: `count = ${n}\nlabel = "items: " + count\nprint(label)\n`,
      topic: 'for-loops',
    });

  it('stores why a repeated-error alert fired: each run, its time, error and the code around the line', async () => {
    for (const n of [1, 2, 3]) expect((await typeErrorRun('james', n)).json().error.type).toBe('TypeError');
    const alert = await vi.waitFor(
      async () => {
        const list = await call('GET', '/api/teacher/alerts?status=open', teacher());
        const found = list
          .json()
          .alerts.find(
            (a: { student: { id: string }; trigger: string }) =>
              a.student.id === as.james?.userId && a.trigger === 'repeated_error',
          );
        expect(found).toBeDefined();
        return found;
      },
      { timeout: 10_000 },
    );
    expect(alert.evidence).toHaveLength(3);
    for (const [i, item] of alert.evidence.entries()) {
      expect(item).toMatchObject({
        kind: 'code.run',
        errorType: 'TypeError',
        line: 2,
        ref: expect.any(String),
      });
      expect(item.code).toContain(`> 2 | label = "items: " + count`);
      expect(item.code).toContain(`1 | count = ${i + 1}`);
      expect(item.message).toMatch(/str/);
    }
    const times = alert.evidence.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // Notification's read model of the runs follows code.execution.results a moment after each run.
    const body = await vi.waitFor(async () => {
      const detail = await call('GET', `/api/teacher/alerts/${alert.id}`, teacher());
      expect(detail.statusCode).toBe(200);
      expect(detail.json().history.filter((h: { kind: string }) => h.kind === 'run')).toHaveLength(3);
      return detail.json();
    });
    expect(body.alert.evidence).toEqual(alert.evidence);
    expect(body.history[0]).toMatchObject({ kind: 'run', passed: false, errorType: 'TypeError' });
    expect(body.exercises.length).toBeGreaterThan(0);
    expect(body.exercises[0]).toMatchObject({ difficulty: 'easy', assigned: false, passed: false });

    expect((await call('GET', `/api/teacher/alerts/${alert.id}`, otherTeacher)).statusCode).toBe(404);
  });

  it('sends a hint to the student (their notices and live) and assigns a targeted exercise from the alert', async () => {
    const list = await call('GET', '/api/teacher/alerts?status=open', teacher());
    const alert = list
      .json()
      .alerts.find((a: { student: { id: string } }) => a.student.id === as.james?.userId);
    const blank = await call('POST', `/api/teacher/alerts/${alert.id}/hint`, teacher(), { message: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/write the hint/);
    expect(
      (await call('POST', `/api/teacher/alerts/${alert.id}/hint`, otherTeacher, { message: 'Hi' }))
        .statusCode,
    ).toBe(404);
    const hint = 'A number and a string cannot be added: try str(count).';
    const sent = await call('POST', `/api/teacher/alerts/${alert.id}/hint`, teacher(), { message: hint });
    expect(sent.statusCode).toBe(201);
    const notices = await call('GET', '/api/notifications', as.james?.token as string);
    expect(notices.json().notifications[0]).toMatchObject({
      id: sent.json().notificationId,
      type: 'teacher.hint',
      payload: { alertId: alert.id, message: hint, from: { name: 'Mr. Rodriguez' } },
    });
    // Sent live: the notification event for the WebSocket service went out with it.
    await t.platform.audit.flush();
    const live = await t.platform.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'learnflow.notification.teacher.hint')
      .where('user_id', '=', as.james?.userId as string)
      .execute();
    expect(live.map((e) => (e.payload as { notificationId: string }).notificationId)).toEqual([
      sent.json().notificationId,
    ]);

    const detail = (await call('GET', `/api/teacher/alerts/${alert.id}`, teacher())).json();
    const target = detail.exercises[0];
    const assigned = await call('POST', '/api/teacher/assignments', teacher(), {
      exerciseId: target.id,
      studentIds: [as.james?.userId],
    });
    expect(assigned.statusCode).toBe(201);
    // Notification learns of the assignment from classroom's event, so `assigned` follows it shortly.
    await vi.waitFor(async () => {
      const after = (await call('GET', `/api/teacher/alerts/${alert.id}`, teacher())).json();
      expect(after.exercises.find((e: { id: string }) => e.id === target.id).assigned).toBe(true);
    });
    const theirs = await call('GET', '/api/assignments', as.james?.token as string);
    expect(theirs.json().assignments.map((a: { exerciseId: string }) => a.exerciseId)).toContain(target.id);
  });

  it("groups the same error across the class's students", async () => {
    for (const n of [7, 8]) await typeErrorRun('maya', n);
    const url = `/api/teacher/classes/${classId}/error-groups`;
    const groups = await vi.waitFor(async () => {
      const res = await call('GET', url, teacher());
      expect(res.statusCode).toBe(200);
      const found = res.json().groups.find((g: { errorType: string }) => g.errorType === 'TypeError');
      expect(found?.students).toHaveLength(2);
      // Maya's second run may still be on its way to classroom's copy when her first has made her one of two.
      expect(found?.occurrences).toBe(5);
      return found;
    });
    expect(groups).toMatchObject({
      topic: 'for-loops',
      exercise: null,
      occurrences: 5,
      students: [{ name: 'James Okafor' }, { name: 'Maya Chen' }].sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    });
    expect((await call('GET', url, otherTeacher)).statusCode).toBe(403);
    const bad = await call('GET', `${url}?hours=0`, teacher());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/at least 1 hour/);
  });

  it('replays a student’s submissions to an exercise with the diff between attempts', async () => {
    const exercise = await t.platform.db
      .selectFrom('exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['exercises.id', 'exercises.solution'])
      .where('topics.slug', '=', 'for-loops')
      .where('exercises.difficulty', '=', 'easy')
      .executeTakeFirstOrThrow();
    const lines = exercise.solution.trimEnd().split('\n');
    const wrong = [...lines.slice(0, -1), 'print("not yet")', ''].join('\n');
    expect(wrong).not.toBe(exercise.solution);
    const submit = (code: string) =>
      call('POST', `/api/exercises/${exercise.id}/submissions`, as.james?.token as string, { code });
    expect((await submit(wrong)).json().passed).toBe(false);
    expect((await submit(exercise.solution)).json().passed).toBe(true);

    const url = `/api/teacher/students/${as.james?.userId}/replay`;
    // Classroom's read model of the submissions follows exercise.graded a moment after each one.
    const body = await vi.waitFor(async () => {
      const replay = await call('GET', `${url}?exerciseId=${exercise.id}`, teacher());
      expect(replay.statusCode).toBe(200);
      expect(replay.json().attempts).toHaveLength(2);
      return replay.json();
    });
    expect(body.exerciseId).toBe(exercise.id);
    expect(body.exercises[0]).toMatchObject({ id: exercise.id, attempts: 2 });
    const [first, second] = body.attempts;
    expect(first).toMatchObject({ passed: false, code: wrong });
    expect(first.diff.every((d: { op: string }) => d.op === 'added')).toBe(true);
    expect(second).toMatchObject({ passed: true, score: 100, code: exercise.solution });
    const removed = second.diff
      .filter((d: { op: string }) => d.op === 'removed')
      .map((d: { text: string }) => d.text);
    const added = second.diff
      .filter((d: { op: string }) => d.op === 'added')
      .map((d: { text: string }) => d.text);
    expect(removed).toEqual(['print("not yet")']);
    expect(added.length).toBeGreaterThan(0);
    expect(second.diff.some((d: { op: string }) => d.op === 'same')).toBe(true);

    expect((await call('GET', url, teacher())).json().exerciseId).toBe(exercise.id);
    expect((await call('GET', url, otherTeacher)).statusCode).toBe(403);
    const unknown = await call('GET', `${url}?exerciseId=00000000-0000-4000-8000-000000000000`, teacher());
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/has not submitted/);
  });

  it("shows in an alert's history the student's submissions and quiz attempts on its topic, and the exercises passed", async () => {
    const james = as.james?.token as string;
    const quiz = (await call('GET', '/api/quizzes?topic=for-loops', james)).json().quizzes[0];
    const attempted = await call('POST', `/api/quizzes/${quiz.id}/attempts`, james, { answers: {} });
    expect(attempted.statusCode, attempted.body).toBe(200);
    const alerts = (await call('GET', '/api/teacher/alerts', teacher())).json().alerts;
    const alert = alerts.find(
      (a: { student: { id: string }; trigger: string }) =>
        a.student.id === as.james?.userId && a.trigger === 'repeated_error',
    );
    const detail = await vi.waitFor(async () => {
      const body = (await call('GET', `/api/teacher/alerts/${alert.id}`, teacher())).json();
      expect(body.history.map((h: { kind: string }) => h.kind)).toContain('quiz');
      return body;
    });
    const kinds = (kind: string) => detail.history.filter((h: { kind: string }) => h.kind === kind);
    expect(kinds('quiz')).toEqual([
      expect.objectContaining({ title: quiz.title, score: attempted.json().score, passed: false }),
    ]);
    expect(kinds('submission').map((s: { passed: boolean }) => s.passed)).toEqual([true, false]);
    expect(kinds('submission')[0].title).toEqual(expect.any(String));
    expect(detail.exercises.filter((e: { passed: boolean }) => e.passed)).toHaveLength(1);
  });
});
