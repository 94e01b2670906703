import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';

describe.each(testDatabases())('session checks on %s', (database) => {
  let platform: TestPlatform;
  const user = { id: randomUUID(), email: '', name: 'Ada', role: 'student' as const };
  user.email = `${user.id}@test.dev`;
  const sessionOf = async (token: string) => (await platform.auth.tokens.verify(token))?.sessionId as string;

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.db
      .insertInto('users')
      .values({ ...user, password_hash: 'x' })
      .execute();
  });
  afterAll(() => platform?.dispose());

  it('trusts a checked session from its cache, and an ended one not at all', async () => {
    const sessionId = await sessionOf((await platform.auth.sessions.open(user)).token);
    expect(await platform.auth.sessions.check(sessionId, user.id)).toMatchObject({ id: user.id });
    // Ended behind the cache's back: the cached check still holds (this process ends sessions through `revoke`).
    await platform.db
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('id', '=', sessionId)
      .execute();
    expect(await platform.auth.sessions.check(sessionId, user.id)).toMatchObject({ id: user.id });
    await platform.auth.sessions.revoke(sessionId);
    expect(await platform.auth.sessions.check(sessionId, user.id)).toBeNull();
  });

  it('does not trust a cached session past its expiry', async () => {
    const sessionId = await sessionOf((await platform.auth.sessions.open(user)).token);
    await platform.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() + 300) })
      .where('id', '=', sessionId)
      .execute();
    expect(await platform.auth.sessions.check(sessionId, user.id)).toMatchObject({ id: user.id });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await platform.auth.sessions.check(sessionId, user.id)).toBeNull();
  });
});
