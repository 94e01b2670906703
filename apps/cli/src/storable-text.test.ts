import { NUL_REPLACEMENT, type RunningHost, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const NUL = '\u0000';
const LONE = '\uD800';

// Every entry point where a student's text reaches the database: NUL characters and lone
// surrogates never make a 500, the student sees their real output, storage holds a visible mark.
describe.each(testDatabases())('text the database refuses, on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'storable text test');
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
    userId = login.json().user.id;
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const post = (url: string, payload: object) =>
    host.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
  const get = (url: string) =>
    host.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  /** The run as stored in the audit log and published to progress. */
  const lastRunEvent = async () => {
    await platform.audit.flush();
    const row = await platform.db
      .selectFrom('event_log')
      .select('payload')
      .where('topic', '=', 'code.execution.results')
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    return row.payload as { stdout: string; code: string };
  };

  it('execute: print("a\\x00b") returns its real output; the stored event shows the mark', async () => {
    const res = await post('/api/execute', { code: 'print("a\\x00b")' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stdout: `a${NUL}b\n`, exitCode: 0, error: null });
    const logged = await lastRunEvent();
    expect(logged.stdout).toBe(`a${NUL_REPLACEMENT}b\n`);
  });

  it('stdin: a NUL read from stdin and echoed is stored with the mark', async () => {
    const res = await post('/api/execute', { code: 'print(input())', stdin: `x${NUL}y\n` });
    expect(res.statusCode).toBe(200);
    expect(res.json().stdout).toBe(`x${NUL}y\n`);
    expect((await lastRunEvent()).stdout).toBe(`x${NUL_REPLACEMENT}y\n`);
  });

  it('chat: a message with a NUL and a lone surrogate is answered and stored with the marks', async () => {
    const res = await post('/api/chat?wait=true', { message: `How do for loops work?${NUL}${LONE}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().reply.text.length).toBeGreaterThan(0);
    const history = (await get('/api/chat/history')).json();
    expect(JSON.stringify(history)).toContain(`work?${NUL_REPLACEMENT}\uFFFD`);
  });

  it('submissions: code with a NUL is graded and stored with the mark', async () => {
    const list = (await get('/api/exercises?topic=for-loops')).json();
    const exerciseId = list.exercises[0].id as string;
    const res = await post(`/api/exercises/${exerciseId}/submissions`, { code: `pass  # ${NUL}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().passed).toBe(false);
    const stored = await platform.db
      .selectFrom('submissions')
      .select('code')
      .where('user_id', '=', userId)
      .where('exercise_id', '=', exerciseId)
      .executeTakeFirstOrThrow();
    expect(stored.code).toBe(`pass  # ${NUL_REPLACEMENT}`);
  });

  it('registration: a name with a NUL makes an account whose stored name shows the mark', async () => {
    const res = await host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'nul@example.com', password: 'a long password', name: `Ada${NUL}Lovelace${LONE}` },
    });
    expect(res.statusCode).toBe(201);
    const stored = await platform.db
      .selectFrom('users')
      .select('name')
      .where('email', '=', 'nul@example.com')
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe(`Ada${NUL_REPLACEMENT}Lovelace\uFFFD`);
  });

  it('quiz answers: a NUL in a question id or the quiz id is a 4xx with a message, not a 500', async () => {
    const quiz = (await get('/api/quizzes?topic=for-loops')).json().quizzes[0];
    const badKey = await post(`/api/quizzes/${quiz.id}/attempts`, { answers: { [`q1${NUL}`]: 0 } });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.message).toContain('Unknown question');
    const badQuiz = await post('/api/quizzes/x%00y/attempts', { answers: {} });
    expect([400, 404]).toContain(badQuiz.statusCode);
    expect(badQuiz.json().error.message.length).toBeGreaterThan(10);
    const good = await post(`/api/quizzes/${quiz.id}/attempts`, { answers: {} });
    expect(good.statusCode).toBe(200);
  });
});
