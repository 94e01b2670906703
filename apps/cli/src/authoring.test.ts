import { testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from './test-host.ts';

const SOLUTION = 'def can_vote(age):\n    # 18 and over\n    return age >= 18\n';
const WRONG = 'def can_vote(age):\n    return age > 18\n';

const draftBody = (tests: object[], solution = SOLUTION) => ({
  title: 'Old enough to vote',
  topic: 'conditionals',
  difficulty: 'easy',
  prompt: 'Write `can_vote(age)` that returns `True` from **18** on, else `False`.',
  starterCode: 'def can_vote(age):\n    pass\n',
  solution,
  hints: ['Compare `age` with 18.'],
  tests,
});

describe.each(testDatabases())('teacher-authored exercises on %s', (database) => {
  let t: TestHost;
  let teacher: string;
  let otherTeacher: string;
  let klass: { id: string; joinCode: string };
  let student: { token: string; id: string };
  let outsider: string;

  const call = (method: string, url: string, token?: string, payload?: object) =>
    t.host.app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  const register = async (email: string, name: string, invite?: string) => {
    const res = await call('POST', '/api/auth/register', undefined, {
      email,
      password: 'a long enough passphrase',
      name,
      ...(invite ? { invite } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    return { token: res.json().token as string, id: res.json().user.id as string };
  };
  const propose = async (inputs: object[]) => {
    const res = await call('POST', '/api/teacher/proposed-tests', teacher, {
      solution: SOLUTION,
      inputs,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().proposals.map((p: { test: object }) => p.test);
  };
  /** Starts the check and polls the draft until its report is in, as the page does. */
  const checked = async (id: string) => {
    const started = await call('POST', `/api/teacher/exercises/${id}/check`, teacher);
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().check).toMatchObject({ status: 'running', current: true });
    for (let polls = 0; polls < 240; polls++) {
      const draft = (await call('GET', `/api/teacher/exercises/${id}`, teacher)).json();
      if (draft.check.status !== 'running') return draft;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the mutant check did not finish in a minute');
  };
  const authoredCount = async () =>
    Number(
      (
        await t.platform.db
          .selectFrom('exercises')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('source', '=', 'authored')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestHost(database, 'authoring test');
    teacher = (await t.login('rodriguez@learnflow.dev')).token;
    const admin = (await t.login('admin@learnflow.dev')).token;
    const invite = (await call('POST', '/api/admin/invites', admin, {})).json().code;
    otherTeacher = (await register('ms.lee@school.test', 'Ms. Lee', invite)).token;
    klass = (await call('POST', '/api/teacher/classes', teacher, { name: 'Period 3 Python' })).json();
    student = await register('ana@school.test', 'Ana');
    expect(
      (await call('POST', '/api/classes/join', student.token, { code: klass.joinCode })).statusCode,
    ).toBe(201);
    outsider = (await register('olu@school.test', 'Olu')).token;
  });
  afterAll(() => t?.stop());

  it('checks weak tests against mutants, publishes the strengthened exercise to the class only, grades it', async () => {
    const weak = await propose([{ call: 'can_vote(30)' }, { call: 'can_vote(5)' }]);
    expect(weak[0]).toMatchObject({ name: 'can_vote(30) returns True', hidden: false });
    const made = await call('POST', '/api/teacher/exercises', teacher, draftBody(weak));
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    expect(made.json()).toMatchObject({ status: 'draft', check: null, exerciseId: null, class: null });

    const preview = (await call('GET', `/api/teacher/exercises/${id}/preview`, teacher)).json();
    expect(preview).toMatchObject({
      title: 'Old enough to vote',
      source: 'authored',
      hints: ['Compare `age` with 18.'],
    });
    expect(preview.visibleTests.map((v: { name: string }) => v.name)).toEqual([
      'can_vote(30) returns True',
      'can_vote(5) returns False',
    ]);
    expect(preview.solution).toBeUndefined();

    const first = await checked(id);
    expect(first.check).toMatchObject({ status: 'done', current: true, problem: null });
    const survivor = first.check.report.mutants.find(
      (m: { change: string }) => m.change === '`age >= 18` becomes `age > 18`',
    );
    expect(survivor).toMatchObject({ status: 'survived', kind: 'off-by-one', line: 3 });
    const refused = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, {
      classId: klass.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'SURVIVING_MUTANTS' });
    expect(refused.json().error.message).toContain('off-by-one line 3 (`age >= 18` becomes `age > 18`)');

    const edge = await propose([{ call: 'can_vote(18)' }, { call: 'can_vote(17)' }]);
    const strong = [...weak, { ...edge[0], hidden: true, rule: 'exactly 18 may vote' }, edge[1]];
    expect(
      (await call('PUT', `/api/teacher/exercises/${id}`, teacher, draftBody(strong))).json().check.current,
    ).toBe(false);
    const stale = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, { classId: klass.id });
    expect(stale.json().error.code).toBe('MUTANT_CHECK_NEEDED');
    const second = await checked(id);
    expect(second.check.report).toMatchObject({ referencePassed: true, survived: 0 });
    expect(second.check.report.killed).toBeGreaterThan(0);
    expect(
      await call('GET', '/api/exercises?topic=conditionals', student.token).then((r) => r.body),
    ).not.toContain('Old enough to vote');

    const published = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, {
      classId: klass.id,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      class: { id: klass.id, name: 'Period 3 Python' },
    });
    const exerciseId = published.json().exerciseId as string;

    const listed = (await call('GET', '/api/exercises?topic=conditionals', student.token)).json().exercises;
    expect(listed.find((e: { id: string }) => e.id === exerciseId)).toMatchObject({ source: 'authored' });
    const seen = await call('GET', `/api/exercises/${exerciseId}`, student.token);
    expect(seen.json()).toMatchObject({ title: 'Old enough to vote', hints: [], hintsTotal: 1 });
    expect(seen.body).not.toContain('age >= 18');
    const wrong = (
      await call('POST', `/api/exercises/${exerciseId}/submissions`, student.token, { code: WRONG })
    ).json();
    expect(wrong.passed).toBe(false);
    expect(wrong.tests[2]).toEqual({
      name: 'Hidden test 1',
      passed: false,
      hidden: true,
      message: 'A rule of the task is broken: exactly 18 may vote',
    });
    const right = await call('POST', `/api/exercises/${exerciseId}/submissions`, student.token, {
      code: SOLUTION,
    });
    expect(right.json()).toMatchObject({ passed: true, score: 100 });

    for (const url of [`/api/exercises/${exerciseId}`, `/api/exercises/${exerciseId}/submissions`]) {
      const res = await call(url.endsWith('submissions') ? 'POST' : 'GET', url, outsider, { code: SOLUTION });
      expect(res.statusCode).toBe(404);
    }
    expect((await call('GET', `/api/exercises/${exerciseId}`, otherTeacher)).statusCode).toBe(404);

    const gradebook = (await call('GET', `/api/teacher/classes/${klass.id}/gradebook`, teacher)).json();
    expect(gradebook.assignments).toEqual([{ exerciseId, title: 'Old enough to vote' }]);
    expect(gradebook.students).toEqual([expect.objectContaining({ id: student.id, scores: [100] })]);

    const again = await call('PUT', `/api/teacher/exercises/${id}`, teacher, draftBody(strong));
    expect(again.json().error.code).toBe('EXERCISE_PUBLISHED');
    const twice = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, { classId: klass.id });
    expect(twice.json().error.code).toBe('EXERCISE_PUBLISHED');
    expect((await call('GET', '/api/teacher/exercises', teacher)).json().drafts).toEqual([
      expect.objectContaining({ id, status: 'published', exerciseId, title: 'Old enough to vote' }),
    ]);
  });

  it('publishes with surviving mutants only when the teacher says so', async () => {
    const weak = await propose([{ call: 'can_vote(30)' }, { call: 'can_vote(5)' }]);
    const id = (await call('POST', '/api/teacher/exercises', teacher, draftBody(weak))).json().id;
    expect((await checked(id)).check.report.survived).toBeGreaterThan(0);
    const anyway = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, {
      classId: klass.id,
      publishWithSurvivors: true,
    });
    expect(anyway.statusCode, anyway.body).toBe(200);
    expect(anyway.json().status).toBe('published');
  });

  it('refuses malformed exercises with coded errors and publishes nothing of them', async () => {
    const before = await authoredCount();
    const tests = await propose([{ call: 'can_vote(30)' }, { call: 'can_vote(5)' }]);
    const empty = await call('POST', '/api/teacher/exercises', teacher, {
      ...draftBody(tests),
      prompt: '  ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(empty.json().error.message).toContain('write the prompt students read');
    const topic = await call('POST', '/api/teacher/exercises', teacher, {
      ...draftBody(tests),
      topic: 'knitting',
    });
    expect(topic.json().error.code).toBe('NOT_FOUND');

    const broken = [
      ...tests,
      { name: 'does not run', code: 'assert can_vote(18) is', weight: 1, hidden: false },
    ];
    const id = (await call('POST', '/api/teacher/exercises', teacher, draftBody(broken))).json().id;
    const check = await call('POST', `/api/teacher/exercises/${id}/check`, teacher);
    expect(check.statusCode).toBe(422);
    expect(check.json().error.code).toBe('REFERENCE_FAILS_TESTS');
    expect(check.json().error.message).toContain('fails its own test "does not run": SyntaxError');
    const failing = draftBody(tests, 'def can_vote(age):\n    return age < 20\n');
    const other = (await call('POST', '/api/teacher/exercises', teacher, failing)).json().id;
    const publish = await call('POST', `/api/teacher/exercises/${other}/publish`, teacher, {
      classId: klass.id,
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json().error.message).toContain('fails its own test "can_vote(30) returns True"');
    expect((await call('GET', `/api/teacher/exercises/${other}`, teacher)).json()).toMatchObject({
      status: 'draft',
      check: null,
    });

    const theirs = (
      await call('POST', '/api/teacher/classes', otherTeacher, { name: 'Ms. Lee’s class' })
    ).json();
    const cross = await call('POST', `/api/teacher/exercises/${id}/publish`, teacher, { classId: theirs.id });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().error.message).toContain('another teacher');
    for (const [method, url] of [
      ['GET', `/api/teacher/exercises/${id}`],
      ['PUT', `/api/teacher/exercises/${id}`],
      ['GET', `/api/teacher/exercises/${id}/preview`],
      ['POST', `/api/teacher/exercises/${id}/check`],
      ['POST', `/api/teacher/exercises/${id}/publish`],
    ] as const) {
      const body =
        method === 'PUT' ? draftBody(tests) : url.endsWith('publish') ? { classId: theirs.id } : undefined;
      expect((await call(method, url, otherTeacher, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await call('GET', '/api/teacher/exercises', otherTeacher)).json().drafts).toEqual([]);
    const unknown = await call('GET', '/api/teacher/exercises/00000000-0000-4000-8000-000000000000', teacher);
    expect(unknown.statusCode).toBe(404);
    expect(await authoredCount()).toBe(before);
  });
});
