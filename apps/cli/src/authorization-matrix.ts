/**
 * The authorization matrix: every operation of the OpenAPI document, with the outcome each
 * kind of caller must get, declared beside the route. authorization.test.ts calls every cell
 * and fails on any operation of `/docs/json` that has no row here.
 */
import { personalDataPath } from '@learnflow/platform';
import { SERVICES } from './services.ts';

export const WHO = [
  'anonymous',
  'expired',
  'revoked',
  'student',
  'otherStudent',
  'teacher',
  'otherTeacher',
  'admin',
] as const;
export type Who = (typeof WHO)[number];

/** Ids the rows need, made by the test's setup. `student` is Maya, `teacher` her teacher. */
export interface Fixtures {
  maya: string;
  exerciseId: string;
  quizId: string;
  alertId: string;
  /** The seeded class of `teacher`, holding Maya. */
  classId: string;
  /** Its current join code. */
  joinCode: string;
  /** An exercise draft of `teacher` whose tests let mutants survive (so publishing it answers 409). */
  draftId: string;
  /** A student nobody else uses: the admin's PATCH target. */
  spare: string;
  /** A fresh refresh token for each call of POST /api/auth/refresh. */
  refreshToken: () => Promise<string>;
}

export interface Row {
  /** `METHOD /path` exactly as the OpenAPI document spells it. */
  operation: string;
  url?: (f: Fixtures) => string;
  body?: (f: Fixtures, who: Who) => object | Promise<object>;
  /** Each caller gets a session of their own for this call (logout ends it). */
  freshSession?: boolean;
  expect: Record<Who, number>;
}

/** A route anyone may call: the token does not matter. */
const open = (status: number): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;
const denied = { anonymous: 401, expired: 401, revoked: 401 };
const signedIn = (status: number, admin = status): Record<Who, number> => ({
  ...denied,
  student: status,
  otherStudent: status,
  teacher: status,
  otherTeacher: status,
  admin,
});
const teachersOnly = (teacher: number, otherTeacher: number): Record<Who, number> => ({
  ...denied,
  student: 403,
  otherStudent: 403,
  teacher,
  otherTeacher,
  admin: 403,
});
const adminOnly = (status: number): Record<Who, number> => ({
  ...denied,
  student: 403,
  otherStudent: 403,
  teacher: 403,
  otherTeacher: 403,
  admin: status,
});

let registered = 0;

/** An exercise a teacher writes; its two tests let mutants of `age >= 18` survive. */
export const AUTHORED_EXERCISE = {
  title: 'Old enough to vote',
  topic: 'conditionals',
  difficulty: 'easy',
  prompt: 'Write `can_vote(age)`: True from 18 on.',
  starterCode: 'def can_vote(age):\n    pass\n',
  solution: 'def can_vote(age):\n    return age >= 18\n',
  hints: ['Compare `age` with 18.'],
  tests: [
    { name: 'an adult votes', code: 'assert can_vote(30) is True' },
    { name: 'a child does not', code: 'assert can_vote(5) is False' },
  ],
};

export const MATRIX: Row[] = [
  { operation: 'GET /health', expect: open(200) },
  { operation: 'GET /ready', expect: open(200) },
  {
    operation: 'POST /api/auth/register',
    body: (_f, who) => ({
      email: `matrix-${who}-${++registered}@school.test`,
      password: 'a long enough passphrase',
      name: `Matrix ${who}`,
    }),
    expect: open(201),
  },
  {
    operation: 'POST /api/auth/login',
    body: () => ({ email: 'maya@learnflow.dev', password: 'learnflow' }),
    expect: open(200),
  },
  {
    operation: 'POST /api/auth/refresh',
    body: async (f) => ({ refreshToken: await f.refreshToken() }),
    expect: open(200),
  },
  {
    operation: 'POST /api/auth/reset-password',
    body: () => ({
      email: 'maya@learnflow.dev',
      code: 'NOT-A-REAL-CODE',
      newPassword: 'a long enough passphrase',
    }),
    expect: open(400),
  },
  { operation: 'POST /api/auth/logout', freshSession: true, expect: signedIn(204) },
  { operation: 'POST /api/ws-ticket', expect: signedIn(200) },
  { operation: 'GET /api/me', expect: signedIn(200) },
  { operation: 'GET /api/me/export', expect: signedIn(200) },
  // Each owner's part of the export: the caller's own rows, whoever they are.
  ...SERVICES.filter((service) => service.personal).map(
    (service): Row => ({ operation: `GET ${personalDataPath(service.id)}`, expect: signedIn(200) }),
  ),
  // A wrong current password: refused for everyone (403, the session stays); the real changes have their own tests.
  {
    operation: 'POST /api/me/password',
    body: () => ({ currentPassword: 'not-my-password', newPassword: 'a long enough passphrase' }),
    expect: signedIn(403),
  },
  { operation: 'DELETE /api/me', body: () => ({ password: 'not-my-password' }), expect: signedIn(403) },
  {
    operation: 'POST /api/teacher/students/{id}/password-reset',
    url: (f) => `/api/teacher/students/${f.maya}/password-reset`,
    expect: teachersOnly(201, 403),
  },
  { operation: 'POST /api/admin/invites', body: () => ({}), expect: adminOnly(201) },
  { operation: 'GET /api/admin/users', expect: adminOnly(200) },
  {
    operation: 'PATCH /api/admin/users/{id}',
    url: (f) => `/api/admin/users/${f.spare}`,
    body: () => ({ role: 'student' }),
    expect: adminOnly(200),
  },
  { operation: 'GET /api/curriculum', expect: signedIn(200) },
  { operation: 'GET /api/topics/{slug}', url: () => '/api/topics/for-loops', expect: signedIn(200) },
  { operation: 'POST /api/execute', body: () => ({ code: 'print(1)' }), expect: signedIn(200) },
  { operation: 'POST /api/trace', body: () => ({ code: 'x = 1' }), expect: signedIn(200) },
  { operation: 'POST /api/review', body: () => ({ code: 'x = 1\n' }), expect: signedIn(200) },
  { operation: 'POST /api/chat', body: () => ({ message: 'what is a list?' }), expect: signedIn(202) },
  { operation: 'GET /api/chat/history', expect: signedIn(200) },
  { operation: 'GET /api/progress', expect: signedIn(200) },
  { operation: 'GET /api/assignments', expect: signedIn(200) },
  { operation: 'GET /api/notifications', expect: signedIn(200) },
  { operation: 'GET /api/exercises', url: () => '/api/exercises?topic=for-loops', expect: signedIn(200) },
  {
    operation: 'GET /api/exercises/{id}',
    url: (f) => `/api/exercises/${f.exerciseId}`,
    expect: signedIn(200),
  },
  {
    operation: 'POST /api/exercises/{id}/submissions',
    url: (f) => `/api/exercises/${f.exerciseId}/submissions`,
    body: () => ({ code: 'pass' }),
    expect: signedIn(200),
  },
  {
    operation: 'POST /api/exercises/{id}/hints',
    url: (f) => `/api/exercises/${f.exerciseId}/hints`,
    body: () => ({}),
    expect: signedIn(200),
  },
  {
    operation: 'POST /api/exercises/generate',
    body: () => ({ topic: 'for-loops', difficulty: 'easy' }),
    expect: signedIn(201),
  },
  { operation: 'GET /api/quizzes', url: () => '/api/quizzes?topic=for-loops', expect: signedIn(200) },
  { operation: 'GET /api/quizzes/{id}', url: (f) => `/api/quizzes/${f.quizId}`, expect: signedIn(200) },
  {
    operation: 'POST /api/quizzes/{id}/check',
    url: (f) => `/api/quizzes/${f.quizId}/check`,
    body: () => ({ questionId: 'q1', choice: 0 }),
    expect: signedIn(200),
  },
  {
    operation: 'POST /api/quizzes/{id}/attempts',
    url: (f) => `/api/quizzes/${f.quizId}/attempts`,
    body: () => ({ answers: {} }),
    expect: signedIn(200),
  },
  { operation: 'GET /api/teacher/students', expect: teachersOnly(200, 200) },
  {
    operation: 'GET /api/teacher/students/{id}',
    url: (f) => `/api/teacher/students/${f.maya}`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/students/{id}/progress',
    url: (f) => `/api/teacher/students/${f.maya}/progress`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/students/{id}/replay',
    url: (f) => `/api/teacher/students/${f.maya}/replay`,
    expect: teachersOnly(200, 403),
  },
  { operation: 'GET /api/teacher/alerts', expect: teachersOnly(200, 200) },
  {
    operation: 'GET /api/teacher/alerts/{id}',
    url: (f) => `/api/teacher/alerts/${f.alertId}`,
    expect: teachersOnly(200, 404),
  },
  {
    operation: 'POST /api/teacher/alerts/{id}/hint',
    url: (f) => `/api/teacher/alerts/${f.alertId}/hint`,
    body: () => ({ message: 'Look at line 2 again.' }),
    expect: teachersOnly(201, 404),
  },
  {
    operation: 'POST /api/teacher/alerts/{id}/resolve',
    url: (f) => `/api/teacher/alerts/${f.alertId}/resolve`,
    body: () => ({}),
    expect: teachersOnly(200, 404),
  },
  // Maya and James are in the class already (409; the row runs before the code is rotated); a teacher or admin may not join one.
  {
    operation: 'POST /api/classes/join',
    body: (f) => ({ code: f.joinCode }),
    expect: { ...denied, student: 409, otherStudent: 409, teacher: 403, otherTeacher: 403, admin: 403 },
  },
  { operation: 'GET /api/teacher/classes', expect: teachersOnly(200, 200) },
  {
    operation: 'POST /api/teacher/classes',
    body: () => ({ name: 'Matrix class' }),
    expect: teachersOnly(201, 201),
  },
  {
    operation: 'GET /api/teacher/classes/{id}',
    url: (f) => `/api/teacher/classes/${f.classId}`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/classes/{id}/error-groups',
    url: (f) => `/api/teacher/classes/${f.classId}/error-groups`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/classes/{id}/gradebook',
    url: (f) => `/api/teacher/classes/${f.classId}/gradebook`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/classes/{id}/gradebook.csv',
    url: (f) => `/api/teacher/classes/${f.classId}/gradebook.csv`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'POST /api/teacher/classes/{id}/join-code',
    url: (f) => `/api/teacher/classes/${f.classId}/join-code`,
    body: () => ({}),
    expect: teachersOnly(200, 403),
  },
  // The other teacher's id in the URL: no such student in the class (404) for its teacher.
  {
    operation: 'DELETE /api/teacher/classes/{id}/students/{studentId}',
    url: (f) => `/api/teacher/classes/${f.classId}/students/${f.spare}`,
    expect: teachersOnly(404, 403),
  },
  { operation: 'GET /api/teacher/exercises', expect: teachersOnly(200, 200) },
  { operation: 'POST /api/teacher/exercises', body: () => AUTHORED_EXERCISE, expect: teachersOnly(201, 201) },
  {
    operation: 'POST /api/teacher/proposed-tests',
    body: () => ({ solution: AUTHORED_EXERCISE.solution, inputs: [{ call: 'can_vote(18)' }] }),
    expect: teachersOnly(200, 200),
  },
  {
    operation: 'GET /api/teacher/exercises/{id}',
    url: (f) => `/api/teacher/exercises/${f.draftId}`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'PUT /api/teacher/exercises/{id}',
    url: (f) => `/api/teacher/exercises/${f.draftId}`,
    body: () => AUTHORED_EXERCISE,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'GET /api/teacher/exercises/{id}/preview',
    url: (f) => `/api/teacher/exercises/${f.draftId}/preview`,
    expect: teachersOnly(200, 403),
  },
  {
    operation: 'POST /api/teacher/exercises/{id}/check',
    url: (f) => `/api/teacher/exercises/${f.draftId}/check`,
    expect: teachersOnly(202, 403),
  },
  // Mutants survive the draft's tests (or its check still runs): 409 for its teacher, and nothing published.
  {
    operation: 'POST /api/teacher/exercises/{id}/publish',
    url: (f) => `/api/teacher/exercises/${f.draftId}/publish`,
    body: (f) => ({ classId: f.classId }),
    expect: teachersOnly(409, 403),
  },
  {
    operation: 'POST /api/teacher/assignments',
    body: (f) => ({ exerciseId: f.exerciseId, studentIds: [f.maya] }),
    expect: teachersOnly(201, 403),
  },
];
