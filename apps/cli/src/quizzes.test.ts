import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { eventPayload, type RunningHost, type Subscription, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { quizzes } from '@learnflow/tutor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

type ProgressEvent = EventPayload<'progress.events'>;

const quizOf = (topic: string) => {
  const quiz = quizzes.find((q) => q.topic === topic);
  if (!quiz) throw new Error(`no quiz for ${topic}`);
  return quiz;
};

describe.each(testDatabases())('quizzes on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  let probe: Subscription;
  let token: string;
  let userId: string;
  const seen: ProgressEvent[] = [];

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    const mounted = SERVICES.filter((s) => s.id === 'api-gateway' || s.id === 'exercise-agent');
    host = await startServices(platform, mounted, 'LearnFlow quizzes test');
    probe = await platform.bus.subscribe({
      group: `quizzes-probe-${randomUUID()}`,
      topics: ['progress.events'],
      handler: async ({ event }) => {
        seen.push(eventPayload('progress.events', event.data));
      },
    });
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
    userId = login.json().user.id;
  });
  afterAll(async () => {
    await probe?.close();
    await host?.stop();
    await platform?.dispose();
  });

  const get = (url: string) =>
    host.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const attempt = (id: string, payload: object) =>
    host.app.inject({
      method: 'POST',
      url: `/api/quizzes/${id}/attempts`,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
  const quizId = async (topic: string) =>
    (await get(`/api/quizzes?topic=${topic}`)).json().quizzes[0].id as string;

  async function eventually<T>(find: () => T | undefined): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out waiting for an event');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('explains each answer at once, and grades the first checked answer, not a changed one', async () => {
    const id = await quizId('while-loops');
    const key = quizzes.find((q) => q.topic === 'while-loops');
    const rightAnswer = key?.questions[0]?.answer ?? 0;
    const wrongAnswer = (rightAnswer + 1) % (key?.questions[0]?.choices.length ?? 2);
    const check = (choice: number) =>
      host.app.inject({
        method: 'POST',
        url: `/api/quizzes/${id}/check`,
        payload: { questionId: 'q1', choice },
        headers: { authorization: `Bearer ${token}` },
      });
    const first = (await check(wrongAnswer)).json();
    expect(first).toMatchObject({
      questionId: 'q1',
      chosen: wrongAnswer,
      correct: false,
      correctChoice: rightAnswer,
    });
    expect(first.explanation).toBe(key?.questions[0]?.explanation);
    expect((await check(rightAnswer)).json()).toMatchObject({ chosen: wrongAnswer, correct: false });
    const answers = Object.fromEntries((key?.questions ?? []).map((q, i) => [`q${i + 1}`, q.answer]));
    const graded = (await attempt(id, { answers })).json();
    expect(graded.results[0]).toMatchObject({ chosen: wrongAnswer, correct: false });
    expect(graded.correct).toBe((key?.questions.length ?? 0) - 1);
    const retake = (await attempt(id, { answers })).json();
    expect(retake.score).toBe(100);
    expect((await check(99)).statusCode).toBe(400);
  });

  it('lists the quizzes of a topic with stable question ids and never the answers', async () => {
    const res = await get('/api/quizzes?topic=variables');
    expect(res.statusCode).toBe(200);
    const definition = quizOf('variables');
    const [quiz] = res.json().quizzes;
    expect(res.json().quizzes).toHaveLength(1);
    expect(quiz).toMatchObject({ slug: definition.slug, topic: 'variables', title: definition.title });
    expect(quiz.questions).toEqual(
      definition.questions.map((q, i) => ({ id: `q${i + 1}`, prompt: q.prompt, choices: q.choices })),
    );
    for (const q of definition.questions)
      expect(res.body).not.toContain(JSON.stringify(q.explanation).slice(1, -1));
    expect(res.body).not.toMatch(/"answer"|"explanation"/);
    expect((await get('/api/quizzes')).json().quizzes).toHaveLength(24);
    expect((await get(`/api/quizzes/${definition.slug}`)).json().id).toBe(quiz.id);
    expect((await get('/api/quizzes?topic=no-such-topic')).statusCode).toBe(404);
    expect((await get(`/api/quizzes/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('scores a perfect attempt 100, stores it and tells progress', async () => {
    const definition = quizOf('for-loops');
    const id = await quizId('for-loops');
    const answers = Object.fromEntries(definition.questions.map((q, i) => [`q${i + 1}`, q.answer]));
    const res = await attempt(id, { answers });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    const total = definition.questions.length;
    expect(result).toMatchObject({ quizId: id, score: 100, correct: total, total });
    expect(result.results[0]).toEqual({
      questionId: 'q1',
      chosen: definition.questions[0]?.answer,
      correct: true,
      correctChoice: definition.questions[0]?.answer,
      explanation: definition.questions[0]?.explanation,
    });
    const stored = await platform.db
      .selectFrom('quiz_attempts')
      .selectAll()
      .where('id', '=', result.attemptId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      user_id: userId,
      quiz_id: id,
      score: 100,
      correct: total,
      total,
      answers,
    });
    const event = await eventually(() =>
      seen.find((d) => d.kind === 'quiz.attempted' && d.detail.attemptId === result.attemptId),
    );
    expect(event).toMatchObject({ userId, topic: 'for-loops', kind: 'quiz.attempted', score: 100 });
  });

  it('counts wrong and unanswered questions as wrong', async () => {
    const definition = quizOf('lists');
    const [first, second] = definition.questions as [
      (typeof definition.questions)[number],
      (typeof definition.questions)[number],
    ];
    const wrong = (second.answer + 1) % second.choices.length;
    const res = await attempt(definition.slug, { answers: { q1: first.answer, q2: wrong } });
    expect(res.statusCode).toBe(200);
    const total = definition.questions.length;
    expect(res.json()).toMatchObject({ correct: 1, total, score: Math.round(100 / total) });
    expect(res.json().results[1]).toMatchObject({
      questionId: 'q2',
      chosen: wrong,
      correct: false,
      correctChoice: second.answer,
    });
    expect(res.json().results[2]).toMatchObject({ questionId: 'q3', chosen: null, correct: false });
    expect((await attempt(definition.slug, { answers: {} })).json()).toMatchObject({ score: 0, correct: 0 });
  });

  it.each([
    ['an unknown question id', { answers: { q99: 0 } }],
    ['a choice out of range', { answers: { q1: 9 } }],
    ['a negative choice', { answers: { q1: -1 } }],
    ['a choice that is not a whole number', { answers: { q1: 1.5 } }],
    ['a choice given as text', { answers: { q1: '1' } }],
    ['an unknown field', { answers: {}, cheat: true }],
    ['no answers at all', {}],
  ])('rejects %s with 400', async (_, payload) => {
    const res = await attempt(quizOf('variables').slug, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
