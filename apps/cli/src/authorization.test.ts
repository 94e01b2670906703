import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { exercises } from '@learnflow/tutor';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORED_EXERCISE, type Fixtures, MATRIX, WHO, type Who } from './authorization-matrix.ts';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const SECRET = 'the-authorization-matrix-secret-of-32-chars';
const STUDENTS: Who[] = ['student', 'otherStudent', 'admin'];

/** Every text of a bank exercise no student may ever receive: its solution and its hidden tests. */
const secretsOf = (slug: string) => {
  const found = exercises.find((e) => e.slug === slug);
  if (!found) throw new Error(`no bank exercise ${slug}`);
  const hidden = found.tests.filter((t) => t.hidden);
  expect(hidden.length, `${slug} has hidden tests to guard`).toBeGreaterThan(0);
  return [found.solution, ...hidden.flatMap((t) => [t.name, t.code])].map((text) =>
    JSON.stringify(text).slice(1, -1),
  );
};

/** Keys that carry answers (a solution, a test's code): none may appear in what a student receives. */
const leakedKeys = (value: unknown, path = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => leakedKeys(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(key === 'solution' || (key === 'code' && /tests/i.test(path)) ? [`${path}.${key}`] : []),
    ...leakedKeys(v, `${path}.${key}`),
  ]);
};

describe('the authorization matrix (from the OpenAPI document)', () => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  const tokens: Partial<Record<Who, string>> = {};
  const ids: Partial<
    Record<Who, { id: string; email: string; name: string; role: 'student' | 'teacher' | 'admin' }>
  > = {};
  let fixtures: Fixtures;
  let operations: string[] = [];
  let exerciseSlug = '';

  const call = (method: string, url: string, token?: string, payload?: object) =>
    host.app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    platform = await createTestPlatform('pglite', {
      LEARNFLOW_JWT_SECRET: SECRET,
      LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '100000',
      LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '100000',
    });
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'authorization test');
    const login = async (who: Who, email: string, password = DEMO_PASSWORD) => {
      const res = await call('POST', '/api/auth/login', undefined, { email, password });
      expect(res.statusCode, `${email} signs in`).toBe(200);
      tokens[who] = res.json().token;
      ids[who] = res.json().user;
    };
    await login('student', 'maya@learnflow.dev');
    await login('otherStudent', 'james@learnflow.dev');
    await login('teacher', 'rodriguez@learnflow.dev');
    await login('admin', 'admin@learnflow.dev');
    const invite = await call('POST', '/api/admin/invites', tokens.admin, {});
    const other = await call('POST', '/api/auth/register', undefined, {
      email: 'ms.other@school.test',
      password: 'another teacher passphrase',
      name: 'Ms. Other',
      invite: invite.json().code,
    });
    expect(other.json().user.role).toBe('teacher');
    tokens.otherTeacher = other.json().token;
    ids.otherTeacher = other.json().user;
    // Maya signed in again, then signed out: that token is revoked.
    const revoked = await call('POST', '/api/auth/login', undefined, {
      email: 'maya@learnflow.dev',
      password: DEMO_PASSWORD,
    });
    tokens.revoked = revoked.json().token;
    expect((await call('POST', '/api/auth/logout', tokens.revoked)).statusCode).toBe(204);
    // A token of a live session, correctly signed, but past its expiry.
    const live = await platform.auth.sessions.open(ids.student as NonNullable<(typeof ids)['student']>);
    const { sid } = JSON.parse(Buffer.from(live.token.split('.')[1] as string, 'base64url').toString());
    tokens.expired = await new SignJWT({
      email: 'maya@learnflow.dev',
      name: 'Maya Chen',
      role: 'student',
      sid,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(ids.student?.id as string)
      .setIssuer('learnflow')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));

    const exercise = await platform.db
      .selectFrom('exercises')
      .select(['id', 'slug'])
      .where('slug', 'like', 'for-loops-%')
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    exerciseSlug = exercise.slug as string;
    const quiz = await platform.db
      .selectFrom('quizzes')
      .select('id')
      .where('slug', '=', 'for-loops-quiz')
      .executeTakeFirstOrThrow();
    const alert = await platform.db
      .insertInto('alerts')
      .values({
        student_id: ids.student?.id as string,
        trigger: 'said_stuck',
        episode_key: 'authz-test',
        details: JSON.stringify({}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const spare = await call('POST', '/api/auth/register', undefined, {
      email: 'spare@school.test',
      password: 'a long enough passphrase',
      name: 'Spare Student',
    });
    const klass = await platform.db
      .updateTable('classes')
      .set({ join_code: 'MTRX-2345', join_code_expires_at: new Date(Date.now() + 86_400_000) })
      .where('teacher_id', '=', ids.teacher?.id as string)
      .returning('id')
      .executeTakeFirstOrThrow();
    const draft = await call('POST', '/api/teacher/exercises', tokens.teacher, AUTHORED_EXERCISE);
    expect(draft.statusCode, draft.body).toBe(201);
    fixtures = {
      draftId: draft.json().id,
      maya: ids.student?.id as string,
      classId: klass.id,
      joinCode: 'MTRX-2345',
      exerciseId: exercise.id,
      quizId: quiz.id,
      alertId: alert.id,
      spare: spare.json().user.id,
      refreshToken: async () =>
        (await platform.auth.sessions.open(ids.student as NonNullable<(typeof ids)['student']>)).refreshToken,
    };
    const doc = (await call('GET', '/docs/json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  it('declares an outcome for every operation of the OpenAPI document, and no other', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect([...operations].sort()).toEqual(MATRIX.map((r) => r.operation).sort());
  });

  describe.each(MATRIX)('$operation', (row) => {
    it.each(WHO)('as %s', async (who) => {
      const [method, path] = row.operation.split(' ') as [string, string];
      let token = tokens[who];
      if (row.freshSession && ids[who]) token = (await platform.auth.sessions.open(ids[who])).token;
      const payload = row.body ? await row.body(fixtures, who) : method === 'GET' ? undefined : {};
      const res = await call(method, row.url ? row.url(fixtures) : path, token, payload);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(row.expect[who]);
      if (STUDENTS.includes(who) && res.body) {
        expect(leakedKeys(res.json()), `${row.operation} as ${who}`).toEqual([]);
        for (const secret of secretsOf(exerciseSlug)) expect(res.body).not.toContain(secret);
      }
    });
  });

  it('shows a bank solution to a teacher only on request, and never to a student', async () => {
    const url = `/api/exercises/${fixtures.exerciseId}`;
    expect((await call('GET', url, tokens.teacher)).json().solution).toBeUndefined();
    const asked = await call('GET', `${url}?include=solution`, tokens.teacher);
    expect(asked.json().solution).toBe(exercises.find((e) => e.slug === exerciseSlug)?.solution);
    for (const who of STUDENTS) {
      const res = await call('GET', `${url}?include=solution`, tokens[who]);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('"solution"');
    }
  });

  it("shows a student's generated exercise to their own teacher, not to another teacher or student", async () => {
    const made = await call('POST', '/api/exercises/generate', tokens.student, {
      topic: 'for-loops',
      difficulty: 'easy',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().solution).toBeUndefined();
    const url = `/api/exercises/${made.json().id}`;
    expect((await call('GET', `${url}?include=solution`, tokens.teacher)).json().solution).toEqual(
      expect.any(String),
    );
    expect((await call('GET', url, tokens.otherTeacher)).statusCode).toBe(404);
    expect((await call('GET', url, tokens.otherStudent)).statusCode).toBe(404);
    const listed = await call('GET', '/api/exercises?topic=for-loops', tokens.otherTeacher);
    expect(listed.json().exercises.map((e: { id: string }) => e.id)).not.toContain(made.json().id);
  });

  it("never shows a student another student's chat, progress or notices, nor a teacher another class", async () => {
    await call('POST', '/api/chat', tokens.student, { message: 'my secret question about loops' });
    const theirs = await call('GET', '/api/chat/history', tokens.otherStudent);
    expect(theirs.body).not.toContain('my secret question');
    expect((await call('GET', '/api/teacher/students', tokens.otherTeacher)).json().students).toEqual([]);
    expect((await call('GET', '/api/teacher/alerts', tokens.otherTeacher)).json().alerts).toEqual([]);
  });
});
