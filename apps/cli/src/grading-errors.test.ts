import { type RunningHost, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const settled = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
};

// Errors met while grading are learning signals: the same NameError in three submissions is
// a repeated error, and the teacher gets one alert for it (the real sandbox grades).
describe('grading errors as learning signals', () => {
  let platform: TestPlatform;
  let host: RunningHost;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'grading errors test');
    for (const email of ['james@learnflow.dev', 'rodriguez@learnflow.dev']) {
      const login = await host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      tokens[email] = login.json().token;
    }
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const as = (email: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    host.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { authorization: `Bearer ${tokens[email]}` },
    });

  it('three failed submissions with one error type raise one repeated_error alert', async () => {
    const james = 'james@learnflow.dev';
    const exercise = (await as(james, 'GET', '/api/exercises?topic=defining-functions')).json().exercises[0];
    const alerts = () =>
      as('rodriguez@learnflow.dev', 'GET', '/api/teacher/alerts').then(
        (res) => res.json().alerts as { trigger: string; student: { name: string } }[],
      );
    const before = (await alerts()).filter((a) => a.trigger === 'repeated_error').length;
    for (let i = 0; i < 4; i++) {
      const res = await as(james, 'POST', `/api/exercises/${exercise.id}/submissions`, {
        code: `print(undefined_name_${i === 0 ? '' : 'x'.repeat(i)})\n`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().passed).toBe(false);
      expect(res.json().tests[0].message ?? '').toContain('NameError');
    }
    const after = await settled(
      alerts,
      (list) => list.filter((a) => a.trigger === 'repeated_error').length > before,
    );
    const repeated = after.filter((a) => a.trigger === 'repeated_error');
    expect(repeated).toHaveLength(before + 1);
    // The alert needs three of the four facts; the fourth is recorded in the background shortly after.
    const facts = await settled(
      () =>
        platform.db
          .selectFrom('learning_facts')
          .select('error_type')
          .where('kind', '=', 'exercise.graded')
          .where('error_type', '=', 'NameError')
          .execute(),
      (rows) => rows.length >= 4,
    );
    expect(facts).toHaveLength(4);
  });
});
