import type { HttpClient, HttpResult } from './http-client.ts';
import { LiveSocket } from './live-socket.ts';

/** Where a student reports; `startedAt` (performance.now()) puts the operation in its phase. */
export interface Sink {
  ok(op: string, ms: number, startedAt: number): void;
  fail(op: string, reason: string, startedAt: number): void;
}

/** Which optional routes the platform answers (probed once, see probeRoutes). */
export interface Routes {
  execute: boolean;
  exercises: boolean;
  quizzes: boolean;
  progress: boolean;
}

export interface StudentOptions {
  index: number;
  runId: string;
  client: HttpClient;
  wsUrl: string;
  sink: Sink;
  routes: Routes;
  thinkMs: [number, number];
  /** performance.now() after which the student finishes the step it is in and leaves. */
  stopAt: number;
  signal: AbortSignal;
  chatTimeoutMs: number;
}

interface Topic {
  slug: string;
  title: string;
}

const QUESTIONS = [
  (t: Topic) => `What is ${t.title.toLowerCase()} in Python?`,
  (t: Topic) => `Can you explain ${t.title.toLowerCase()} with an example?`,
  (t: Topic) => `How do ${t.title.toLowerCase()} work?`,
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const reason = (result: HttpResult) =>
  result.status === 0 ? String(result.body).slice(0, 60) : `HTTP ${result.status} ${errorCode(result.body)}`;
const errorCode = (body: unknown) => (body as { error?: { code?: string } } | null)?.error?.code ?? '';

/**
 * One simulated student: signs up and in, opens the live socket, then loops (open a topic, ask
 * the tutor, run print(1), submit an exercise, answer a quiz, look at progress) with think
 * times between steps, until `stopAt` or the abort signal. Never throws: failures are counted.
 */
export async function runStudent(options: StudentOptions): Promise<void> {
  const { client, sink, signal } = options;
  let token = '';
  const socket = new LiveSocket({
    onDelivery: (type, ms) => {
      const at = performance.now();
      sink.ok('ws.delivery', ms, at);
      sink.ok(type === 'progress.updated' ? 'ws.progress' : 'ws.tutor', ms, at);
    },
    onUnexpectedClose: (code) => {
      if (!signal.aborted) sink.fail('ws.connect', `closed by server (${code})`, performance.now());
    },
  });
  const done = () => signal.aborted || performance.now() >= options.stopAt;
  const think = () => {
    const [min, max] = options.thinkMs;
    const ms = min + Math.random() * (max - min);
    return new Promise<void>((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  };
  /** One HTTP operation; its parsed body when the status is the expected one, else null (counted). */
  const call = async <T>(op: string, method: 'GET' | 'POST', path: string, body?: unknown, expect = 200) => {
    const startedAt = performance.now();
    const result = await client.send<T>(method, path, body, token || undefined);
    if (signal.aborted) return null;
    if (result.status !== expect) {
      sink.fail(op, reason(result), startedAt);
      return null;
    }
    sink.ok(op, result.ms, startedAt);
    return result.body;
  };

  const email = `bench-${options.runId}-${options.index}@bench.learnflow.dev`;
  const password = `bench-password-${options.index}`;
  const registered = await call<{ token: string }>(
    'auth.register',
    'POST',
    '/api/auth/register',
    { email, password, name: `Bench Student ${options.index}` },
    201,
  );
  if (!registered) return;
  const session = await call<{ token: string }>('auth.login', 'POST', '/api/auth/login', { email, password });
  if (!session) return;
  token = session.token;
  const connectStarted = performance.now();
  try {
    await socket.connect(options.wsUrl, token);
    sink.ok('ws.connect', performance.now() - connectStarted, connectStarted);
  } catch (error) {
    sink.fail('ws.connect', (error as Error).message, connectStarted);
    return;
  }
  try {
    const curriculum = await call<{ modules: { topics: Topic[] }[] }>('curriculum', 'GET', '/api/curriculum');
    const topics = curriculum?.modules.flatMap((m) => m.topics) ?? [];
    if (topics.length === 0) return;
    while (!done()) {
      const topic = pick(topics);
      await call('topic.open', 'GET', `/api/topics/${topic.slug}`);
      await think();
      if (done()) break;
      await ask(topic);
      await think();
      if (done()) break;
      if (options.routes.execute) {
        const asked = performance.now();
        const ran = await call<{ stdout: string; queuedMs: number }>('execute', 'POST', '/api/execute', {
          code: 'print(1)',
          topic: topic.slug,
        });
        if (ran && ran.stdout !== '1\n')
          sink.fail('execute', `stdout ${JSON.stringify(ran.stdout)}`, performance.now());
        // The wait for a free sandbox, apart from the run: the part a priority queue can change.
        else if (ran) sink.ok('execute.queue', ran.queuedMs, asked);
        await think();
        if (done()) break;
      }
      if (options.routes.exercises) {
        await exercise(topic);
        await think();
        if (done()) break;
      }
      if (options.routes.quizzes) {
        await quiz(topic);
        await think();
      }
      if (options.routes.progress && !done()) await call('progress', 'GET', '/api/progress');
    }
  } finally {
    socket.close();
  }

  async function ask(topic: Topic) {
    const startedAt = performance.now();
    const accepted = await call<{ requestId: string }>(
      'chat.accept',
      'POST',
      '/api/chat',
      { message: pick(QUESTIONS)(topic), topic: topic.slug },
      202,
    );
    if (!accepted) return;
    const at = await socket.answer(accepted.requestId, options.chatTimeoutMs);
    if (signal.aborted) return;
    if (at === null) sink.fail('chat', `no tutor.response in ${options.chatTimeoutMs / 1000} s`, startedAt);
    else sink.ok('chat', at - startedAt, startedAt);
  }

  async function exercise(topic: Topic) {
    const list = await call<{ exercises: { id: string }[] }>(
      'exercise.list',
      'GET',
      `/api/exercises?topic=${topic.slug}`,
    );
    if (!list || list.exercises.length === 0) return;
    const detail = await call<{ id: string; starterCode: string }>(
      'exercise.get',
      'GET',
      `/api/exercises/${pick(list.exercises).id}`,
    );
    if (!detail) return;
    await think();
    await call('exercise.submit', 'POST', `/api/exercises/${detail.id}/submissions`, {
      code: detail.starterCode,
    });
  }

  async function quiz(topic: Topic) {
    const list = await call<{ quizzes: { id: string; questions: { id: string; choices: string[] }[] }[] }>(
      'quiz.list',
      'GET',
      `/api/quizzes?topic=${topic.slug}`,
    );
    if (!list || list.quizzes.length === 0) return;
    const chosen = pick(list.quizzes);
    const answers = Object.fromEntries(
      chosen.questions.map((q) => [q.id, Math.floor(Math.random() * Math.max(1, q.choices.length))]),
    );
    await call('quiz.attempt', 'POST', `/api/quizzes/${chosen.id}/attempts`, { answers });
  }
}
