import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { applyGrade } from './submissions.ts';

describe.each(testDatabases())('a submission read model on %s', (database) => {
  let platform: TestPlatform;

  const newStudent = async () => {
    const id = randomUUID();
    await platform.db
      .insertInto('users')
      .values({ id, email: `${id}@test.dev`, name: 'Ada', role: 'student', password_hash: 'x' })
      .execute();
    return id;
  };
  const graded = (userId: string, code?: string) => ({
    submissionId: randomUUID(),
    exerciseId: randomUUID(),
    userId,
    topic: 'lists',
    passed: true,
    score: 100,
    qualityScore: null,
    ...(code === undefined ? {} : { code }),
  });
  const kept = (userId: string) =>
    platform.db
      .selectFrom('classroom_submissions')
      .select(['passed', 'score', 'code'])
      .where('user_id', '=', userId)
      .execute();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
  });
  afterAll(() => platform?.dispose());

  it('keeps a graded submission once, however often its event comes', async () => {
    const student = await newStudent();
    const submission = graded(student, 'print(1)');
    await applyGrade(platform.db, 'classroom_submissions', submission, '2026-12-01T10:00:00Z');
    await applyGrade(platform.db, 'classroom_submissions', submission, '2026-12-01T10:00:05Z');
    expect(await kept(student)).toEqual([{ passed: true, score: 100, code: 'print(1)' }]);
  });

  it('keeps an event of before the code was carried with no code, and nothing of a deleted student', async () => {
    const student = await newStudent();
    await applyGrade(platform.db, 'classroom_submissions', graded(student), new Date());
    expect(await kept(student)).toEqual([{ passed: true, score: 100, code: '' }]);
    const gone = await newStudent();
    await platform.db.deleteFrom('users').where('id', '=', gone).execute();
    await applyGrade(platform.db, 'classroom_submissions', graded(gone, 'x = 1'), new Date());
    expect(await kept(gone)).toEqual([]);
  });
});
