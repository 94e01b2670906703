import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireStudentOfTeacher } from '../rosters/roster-read-model.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { applyAccountChange } from './account-read-model.ts';

describe.each(testDatabases())('an account read model on %s', (database) => {
  let platform: TestPlatform;

  const newUser = async (name: string, role: 'student' | 'teacher' = 'student') => {
    const id = randomUUID();
    await platform.db
      .insertInto('users')
      .values({ id, email: `${id}@test.dev`, name, role, password_hash: 'x' })
      .execute();
    return id;
  };
  const change = (userId: string, role: 'student' | 'teacher', deleted = false) => ({
    userId,
    name: 'Ada',
    email: 'ada@test.dev',
    role,
    timezone: 'Europe/Paris',
    deleted,
  });
  const kept = (id: string) =>
    platform.db
      .selectFrom('classroom_accounts')
      .select(['name', 'email', 'role', 'timezone'])
      .where('id', '=', id)
      .executeTakeFirst();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
  });
  afterAll(() => platform?.dispose());

  it('keeps the newest change of an account, whatever order the changes arrive in, and forgets a deleted one', async () => {
    const id = await newUser('Ada');
    await applyAccountChange(
      platform.db,
      'classroom_accounts',
      change(id, 'teacher'),
      '2026-12-01T12:00:00Z',
    );
    await applyAccountChange(
      platform.db,
      'classroom_accounts',
      change(id, 'student'),
      '2026-12-01T10:00:00Z',
    );
    expect(await kept(id)).toEqual({
      name: 'Ada',
      email: 'ada@test.dev',
      role: 'teacher',
      timezone: 'Europe/Paris',
    });
    expect(
      await platform.db.selectFrom('progress_accounts').select('id').where('id', '=', id).execute(),
    ).toEqual([]);
    await applyAccountChange(platform.db, 'classroom_accounts', change(id, 'teacher', true), new Date());
    expect(await kept(id)).toBeUndefined();
  });

  it('records nothing for an account deleted before its change arrived', async () => {
    const id = await newUser('Gone');
    await platform.db.deleteFrom('users').where('id', '=', id).execute();
    await applyAccountChange(platform.db, 'classroom_accounts', change(id, 'student'), new Date());
    expect(await kept(id)).toBeUndefined();
  });

  it('finds a student for a teacher route once their account reaches the read model, within the lag', async () => {
    const teacher = await newUser('Ms. Own', 'teacher');
    const student = await newUser('Cy');
    await platform.db
      .insertInto('progress_rosters')
      .values({ class_id: randomUUID(), teacher_id: teacher, student_id: student })
      .execute();
    const lookup = requireStudentOfTeacher(
      platform.db,
      { rosters: 'progress_rosters', accounts: 'progress_accounts' },
      teacher,
      student,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await applyAccountChange(
      platform.db,
      'progress_accounts',
      { ...change(student, 'student'), name: 'Cy', email: 'cy@test.dev' },
      new Date(),
    );
    expect(await lookup).toEqual({ id: student, name: 'Cy', email: 'cy@test.dev' });
  });
});
