import { randomUUID } from 'node:crypto';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameId } from './connections.ts';
import { forgetOldFrames, KEPT_FOR_MS, missedFrames, recordFrame } from './replay.ts';

describe.each(testDatabases())('the replay websocket keeps on %s', (database) => {
  let platform: TestPlatform;
  const student = randomUUID();
  const answer = (at: Date, requestId: string) => ({
    id: frameId(at, requestId),
    type: 'tutor.response' as const,
    data: { requestId, intent: 'concept' as const, agent: 'concepts-agent', reply: { text: requestId } },
  });

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.db
      .insertInto('users')
      .values({ id: student, email: `${student}@test.dev`, name: 'Ada', role: 'student', password_hash: 'x' })
      .execute();
  });
  afterAll(() => platform?.dispose());

  it('replays the frames sent after the one a client saw last, oldest first, each once', async () => {
    const t0 = new Date('2026-12-01T10:00:00.000Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const seen = answer(at(0), 'seen');
    const later = answer(at(2), 'later');
    const notice = {
      id: frameId(at(1), randomUUID()),
      type: 'teacher.hint' as const,
      data: {
        alertId: randomUUID(),
        from: { id: randomUUID(), name: 'Ms. Own' },
        topic: null,
        message: 'try a loop',
      },
    };
    for (const frame of [later, seen, notice, later]) await recordFrame(platform, student, frame);
    const since = { at: at(0), id: 'seen' };
    expect(await missedFrames(platform, student, since)).toEqual([notice, later]);
    expect(await missedFrames(platform, randomUUID(), since)).toEqual([]);
  });

  it('forgets frames older than the replay window', async () => {
    const now = new Date('2026-12-20T00:00:00.000Z');
    const old = answer(new Date(now.getTime() - KEPT_FOR_MS - 1000), 'old');
    const recent = answer(new Date(now.getTime() - 1000), 'recent');
    await recordFrame(platform, student, old);
    await recordFrame(platform, student, recent);
    await forgetOldFrames(platform, now);
    const since = { at: new Date(0), id: 'none' };
    const ids = (await missedFrames(platform, student, since)).map((f) => f.id);
    expect(ids).toContain(recent.id);
    expect(ids).not.toContain(old.id);
  });
});
