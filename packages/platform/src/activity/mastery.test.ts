import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { applyMasteryUpdate, masteryByTopic } from './mastery.ts';

describe.each(testDatabases())('a mastery read model on %s', (database) => {
  let platform: TestPlatform;
  const student = randomUUID();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.db
      .insertInto('users')
      .values({ id: student, email: `${student}@test.dev`, name: 'Ada', role: 'student', password_hash: 'x' })
      .execute();
  });
  afterAll(() => platform?.dispose());

  it("keeps each topic's latest mastery, the most recently changed topic first", async () => {
    const update = (topic: string, mastery: number, level: 'Beginner' | 'Learning' | 'Proficient') => ({
      userId: student,
      topic,
      mastery,
      level,
      streak: 1,
    });
    await applyMasteryUpdate(
      platform.db,
      'triage_mastery',
      update('lists', 20, 'Beginner'),
      '2026-12-01T10:00:00Z',
    );
    await applyMasteryUpdate(
      platform.db,
      'triage_mastery',
      update('variables', 55.5, 'Learning'),
      '2026-12-01T11:00:00Z',
    );
    await applyMasteryUpdate(
      platform.db,
      'triage_mastery',
      update('lists', 72, 'Proficient'),
      '2026-12-01T12:00:00Z',
    );
    expect(await masteryByTopic(platform.db, 'triage_mastery', student)).toEqual([
      { topic: 'lists', mastery: 72, level: 'Proficient' },
      { topic: 'variables', mastery: 55.5, level: 'Learning' },
    ]);
    expect(await masteryByTopic(platform.db, 'exercise_mastery', student)).toEqual([]);
  });

  it('keeps the newer mastery when an older update arrives late, or one arrives twice', async () => {
    const update = (mastery: number) => ({
      userId: student,
      topic: 'loops',
      mastery,
      level: 'Learning' as const,
      streak: 1,
    });
    await applyMasteryUpdate(platform.db, 'exercise_mastery', update(60), '2026-12-02T12:00:00Z');
    await applyMasteryUpdate(platform.db, 'exercise_mastery', update(40), '2026-12-02T11:00:00Z');
    await applyMasteryUpdate(platform.db, 'exercise_mastery', update(60), '2026-12-02T12:00:00Z');
    expect(await masteryByTopic(platform.db, 'exercise_mastery', student)).toEqual([
      { topic: 'loops', mastery: 60, level: 'Learning' },
    ]);
  });

  it('records nothing for a user deleted since the update', async () => {
    const gone = randomUUID();
    const update = { userId: gone, topic: 'lists', mastery: 10, level: 'Beginner' as const, streak: 0 };
    await applyMasteryUpdate(platform.db, 'exercise_mastery', update, new Date());
    expect(await masteryByTopic(platform.db, 'exercise_mastery', gone)).toEqual([]);
  });
});
