import { collectRoutes, depsFor, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

type Who = 'anonymous' | 'student' | 'otherStudent' | 'teacher' | 'otherTeacher';
const WHO: Who[] = ['anonymous', 'student', 'otherStudent', 'teacher', 'otherTeacher'];

interface Fixtures {
  maya: string;
  exerciseId: string;
  quizId: string;
  alertId: string;
}

interface Row {
  method: 'GET' | 'POST';
  route: string;
  url: (f: Fixtures) => string;
  body?: (f: Fixtures) => object;
  /** Expected status per caller, relative to the student Maya: `student` is Maya, `teacher` is her teacher. */
  expect: Record<Who, number>;
}

const signedIn = (status: number) => ({
  anonymous: 401,
  student: status,
  otherStudent: status,
  teacher: status,
  otherTeacher: status,
});
const teachersOnly = (teacher: number, otherTeacher: number) => ({
  anonymous: 401,
  student: 403,
  otherStudent: 403,
  teacher,
  otherTeacher,
});

/** Every route of API.md (and the ones we add) x every kind of caller. */
const MATRIX: Row[] = [
  { method: 'GET', route: '/api/me', url: () => '/api/me', expect: signedIn(200) },
  { method: 'GET', route: '/api/curriculum', url: () => '/api/curriculum', expect: signedIn(200) },
  { method: 'GET', route: '/api/topics/:slug', url: () => '/api/topics/for-loops', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/api/execute',
    url: () => '/api/execute',
    body: () => ({ code: 'print(1)' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/trace',
    url: () => '/api/trace',
    body: () => ({ code: 'x = 1' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/review',
    url: () => '/api/review',
    body: () => ({ code: 'x = 1\n' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/chat',
    url: () => '/api/chat',
    body: () => ({ message: 'what is a list?' }),
    expect: signedIn(202),
  },
  { method: 'GET', route: '/api/chat/history', url: () => '/api/chat/history', expect: signedIn(200) },
  { method: 'GET', route: '/api/progress', url: () => '/api/progress', expect: signedIn(200) },
  { method: 'GET', route: '/api/assignments', url: () => '/api/assignments', expect: signedIn(200) },
  { method: 'GET', route: '/api/notifications', url: () => '/api/notifications', expect: signedIn(200) },
  {
    method: 'GET',
    route: '/api/exercises',
    url: () => '/api/exercises?topic=for-loops',
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/api/exercises/:id',
    url: (f) => `/api/exercises/${f.exerciseId}`,
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/exercises/:id/submissions',
    url: (f) => `/api/exercises/${f.exerciseId}/submissions`,
    body: () => ({ code: 'pass' }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/exercises/:id/hints',
    url: (f) => `/api/exercises/${f.exerciseId}/hints`,
    body: () => ({}),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/exercises/generate',
    url: () => '/api/exercises/generate',
    body: () => ({ topic: 'for-loops', difficulty: 'easy' }),
    expect: signedIn(201),
  },
  { method: 'GET', route: '/api/quizzes', url: () => '/api/quizzes?topic=for-loops', expect: signedIn(200) },
  { method: 'GET', route: '/api/quizzes/:id', url: (f) => `/api/quizzes/${f.quizId}`, expect: signedIn(200) },
  {
    method: 'POST',
    route: '/api/quizzes/:id/check',
    url: (f) => `/api/quizzes/${f.quizId}/check`,
    body: () => ({ questionId: 'q1', choice: 0 }),
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/quizzes/:id/attempts',
    url: (f) => `/api/quizzes/${f.quizId}/attempts`,
    body: () => ({ answers: {} }),
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/api/teacher/students',
    url: () => '/api/teacher/students',
    expect: teachersOnly(200, 200),
  },
  {
    method: 'GET',
    route: '/api/teacher/students/:id',
    url: (f) => `/api/teacher/students/${f.maya}`,
    expect: teachersOnly(200, 403),
  },
  {
    method: 'GET',
    route: '/api/teacher/students/:id/progress',
    url: (f) => `/api/teacher/students/${f.maya}/progress`,
    expect: teachersOnly(200, 403),
  },
  {
    method: 'GET',
    route: '/api/teacher/alerts',
    url: () => '/api/teacher/alerts',
    expect: teachersOnly(200, 200),
  },
  {
    method: 'POST',
    route: '/api/teacher/alerts/:id/resolve',
    url: (f) => `/api/teacher/alerts/${f.alertId}/resolve`,
    body: () => ({}),
    expect: teachersOnly(200, 404),
  },
  {
    method: 'POST',
    route: '/api/teacher/assignments',
    url: () => '/api/teacher/assignments',
    body: (f) => ({ exerciseId: f.exerciseId, studentIds: [f.maya] }),
    expect: teachersOnly(201, 403),
  },
];

describe('the authorization matrix', () => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  const tokens: Partial<Record<Who, string>> = {};
  let fixtures: Fixtures;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite', {
      LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '100000',
      LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '100000',
    });
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'authorization test');
    const login = async (email: string, password = DEMO_PASSWORD) =>
      (await host.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } })).json()
        .token as string;
    tokens.student = await login('maya@learnflow.dev');
    tokens.otherStudent = await login('james@learnflow.dev');
    tokens.teacher = await login('rodriguez@learnflow.dev');
    const other = await host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        email: 'ms.other@school.test',
        password: 'other-teacher',
        name: 'Ms. Other',
        role: 'teacher',
      },
    });
    tokens.otherTeacher = other.json().token;
    const maya = await platform.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'maya@learnflow.dev')
      .executeTakeFirstOrThrow();
    const exercise = await platform.db
      .selectFrom('exercises')
      .select('id')
      .where('slug', 'like', 'for-loops-%')
      .executeTakeFirstOrThrow();
    const quiz = await platform.db
      .selectFrom('quizzes')
      .select('id')
      .where('slug', '=', 'for-loops-quiz')
      .executeTakeFirstOrThrow();
    const alert = await platform.db
      .insertInto('alerts')
      .values({
        student_id: maya.id,
        trigger: 'said_stuck',
        episode_key: 'authz-test',
        details: JSON.stringify({}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    fixtures = { maya: maya.id, exerciseId: exercise.id, quizId: quiz.id, alertId: alert.id };
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  it('covers every HTTP route the services declare', async () => {
    const declared = new Set<string>();
    for (const service of SERVICES) {
      for (const route of await collectRoutes(service, depsFor(platform, service.id))) {
        if (!route.websocket && route.url.startsWith('/api/') && !route.url.startsWith('/api/auth/'))
          declared.add(`${route.method} ${route.url}`);
      }
    }
    expect([...declared].sort()).toEqual(MATRIX.map((r) => `${r.method} ${r.route}`).sort());
  });

  describe.each(MATRIX)('$method $route', (row) => {
    it.each(WHO)('as %s', async (who) => {
      const token = tokens[who];
      const res = await host.app.inject({
        method: row.method,
        url: row.url(fixtures),
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(row.body ? { payload: row.body(fixtures) } : {}),
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(row.expect[who]);
    });
  });

  it("never shows a student another student's chat, progress or notices, nor a teacher another class", async () => {
    await host.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { authorization: `Bearer ${tokens.student}` },
      payload: { message: 'my secret question about loops' },
    });
    const theirs = await host.app.inject({
      method: 'GET',
      url: '/api/chat/history',
      headers: { authorization: `Bearer ${tokens.otherStudent}` },
    });
    expect(theirs.body).not.toContain('my secret question');
    const roster = await host.app.inject({
      method: 'GET',
      url: '/api/teacher/students',
      headers: { authorization: `Bearer ${tokens.otherTeacher}` },
    });
    expect(roster.json().students).toEqual([]);
    const alerts = await host.app.inject({
      method: 'GET',
      url: '/api/teacher/alerts',
      headers: { authorization: `Bearer ${tokens.otherTeacher}` },
    });
    expect(alerts.json().alerts).toEqual([]);
  });
});
