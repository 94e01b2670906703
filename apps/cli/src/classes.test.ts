import { deliver, testDatabases } from '@learnflow/platform/testing';
import { exercises } from '@learnflow/tutor';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestHost, type TestHost } from './test-host.ts';

const PASSPHRASE = 'correct horse battery staple';

describe.each(testDatabases())('classes and join codes on %s', (database) => {
  let t: TestHost;
  let teacher: string;
  let maya: { token: string; userId: string };
  let otherTeacher: string;

  const call = (method: string, url: string, token?: string, payload?: object) =>
    t.host.app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  let registered = 0;
  const newStudent = async () => {
    const res = await call('POST', '/api/auth/register', undefined, {
      email: `joiner-${++registered}@school.test`,
      password: PASSPHRASE,
      name: `Joiner ${registered}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return { token: res.json().token as string, id: res.json().user.id as string };
  };
  const newClass = async (name: string, token = teacher) => {
    const res = await call('POST', '/api/teacher/classes', token, { name });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t = await startTestHost(database, 'classes test');
    teacher = (await t.login('rodriguez@learnflow.dev')).token;
    maya = await t.login('maya@learnflow.dev');
    const admin = (await t.login('admin@learnflow.dev')).token;
    const invite = await call('POST', '/api/admin/invites', admin, {});
    const other = await call('POST', '/api/auth/register', undefined, {
      email: 'ms.lee@school.test',
      password: 'another teacher passphrase',
      name: 'Ms. Lee',
      invite: invite.json().code,
    });
    otherTeacher = other.json().token;
  });
  afterAll(() => t?.stop());

  it('makes a class with a join code and link; a student joins with it and shows in the roster', async () => {
    const made = await newClass('Period 3 Python');
    expect(made.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(made.joinPath).toBe(`/join/${made.joinCode}`);
    expect(Date.parse(made.joinCodeExpiresAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(made.students).toEqual([]);
    const student = await newStudent();
    const joined = await call('POST', '/api/classes/join', student.token, {
      code: ` ${made.joinCode.toLowerCase().replace('-', ' ')} `,
    });
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toEqual({ id: made.id, name: 'Period 3 Python', teacher: 'Mr. Rodriguez' });
    const shown = (await call('GET', `/api/teacher/classes/${made.id}`, teacher)).json();
    expect(shown.students.map((s: { id: string }) => s.id)).toEqual([student.id]);
    const roster = (await call('GET', '/api/teacher/students', teacher)).json();
    expect(roster.students.find((s: { id: string }) => s.id === student.id).classIds).toEqual([made.id]);
  });

  it('lets a student belong to several classes, of several teachers', async () => {
    const mine = await newClass('Robotics club');
    const theirs = await newClass('Ms. Lee’s Python', otherTeacher);
    for (const code of [mine.joinCode, theirs.joinCode])
      expect((await call('POST', '/api/classes/join', maya.token, { code })).statusCode).toBe(201);
    const lee = (await call('GET', '/api/teacher/students', otherTeacher)).json();
    expect(lee.students.map((s: { id: string }) => s.id)).toEqual([maya.userId]);
    const roster = (await call('GET', '/api/teacher/students', teacher)).json();
    const mayaRow = roster.students.find((s: { id: string }) => s.id === maya.userId);
    expect(mayaRow.classIds).toHaveLength(2);
    expect(mayaRow.classIds).not.toContain(theirs.id);
  });

  it('refuses wrong, rotated, expired and reused codes with a coded 400/409, joining nothing', async () => {
    const made = await newClass('Rotations');
    const student = await newStudent();
    const wrong = await call('POST', '/api/classes/join', student.token, { code: 'ZZZZ-ZZZZ' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'INVALID_JOIN_CODE' });
    expect(wrong.json().error.message).toContain('ask your teacher');

    const rotated = await call('POST', `/api/teacher/classes/${made.id}/join-code`, teacher, {});
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().joinCode).not.toBe(made.joinCode);
    const old = await call('POST', '/api/classes/join', student.token, { code: made.joinCode });
    expect(old.json().error.code).toBe('INVALID_JOIN_CODE');

    await t.platform.db
      .updateTable('classes')
      .set({ join_code_expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', made.id)
      .execute();
    const expired = await call('POST', '/api/classes/join', student.token, { code: rotated.json().joinCode });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.message).toContain('expired: ask Mr. Rodriguez for a new one');
    expect((await call('GET', `/api/teacher/classes/${made.id}`, teacher)).json().students).toEqual([]);

    const fresh = (await call('POST', `/api/teacher/classes/${made.id}/join-code`, teacher, {})).json();
    expect(
      (await call('POST', '/api/classes/join', student.token, { code: fresh.joinCode })).statusCode,
    ).toBe(201);
    const again = await call('POST', '/api/classes/join', student.token, { code: fresh.joinCode });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_IN_CLASS');

    const empty = await call('POST', '/api/classes/join', student.token, { code: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('type the join code');
  });

  it('removes a student from one class only, audited; the teacher then no longer sees them', async () => {
    const made = await newClass('Short-lived');
    const student = await newStudent();
    await call('POST', '/api/classes/join', student.token, { code: made.joinCode });
    const removed = await call('DELETE', `/api/teacher/classes/${made.id}/students/${student.id}`, teacher);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().students).toEqual([]);
    expect((await call('GET', `/api/teacher/students/${student.id}`, teacher)).statusCode).toBe(403);
    const twice = await call('DELETE', `/api/teacher/classes/${made.id}/students/${student.id}`, teacher);
    expect(twice.statusCode).toBe(404);
    const logged = await t.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', student.id)
      .execute();
    expect(logged.map((r) => r.action)).toEqual(['class.student-removed']);
  });

  it("tells notification of joins and removals: a student's alerts reach the teacher while in the class", async () => {
    const made = await newClass('Alerted');
    const student = await newStudent();
    await call('POST', '/api/classes/join', student.token, { code: made.joinCode });
    await deliver(
      t.platform,
      'struggle.detected',
      {
        userId: student.id,
        topic: 'for-loops',
        trigger: 'said_stuck',
        episodeKey: `said_stuck:${student.id}`,
        detail: { message: "I'm stuck" },
        evidence: [],
      },
      { userId: student.id, group: 'notification' },
    );
    const alertsOfStudent = async () =>
      (await call('GET', '/api/teacher/alerts', teacher))
        .json()
        .alerts.filter((a: { student: { id: string } }) => a.student.id === student.id);
    await vi.waitFor(async () => expect(await alertsOfStudent()).toHaveLength(1));
    await call('DELETE', `/api/teacher/classes/${made.id}/students/${student.id}`, teacher);
    await vi.waitFor(async () => expect(await alertsOfStudent()).toEqual([]));
  });

  it("keeps a teacher out of another teacher's class (403) and names unknown classes (404)", async () => {
    const made = await newClass('Not yours');
    const student = await newStudent();
    await call('POST', '/api/classes/join', student.token, { code: made.joinCode });
    for (const [method, url] of [
      ['GET', `/api/teacher/classes/${made.id}`],
      ['POST', `/api/teacher/classes/${made.id}/join-code`],
      ['DELETE', `/api/teacher/classes/${made.id}/students/${student.id}`],
    ] as const) {
      const res = await call(method, url, otherTeacher, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.message).toContain("another teacher's class");
    }
    const after = (await call('GET', `/api/teacher/classes/${made.id}`, teacher)).json();
    expect(after.joinCode).toBe(made.joinCode);
    expect(after.students).toHaveLength(1);
    const listed = (await call('GET', '/api/teacher/classes', otherTeacher)).json();
    expect(listed.classes.map((c: { id: string }) => c.id)).not.toContain(made.id);
    const unknown = await call('GET', '/api/teacher/classes/00000000-0000-4000-8000-000000000000', teacher);
    expect(unknown.statusCode).toBe(404);
    const notUuid = await call('GET', '/api/teacher/classes/42', teacher);
    expect(notUuid.statusCode).toBe(400);
    const noName = await call('POST', '/api/teacher/classes', teacher, { name: '  ' });
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('a class needs a name');
  });

  it('exports the gradebook as Canvas CSV and JSON, per class and per assignment', async () => {
    const made = await newClass('Gradebook, "A"');
    const student = await newStudent();
    await call('POST', '/api/classes/join', student.token, { code: made.joinCode });
    const bank = exercises.find((e) => e.slug?.startsWith('for-loops-')) as (typeof exercises)[number];
    const exercise = await t.platform.db
      .selectFrom('exercises')
      .select(['id', 'title'])
      .where('slug', '=', bank.slug as string)
      .executeTakeFirstOrThrow();
    const assigned = await call('POST', '/api/teacher/assignments', teacher, {
      exerciseId: exercise.id,
      studentIds: [student.id],
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const graded = await call('POST', `/api/exercises/${exercise.id}/submissions`, student.token, {
      code: bank.solution,
    });
    expect(graded.statusCode, graded.body).toBe(200);
    // Classroom's copy of the submission follows the grading event shortly.
    const book = await vi.waitFor(async () => {
      const res = await call('GET', `/api/teacher/classes/${made.id}/gradebook`, teacher);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().students[0].scores[0]).not.toBeNull();
      return res;
    });
    expect(book.json()).toMatchObject({
      class: { id: made.id, name: 'Gradebook, "A"' },
      pointsPossible: 100,
      assignments: [{ exerciseId: exercise.id, title: exercise.title }],
      students: [{ id: student.id, scores: [graded.json().score] }],
    });
    const csv = await call(
      'GET',
      `/api/teacher/classes/${made.id}/gradebook.csv?exerciseId=${exercise.id}`,
      teacher,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment; filename="Gradebook-A-gradebook.csv"');
    const [header, points, row] = csv.body.split('\r\n');
    expect(header).toBe(`Student,ID,SIS User ID,SIS Login ID,Section,${exercise.title}`);
    expect(points).toBe('Points Possible,,,,,100');
    expect(row).toBe(
      `${'Joiner'} ${registered},,${student.id},joiner-${registered}@school.test,"Gradebook, ""A""",${graded.json().score}`,
    );
    const unassigned = await call(
      'GET',
      `/api/teacher/classes/${made.id}/gradebook?exerciseId=00000000-0000-4000-8000-000000000000`,
      teacher,
    );
    expect(unassigned.statusCode).toBe(404);
    expect(unassigned.json().error.message).toContain('leave out exerciseId');
    expect(
      (await call('GET', `/api/teacher/classes/${made.id}/gradebook.csv`, otherTeacher)).statusCode,
    ).toBe(403);
  });
});
