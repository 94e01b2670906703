import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestDatabase, type TestPlatform } from '@learnflow/platform/testing';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

export interface TestHost {
  platform: TestPlatform;
  host: Awaited<ReturnType<typeof startServices>>;
  /** Signs a demo user in (password `learnflow`): their access token and id. */
  login(email: string): Promise<{ token: string; userId: string }>;
  stop(): Promise<void>;
}

/** The whole embedded platform for a system test: every service on one host, the demo seed applied. */
export async function startTestHost(database: TestDatabase, name: string): Promise<TestHost> {
  const platform = await createTestPlatform(database);
  await seed(platform.db, { demo: true });
  const host = await startServices(platform, SERVICES, name);
  return {
    platform,
    host,
    async login(email) {
      const res = await host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
      const body = res.json();
      return { token: body.token, userId: body.user.id };
    },
    async stop() {
      await host.stop();
      await platform.dispose();
    },
  };
}
