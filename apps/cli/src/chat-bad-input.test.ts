import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

// Messages a real student sends that are not ordinary questions: a helpful answer or a clear 400, never a 500,
// and never an unrelated lesson presented as the answer.
describe('the tutor chat with unusual messages', () => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let token: string;

  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'chat bad input test');
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const chat = (payload: Record<string, unknown>) =>
    host.app.inject({
      method: 'POST',
      url: '/api/chat?wait=true',
      payload,
      headers: { authorization: `Bearer ${token}` },
    });

  it.each([
    ['empty', ''],
    ['whitespace only', '   \n\t  '],
  ])('refuses an %s message with a 400 that says what to send', async (_name, message) => {
    const res = await chat({ message });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/message/i);
  });

  it('refuses a 20,000-character message with a 400 that names the field', async () => {
    const res = await chat({ message: 'why '.repeat(5_000) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/message/i);
  });

  it.each([
    ['non-English', '¿cómo funciona un bucle for en python?'],
    ['emoji only', '🐍🐍🐍'],
    ['nonsense', 'qwpzx vlorth'],
  ])('answers a %s message without presenting an unrelated lesson', async (_name, message) => {
    const res = await chat({ message });
    expect(res.statusCode).toBe(200);
    const { reply } = res.json();
    expect(reply.text.length).toBeGreaterThan(20);
    const linked = [...reply.text.matchAll(/\]\(\/topics\/([a-z-]+)\)/g)].map((m) => m[1]);
    for (const topic of linked) expect(topic).toMatch(/loop/);
  });

  it('answers code that does not parse with what is wrong in it', async () => {
    const res = await chat({ message: 'what is wrong here?', code: 'for i in range(3)\n    print(i)\n' });
    expect(res.statusCode).toBe(200);
    expect(res.json().reply.text).toMatch(/colon|:|SyntaxError/i);
  });

  it('answers a code-only message', async () => {
    const res = await chat({ message: 'x = [1, 2, 3]\nprint(x[3])' });
    expect(res.statusCode).toBe(200);
    expect(res.json().reply.text.length).toBeGreaterThan(20);
  });
});
