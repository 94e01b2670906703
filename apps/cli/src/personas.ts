import { exercises, quizzes } from '@learnflow/tutor';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './seed.ts';

/** One call of the public API: whatever carries it (inject in one process, fetch to a gateway). */
export type Api = (
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: object,
) => Promise<{
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, asserted field by field
  body: any;
}>;

const login = async (api: Api, who: string) => {
  const res = await api('POST', '/api/auth/login', undefined, {
    email: `${who}@learnflow.dev`,
    password: DEMO_PASSWORD,
  });
  expect(res.status, `${who} signs in`).toBe(200);
  return res.body.token as string;
};

const masteryOf = async (api: Api, token: string, topic: string): Promise<number> => {
  const res = await api('GET', '/api/progress', token);
  expect(res.status).toBe(200);
  return res.body.topics.find((t: { topic: string }) => t.topic === topic)?.mastery ?? 0;
};

/** The reference solution of a bank exercise, known to the test, never served to a student. */
const solutionOf = (title: string) => {
  const found = exercises.find((e) => e.title === title);
  if (!found) throw new Error(`no bank exercise titled ${title}`);
  return found.solution;
};

/** Maya works on for loops: lesson, tutor, exercise, quiz; her mastery rises. */
export async function mayaLearnsForLoops(api: Api): Promise<void> {
  const maya = await login(api, 'maya');
  const before = await masteryOf(api, maya, 'for-loops');
  const topic = await api('GET', '/api/topics/for-loops', maya);
  expect(topic.body.lesson.examples.length).toBeGreaterThanOrEqual(2);
  const run = await api('POST', '/api/execute', maya, {
    code: topic.body.lesson.examples[0].code,
    topic: 'for-loops',
  });
  expect(run.body.stdout).toBe(topic.body.lesson.examples[0].expectedOutput);
  const answer = await api('POST', '/api/chat?wait=true', maya, {
    message: 'can you explain for loops with range?',
    topic: 'for-loops',
  });
  expect(answer.status).toBe(200);
  expect(answer.body.intent).toBe('concept');
  const list = await api('GET', '/api/exercises?topic=for-loops', maya);
  const easy = list.body.exercises.find((e: { difficulty: string }) => e.difficulty === 'easy');
  const wrong = await api('POST', `/api/exercises/${easy.id}/submissions`, maya, { code: 'pass' });
  expect(wrong.body.passed).toBe(false);
  const right = await api('POST', `/api/exercises/${easy.id}/submissions`, maya, {
    code: solutionOf(easy.title),
  });
  expect(right.body).toMatchObject({ passed: true, score: 100 });
  const quiz = (await api('GET', '/api/quizzes?topic=for-loops', maya)).body.quizzes[0];
  const key = quizzes.find((q) => q.topic === 'for-loops');
  const answers = Object.fromEntries(
    quiz.questions.map((q: { id: string }, i: number) => [q.id, key?.questions[i]?.answer ?? 0]),
  );
  const attempt = await api('POST', `/api/quizzes/${quiz.id}/attempts`, maya, { answers });
  expect(attempt.body.score).toBe(100);
  await expect
    .poll(() => masteryOf(api, maya, 'for-loops'), { timeout: 20_000 })
    .toBeGreaterThan(before + 30);
}

/**
 * James fails list comprehensions three times; the alert reaches Mr. Rodriguez, who
 * generates an easier exercise and assigns it; James solves it and his mastery rises.
 */
export async function jamesGetsHelp(api: Api): Promise<void> {
  const james = await login(api, 'james');
  const teacher = await login(api, 'rodriguez');
  const before = await masteryOf(api, james, 'list-comprehensions');
  for (let i = 0; i < 3; i++) {
    const run = await api('POST', '/api/execute', james, {
      code: `evens = [n for n in range(10) if n % 2 == 0]\nprint("evens: " + evens)\n# attempt ${i}`,
      topic: 'list-comprehensions',
    });
    expect(run.body.error.type).toBe('TypeError');
  }
  await expect
    .poll(
      async () =>
        (await api('GET', '/api/teacher/alerts?status=open', teacher)).body.alerts.find(
          (a: { student: { name: string }; trigger: string }) =>
            a.student.name === 'James Okafor' && a.trigger === 'repeated_error',
        ),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  const generated = await api('POST', '/api/exercises/generate', teacher, {
    topic: 'list-comprehensions',
    difficulty: 'easy',
  });
  expect(generated.status).toBe(201);
  expect(generated.body.solution).toEqual(expect.any(String));
  const jamesId = (await api('GET', '/api/me', james)).body.id;
  const assigned = await api('POST', '/api/teacher/assignments', teacher, {
    exerciseId: generated.body.id,
    studentIds: [jamesId],
  });
  expect(assigned.status).toBe(201);
  await expect
    .poll(
      async () =>
        (await api('GET', '/api/assignments', james)).body.assignments.find(
          (a: { exerciseId: string }) => a.exerciseId === generated.body.id,
        ),
      {
        timeout: 10_000,
      },
    )
    .toBeTruthy();
  const asStudent = await api('GET', `/api/exercises/${generated.body.id}`, james);
  expect(asStudent.status).toBe(200);
  expect(asStudent.body.solution).toBeUndefined();
  const solved = await api('POST', `/api/exercises/${generated.body.id}/submissions`, james, {
    code: generated.body.solution,
  });
  expect(solved.body).toMatchObject({ passed: true, score: 100 });
  await expect
    .poll(() => masteryOf(api, james, 'list-comprehensions'), { timeout: 20_000 })
    .toBeGreaterThan(before);
}
