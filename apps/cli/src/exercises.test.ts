import { randomUUID } from 'node:crypto';
import { type Envelope, type EventPayload, ExerciseDefinitionSchema } from '@learnflow/contracts';
import { createExerciseAgent } from '@learnflow/exercise-agent';
import {
  depsFor,
  eventPayload,
  type RunningHost,
  type Subscription,
  startServices,
} from '@learnflow/platform';
import {
  codeRun,
  createTestPlatform,
  deliver,
  type TestPlatform,
  testDatabases,
} from '@learnflow/platform/testing';
import { sandboxResource } from '@learnflow/sandbox';
import {
  createTemplateGenerator,
  exerciseBySlug,
  gradeSubmission,
  reviewCode,
  TEMPLATES,
} from '@learnflow/tutor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const bank = (slug: string) => {
  const exercise = exerciseBySlug(slug);
  if (!exercise) throw new Error(`no bank exercise ${slug}`);
  return exercise;
};

describe.each(testDatabases())('exercises on %s', (database) => {
  let platform: TestPlatform;
  let host: RunningHost;
  let probe: Subscription;
  const seen: { topic: string; event: Envelope }[] = [];
  const users: Record<string, { token: string; id: string }> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    const mounted = SERVICES.filter((s) => s.id === 'api-gateway' || s.id === 'exercise-agent');
    expect(mounted.map((s) => s.id)).toContain('exercise-agent');
    host = await startServices(platform, mounted, 'LearnFlow exercises test');
    probe = await platform.bus.subscribe({
      group: `exercises-probe-${randomUUID()}`,
      topics: ['exercise.graded', 'learning.responses'],
      handler: async ({ topic, event }) => {
        seen.push({ topic, event });
      },
    });
    // Warm the sandbox and the code review up front, so no single test pays for their start.
    await Promise.all([
      (await platform.resources.get(sandboxResource)).run({ code: 'pass' }),
      reviewCode('x = 1\n'),
    ]);
    for (const name of ['maya', 'james', 'rodriguez']) {
      const login = await host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `${name}@learnflow.dev`, password: DEMO_PASSWORD },
      });
      users[name] = { token: login.json().token, id: login.json().user.id };
    }
  });
  afterAll(async () => {
    await probe?.close();
    await host?.stop();
    await platform?.dispose();
  });

  const auth = (user: string) => ({ authorization: `Bearer ${users[user]?.token}` });
  const get = (url: string, user = 'maya') => host.app.inject({ method: 'GET', url, headers: auth(user) });
  const post = (url: string, payload: object, user = 'maya', on: RunningHost = host) =>
    on.app.inject({ method: 'POST', url, payload, headers: auth(user) });
  const idOf = async (slug: string) => (await get(`/api/exercises/${slug}`)).json().id as string;

  async function eventually<T>(find: () => T | undefined, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out waiting for an event');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const eventOf = <T extends 'exercise.graded' | 'learning.responses'>(
    topic: T,
    predicate: (data: EventPayload<T>) => boolean,
  ) =>
    eventually(() =>
      seen
        .filter((s) => s.topic === topic)
        .map((s) => eventPayload(topic, s.event.data))
        .find(predicate),
    );

  it('lists a topic and shows an exercise without its solution or hidden tests', async () => {
    const list = await get('/api/exercises?topic=for-loops');
    expect(list.statusCode).toBe(200);
    const { exercises } = list.json();
    expect(exercises.map((e: { difficulty: string }) => e.difficulty)).toEqual(['easy', 'medium', 'hard']);
    expect(Object.keys(exercises[0]).sort()).toEqual([
      'bestScore',
      'difficulty',
      'id',
      'source',
      'title',
      'topic',
    ]);
    for (const summary of exercises) {
      expect(summary).toMatchObject({ topic: 'for-loops', source: 'bank', bestScore: null });
      const detail = await get(`/api/exercises/${summary.id}`);
      expect(detail.statusCode).toBe(200);
      const body = detail.json();
      const definition = bank(body.slug);
      expect(body).toMatchObject({
        id: summary.id,
        title: definition.title,
        prompt: definition.prompt,
        starterCode: definition.starterCode,
        difficulty: definition.difficulty,
        topic: 'for-loops',
        hints: [],
        hintsTotal: 3,
        best: null,
        latest: null,
      });
      expect(body).not.toHaveProperty('solution');
      expect(body).not.toHaveProperty('tests');
      expect(body.visibleTests).toEqual(
        definition.tests.filter((t) => !t.hidden).map((t) => ({ name: t.name })),
      );
      const text = detail.body;
      expect(text).not.toContain(JSON.stringify(definition.solution).slice(1, -1));
      for (const test of definition.tests) expect(text).not.toContain(JSON.stringify(test.code).slice(1, -1));
    }
    expect((await get('/api/exercises/for-loops-countdown')).json().id).toBe(exercises[0].id);
    expect((await get('/api/exercises?topic=no-such-topic')).statusCode).toBe(404);
    expect((await get(`/api/exercises/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get('/api/exercises?topic=for-loops&solution=1')).statusCode).toBe(400);
    expect((await host.app.inject({ method: 'GET', url: '/api/exercises?topic=for-loops' })).statusCode).toBe(
      401,
    );
  });

  it('scores a correct submission 100, publishes exercise.graded and keeps the best and the latest', async () => {
    const slug = 'for-loops-countdown';
    const id = await idOf(slug);
    const good = await post(`/api/exercises/${id}/submissions`, { code: bank(slug).solution });
    expect(good.statusCode).toBe(200);
    const result = good.json();
    expect(result).toMatchObject({
      exerciseId: id,
      passed: true,
      score: 100,
      firstFailure: null,
      attempts: 1,
    });
    expect(
      result.tests.every((t: { passed: boolean; message: null }) => t.passed && t.message === null),
    ).toBe(true);
    expect(result.best).toEqual(result.latest);
    // The code review (packages/tutor/src/review) scores the submission's quality.
    expect(result.qualityScore).toBeGreaterThanOrEqual(0);
    expect(result.qualityScore).toBeLessThanOrEqual(100);
    const graded = await eventOf('exercise.graded', (d) => d.submissionId === result.submissionId);
    expect(graded).toEqual({
      submissionId: result.submissionId,
      exerciseId: id,
      userId: users.maya?.id,
      topic: 'for-loops',
      passed: true,
      score: 100,
      qualityScore: result.qualityScore,
      errorType: null,
      code: bank(slug).solution,
    });

    const bad = await post(`/api/exercises/${slug}/submissions`, { code: bank(slug).starterCode });
    expect(bad.statusCode).toBe(200);
    const wrong = bad.json();
    expect(wrong.passed).toBe(false);
    expect(wrong.score).toBeLessThan(100);
    expect(wrong.attempts).toBe(2);
    expect(wrong.best).toEqual(result.best);
    expect(wrong.latest).toMatchObject({
      submissionId: wrong.submissionId,
      score: wrong.score,
      passed: false,
    });
    const stored = await platform.db
      .selectFrom('submissions')
      .select(['score', 'results', 'quality_score'])
      .where('id', '=', wrong.submissionId)
      .executeTakeFirstOrThrow();
    expect(stored.score).toBe(wrong.score);
    expect(stored.results).toEqual(wrong.tests);
    expect(stored.quality_score).toBe(wrong.qualityScore);
    const detail = (await get(`/api/exercises/${id}`)).json();
    expect(detail.best).toEqual(result.best);
    expect(detail.latest).toEqual(wrong.latest);
    const listed = (await get('/api/exercises?topic=for-loops')).json().exercises;
    expect(listed.find((e: { id: string }) => e.id === id).bestScore).toBe(100);
  });

  it('keeps test order, points at the first failure, explains visible tests and hides hidden ones', async () => {
    const slug = 'for-loops-count-vowels';
    const definition = bank(slug);
    // Counts only lower-case vowels: the upper-case tests fail, the others pass.
    const code = 'def count_vowels(text):\n    return sum(1 for ch in text if ch in "aeiou")\n';
    const res = await post(`/api/exercises/${slug}/submissions`, { code });
    expect(res.statusCode).toBe(200);
    const { tests, firstFailure, passed, score } = res.json();
    expect(passed).toBe(false);
    expect(score).toBeGreaterThan(0);
    expect(tests).toHaveLength(definition.tests.length);
    let hidden = 0;
    definition.tests.forEach((test, index) => {
      const graded = tests[index];
      if (test.hidden) {
        hidden += 1;
        expect(graded).toEqual({
          name: `Hidden test ${hidden}`,
          passed: graded.passed,
          hidden: true,
          message: graded.passed ? null : `A rule of the task is broken: ${test.rule}`,
        });
      } else {
        expect(graded.name).toBe(test.name);
        expect(graded.hidden).toBe(false);
        if (graded.passed) expect(graded.message).toBeNull();
        else expect(graded.message).toEqual(expect.any(String));
      }
    });
    expect(firstFailure).toBe(tests.findIndex((t: { passed: boolean }) => !t.passed));
    expect(tests[firstFailure].passed).toBe(false);
    const names = tests.map((t: { name: string }) => t.name);
    for (const test of definition.tests.filter((t) => t.hidden)) expect(names).not.toContain(test.name);
    for (const test of definition.tests)
      expect(res.body).not.toContain(JSON.stringify(test.code).slice(1, -1));

    const crash = await post(`/api/exercises/${slug}/submissions`, {
      code: 'print("x" * 10_000_000)\nprint(nope)\n',
    });
    const crashed = crash.json();
    expect(crashed.score).toBe(0);
    for (const test of crashed.tests) if (!test.hidden) expect(test.message.length).toBeLessThanOrEqual(300);
    expect((await post(`/api/exercises/${slug}/submissions`, { code: 'x', extra: 1 })).statusCode).toBe(400);
  });

  it('gives escalating hints per student and stops at the last', async () => {
    const slug = 'while-loops-collatz-steps';
    const hints = bank(slug).hints;
    const levels = [];
    for (let i = 0; i < 4; i++) levels.push((await post(`/api/exercises/${slug}/hints`, {})).json());
    expect(levels.map((h) => [h.level, h.hint, h.last])).toEqual([
      [1, hints[0], false],
      [2, hints[1], false],
      [3, hints[2], true],
      [3, hints[2], true],
    ]);
    expect(levels[3].hints).toEqual(hints);
    expect((await get(`/api/exercises/${slug}`)).json().hints).toEqual(hints);
    const james = (await post(`/api/exercises/${slug}/hints`, {}, 'james')).json();
    expect(james).toMatchObject({ level: 1, hint: hints[0], hints: [hints[0]] });
  });

  it('generates a validated exercise fitted to a Beginner and their most common recent error', async () => {
    const james = users.james?.id as string;
    // Her failed runs as code-execution publishes them: the exercise agent keeps its own read model of them.
    for (const type of ['IndexError', 'IndexError', 'NameError'])
      await deliver(platform, 'code.execution.results', codeRun(james, { topic: 'lists', raised: type }), {
        userId: james,
        group: 'exercise-agent.run-errors',
      });
    const res = await post('/api/exercises/generate', { topic: 'lists', difficulty: 'hard' }, 'james');
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({
      topic: 'lists',
      source: 'generated',
      difficulty: 'medium',
      requestedDifficulty: 'hard',
      focusError: 'IndexError',
      hints: [],
      hintsTotal: 3,
      best: null,
    });
    expect(made.adaptation).toMatch(/Beginner/);
    expect(made.prompt).toContain('`IndexError`');
    expect(made).not.toHaveProperty('solution');

    const row = await platform.db
      .selectFrom('exercises')
      .selectAll()
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'generated', created_by: james, slug: null });
    expect(row.generation).toMatchObject({ generator: 'template', template: 'lists-running', attempts: 1 });
    const definition = ExerciseDefinitionSchema.parse({
      slug: 'check',
      topic: 'lists',
      difficulty: row.difficulty,
      title: row.title,
      prompt: row.prompt,
      starterCode: row.starter_code,
      solution: row.solution,
      hints: row.hints,
      tests: row.tests,
    });
    const sandbox = await platform.resources.get(sandboxResource);
    expect(await gradeSubmission(sandbox, definition, definition.solution)).toMatchObject({
      passed: true,
      score: 100,
    });
    expect((await gradeSubmission(sandbox, definition, 'pass\n')).passed).toBe(false);

    // James sees and can solve it; Maya cannot see it; the teacher sees every one of the topic.
    expect(
      (await get('/api/exercises?topic=lists', 'james')).json().exercises.map((e: { id: string }) => e.id),
    ).toContain(made.id);
    expect(
      (await get('/api/exercises?topic=lists')).json().exercises.map((e: { id: string }) => e.id),
    ).not.toContain(made.id);
    expect((await get(`/api/exercises/${made.id}`)).statusCode).toBe(404);
    expect((await get('/api/exercises?topic=lists', 'rodriguez')).json().exercises).toHaveLength(4);
    const solved = await post(`/api/exercises/${made.id}/submissions`, { code: row.solution }, 'james');
    expect(solved.json()).toMatchObject({ passed: true, score: 100 });
  });

  it('gives a teacher the difficulty asked for, the same exercise for the same seed', async () => {
    const body = { topic: 'dictionaries', difficulty: 'hard', seed: 1234 };
    const first = await post('/api/exercises/generate', body, 'rodriguez');
    const second = await post('/api/exercises/generate', body, 'rodriguez');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ difficulty: 'hard', adaptation: null, focusError: null });
    expect(second.json().id).not.toBe(first.json().id);
    expect(second.json().prompt).toBe(first.json().prompt);
    const other = await post('/api/exercises/generate', { ...body, seed: 4321 }, 'rodriguez');
    expect(other.json().prompt).not.toBe(first.json().prompt);
    expect(
      (await post('/api/exercises/generate', { topic: 'nope', difficulty: 'easy' }, 'rodriguez')).statusCode,
    ).toBe(404);
    expect(
      (await post('/api/exercises/generate', { topic: 'lists', difficulty: 'extreme' })).statusCode,
    ).toBe(400);
  });

  it('refuses with GENERATION_FAILED when no candidate passes validation', async () => {
    const template = TEMPLATES.find((t) => t.id === 'lists-running');
    if (!template) throw new Error('no lists template');
    const broken = {
      ...template,
      build: (...args: Parameters<typeof template.build>) => ({
        ...template.build(...args),
        solution: 'pass\n',
      }),
    };
    const refusing = await startServices(
      platform,
      [createExerciseAgent({ generator: createTemplateGenerator([broken]) })],
      'LearnFlow refusal test',
    );
    try {
      const before = await platform.db
        .selectFrom('exercises')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const res = await post(
        '/api/exercises/generate',
        { topic: 'lists', difficulty: 'easy' },
        'rodriguez',
        refusing,
      );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('GENERATION_FAILED');
      expect(res.json().error.message).toMatch(/after 3 attempt/);
      const after = await platform.db
        .selectFrom('exercises')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    } finally {
      await refusing.stop();
    }
  });

  it('answers an exercise request from the chat with an exercise fitted to the student', async () => {
    const maya = users.maya?.id as string;
    const events = depsFor(platform, { id: 'test', publishes: ['exercise.requests'] }).events;
    const ask = async (message: string, topic: string) => {
      const requestId = randomUUID();
      await events.publish(
        'exercise.requests',
        'learnflow.exercise.requested',
        {
          requestId,
          userId: maya,
          message,
          code: null,
          topic,
          intent: 'exercise',
          confidence: 0.9,
          context: { topic, masteryLevel: 'Beginner', recentErrors: [] },
        },
        { userId: maya, correlationId: requestId },
      );
      return eventOf('learning.responses', (d) => d.requestId === requestId);
    };

    // A Beginner asking for a hard one gets the unsolved medium bank exercise.
    const reply = await ask('Give me a hard exercise on while loops', 'while-loops');
    const medium = bank('while-loops-guessing-game');
    expect(reply).toMatchObject({ userId: maya, intent: 'exercise', agent: 'exercise-agent', kind: 'final' });
    expect(reply.data).toMatchObject({
      exerciseId: await idOf(medium.slug),
      difficulty: 'medium',
      source: 'bank',
    });
    expect(reply.text).toContain(`(/exercises/${reply.data.exerciseId})`);
    expect(reply.text).toContain(medium.prompt.split('\n')[0]);
    expect(reply.text).not.toContain(medium.solution.trim());

    // She solved the easy for-loops exercise above: a new one is generated for her.
    const fresh = await ask('I want to practise', 'for-loops');
    expect(fresh.data).toMatchObject({ difficulty: 'easy', source: 'generated', generated: true });
    const made = await platform.db
      .selectFrom('exercises')
      .select(['created_by', 'solution'])
      .where('id', '=', fresh.data.exerciseId as string)
      .executeTakeFirstOrThrow();
    expect(made.created_by).toBe(maya);
    expect(fresh.text).not.toContain(made.solution.trim());
  });
});
