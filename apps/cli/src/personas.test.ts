import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Api, jamesGetsHelp, mayaLearnsForLoops } from './personas.ts';
import { seed } from './seed.ts';
import { SERVICES } from './services.ts';

describe.each(testDatabases())('the personas, in one process on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  const api: Api = async (method, url, token, body) => {
    const res = await host.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body ? { payload: body } : {}),
    });
    return { status: res.statusCode, body: res.json() };
  };

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'personas');
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  it('Maya learns for loops and her mastery rises', () => mayaLearnsForLoops(api), 60_000);
  it(
    'James struggles, Mr. Rodriguez hears of it and helps, James succeeds',
    () => jamesGetsHelp(api),
    60_000,
  );
});
