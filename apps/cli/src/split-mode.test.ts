import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { liveUrl } from './live-url.ts';
import { type Api, jamesGetsHelp, mayaLearnsForLoops } from './personas.ts';
import { DEMO_PASSWORD } from './seed.ts';
import { type SplitPlatform, startSplit } from './split-processes.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const brokers = process.env.KAFKA_BROKERS;
const runs = Boolean(adminUrl && brokers);
if (!runs && process.env.CI === 'true')
  throw new Error('CI=true: the split-mode test needs TEST_DATABASE_URL and KAFKA_BROKERS');
if (!runs)
  console.warn(
    'split-mode test skipped: start PostgreSQL and Kafka (scripts/postgres.sh start, scripts/kafka/kafka.sh start) and set TEST_DATABASE_URL and KAFKA_BROKERS',
  );

/** Every service as its own process (`learnflow serve <id>`) over PostgreSQL and Kafka, the gateway in front. */
describe.runIf(runs)('split mode: separate processes over PostgreSQL and Kafka', () => {
  let split: SplitPlatform;
  let gateway = '';
  let token = '';

  beforeAll(async () => {
    split = await startSplit({ adminUrl: adminUrl as string, brokers: brokers as string });
    gateway = split.gateway;
    const login = await fetch(`${gateway}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'maya@learnflow.dev', password: DEMO_PASSWORD }),
    });
    token = ((await login.json()) as { token: string }).token;
  }, 120_000);

  afterAll(() => split?.stop());

  const api = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${gateway}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: JSON answers, asserted field by field
    return { status: res.status, body: (await res.json()) as any };
  };

  it('drives a chat through the gateway and the answer arrives on the WebSocket', async () => {
    const socket = new WebSocket(await liveUrl(gateway, token));
    const frames: LiveFrame[] = [];
    socket.on('message', (raw) => frames.push(LiveFrameSchema.parse(JSON.parse(raw.toString()))));
    await expect.poll(() => frames.some((f) => f.type === 'ready'), { timeout: 10_000 }).toBe(true);
    const sent = await api('POST', '/api/chat', { message: 'How do for loops work in Python?' });
    expect(sent.status).toBe(202);
    await expect
      .poll(
        () => frames.find((f) => f.type === 'tutor.response' && f.data.requestId === sent.body.requestId),
        { timeout: 30_000 },
      )
      .toBeTruthy();
    socket.close();
  }, 60_000);

  it('runs code in the code-execution process', async () => {
    const run = await api('POST', '/api/execute', {
      code: 'name = input()\nprint("hi", name)\n1/0',
      stdin: 'Maya\n',
    });
    expect(run.status).toBe(200);
    expect(run.body.stdout).toBe('hi Maya\n');
    expect(run.body.error).toMatchObject({ type: 'ZeroDivisionError', line: 3 });
  }, 30_000);

  it('grades a submission in the exercise-agent process', async () => {
    const list = await api('GET', '/api/exercises?topic=for-loops');
    expect(list.status).toBe(200);
    const first = list.body.exercises[0];
    const graded = await api('POST', `/api/exercises/${first.id}/submissions`, { code: 'pass' });
    expect(graded.status).toBe(200);
    expect(graded.body.passed).toBe(false);
    expect(graded.body.tests.length).toBeGreaterThan(1);
  }, 30_000);

  const viaGateway: Api = async (method, path, bearer, body) => {
    const res = await fetch(`${gateway}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: await res.json() };
  };

  it('Maya learns for loops over Kafka and PostgreSQL', () => mayaLearnsForLoops(viaGateway), 90_000);
  it('James gets help over Kafka and PostgreSQL', () => jamesGetsHelp(viaGateway), 90_000);

  it('answers 502 for a service that is down', async () => {
    await split.kill('progress', 'SIGTERM');
    const res = await api('GET', '/api/progress');
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('UPSTREAM_UNAVAILABLE');
  }, 30_000);
});
