import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { Deployment } from './deployment.ts';
import type { HttpClient, HttpResult } from './http-client.ts';
import type { Routes } from './student.ts';
import { wsTicketUrl } from './ws-ticket-url.ts';

/** The gateway's 404 for a route nobody registered (not a 404 of a route about a missing thing). */
const noRoute = (result: HttpResult) =>
  result.status === 404 &&
  /^No route/.test((result.body as { error?: { message?: string } } | null)?.error?.message ?? '');

/** Registers a throwaway user and returns its token. */
export async function probeUser(client: HttpClient): Promise<string> {
  const email = `bench-probe-${randomBytes(4).toString('hex')}@bench.learnflow.dev`;
  const result = await client.post<{ token: string }>('/api/auth/register', {
    email,
    password: 'bench-probe-password',
    name: 'Bench Probe',
  });
  if (result.status !== 201)
    throw new Error(`register failed: HTTP ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.token;
}

/**
 * Which of the routes other engineers are still landing answer here. Asked with real requests,
 * not /docs/json: the split gateway's proxied routes are hidden from its OpenAPI document.
 */
export async function probeRoutes(client: HttpClient, token: string): Promise<Routes> {
  const [execute, exercises, quizzes, progress] = await Promise.all([
    client.post('/api/execute', {}, token),
    client.get('/api/exercises?topic=variables', token),
    client.get('/api/quizzes?topic=variables', token),
    client.get('/api/progress', token),
  ]);
  return {
    execute: !noRoute(execute),
    exercises: !noRoute(exercises),
    quizzes: !noRoute(quizzes),
    progress: !noRoute(progress),
  };
}

/** What the warm-up saw: how long it took, and the first exercise submission (one-time loads happen there). */
export interface WarmUp {
  ms: number;
  firstSubmitMs: number | null;
}

/**
 * Sends each operation until the tutor answers (`?wait=true`), then 20 chats and runs and one
 * exercise submission and quiz attempt: the services are warm, one-time lazy loads (Ruff's WASM
 * compile on the first review) are behind us, and in split mode every consumer group has joined.
 */
export async function warmUp(
  client: HttpClient,
  token: string,
  routes: Routes,
  timeoutMs: number,
): Promise<WarmUp> {
  const started = performance.now();
  const deadline = started + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    const chat = await client.post(
      '/api/chat?wait=true',
      { message: 'What is a variable?', topic: 'variables' },
      token,
    );
    if (chat.status === 200) {
      const firstSubmitMs = routes.exercises ? await submitOnce(client, token) : null;
      if (routes.quizzes) await attemptOnce(client, token);
      for (let i = 0; i < 20; i++) {
        await client.post(
          '/api/chat?wait=true',
          { message: 'How do for loops work?', topic: 'for-loops' },
          token,
        );
        if (routes.execute) await client.post('/api/execute', { code: 'print(1)' }, token);
      }
      return { ms: performance.now() - started, firstSubmitMs };
    }
    last = `HTTP ${chat.status} ${JSON.stringify(chat.body).slice(0, 200)}`;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the tutor did not answer within ${timeoutMs / 1000} s of warm-up: ${last}`);
}

async function submitOnce(client: HttpClient, token: string): Promise<number | null> {
  const list = await client.get<{ exercises: { id: string }[] }>('/api/exercises?topic=variables', token);
  const id = list.status === 200 ? list.body.exercises[0]?.id : undefined;
  if (!id) return null;
  const detail = await client.get<{ starterCode: string }>(`/api/exercises/${id}`, token);
  if (detail.status !== 200) return null;
  const result = await client.post(
    `/api/exercises/${id}/submissions`,
    { code: detail.body.starterCode },
    token,
  );
  return result.status === 200 ? result.ms : null;
}

async function attemptOnce(client: HttpClient, token: string): Promise<void> {
  const list = await client.get<{ quizzes: { id: string; questions: { id: string }[] }[] }>(
    '/api/quizzes?topic=variables',
    token,
  );
  const quiz = list.status === 200 ? list.body.quizzes[0] : undefined;
  if (!quiz) return;
  const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, 0]));
  await client.post(`/api/quizzes/${quiz.id}/attempts`, { answers }, token);
}

/** Opens `/ws` once with a ticket for `token`: null when the `ready` frame came, else why not. */
export async function tryWebSocket(wsUrl: string, token: string): Promise<string | null> {
  const url = await wsTicketUrl(wsUrl, token).catch((error: Error) => error);
  if (url instanceof Error) return url.message;
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      resolve('no ready frame in 10 s');
    }, 10_000);
    const done = (outcome: string | null) => {
      clearTimeout(timer);
      socket.terminate();
      resolve(outcome);
    };
    socket.on('message', (raw) => raw.toString().includes('"ready"') && done(null));
    socket.on('error', (error) => done(error.message));
    socket.on('close', (code) => done(`closed ${code}`));
  });
}

/**
 * Where students open their WebSocket: through the gateway when it upgrades `/ws`; otherwise
 * (split mode while the gateway's /ws proxy fails) straight at the websocket service, as an
 * ingress routing /ws to it would, with the reason kept for the report.
 */
export async function chooseWebSocket(
  deployment: Deployment,
  token: string,
): Promise<{ url: string; note: string | null }> {
  const gateway = deployment.baseUrl.replace(/^http/, 'ws');
  const failure = await tryWebSocket(gateway, token);
  if (failure === null) return { url: gateway, note: null };
  const service = deployment.servers.find((s) => s.id === 'websocket');
  if (!service) throw new Error(`the gateway's /ws failed (${failure}) and there is no websocket service`);
  const direct = `ws://127.0.0.1:${service.port}`;
  const again = await tryWebSocket(direct, token);
  if (again !== null) throw new Error(`/ws failed through the gateway (${failure}) and directly (${again})`);
  return {
    url: direct,
    note: `gateway /ws failed (${failure}): sockets go straight to the websocket service`,
  };
}
