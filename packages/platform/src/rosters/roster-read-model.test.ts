import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { READ_MODEL_LAG_MS } from './read-model-lag.ts';
import { applyRosterChange, requireStudentOfTeacher, studentsOf, teachersOf } from './roster-read-model.ts';

describe.each(testDatabases())('a roster read model on %s', (database) => {
  let platform: TestPlatform;
  const teacher = randomUUID();
  const other = randomUUID();
  const classId = randomUUID();
  const otherClass = randomUUID();

  const newStudent = async (name = 'Ada') => {
    const id = randomUUID();
    await platform.db
      .insertInto('users')
      .values({ id, email: `${id}@test.dev`, name, role: 'student', password_hash: 'x' })
      .execute();
    return id;
  };
  const change = (studentId: string, enrolled: boolean, klass = classId, teacherId = teacher) => ({
    classId: klass,
    teacherId,
    studentId,
    enrolled,
  });
  const rows = (studentId: string) =>
    platform.db
      .selectFrom('progress_rosters')
      .select(['class_id', 'teacher_id'])
      .where('student_id', '=', studentId)
      .orderBy('class_id')
      .execute();
  const tables = { rosters: 'progress_rosters', accounts: 'users' } as const;
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: AppError) => ({ code: error.code, status: error.status, message: error.message }),
    );

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.db
      .insertInto('users')
      .values([
        { id: teacher, email: `${teacher}@test.dev`, name: 'Ms. Own', role: 'teacher', password_hash: 'x' },
        { id: other, email: `${other}@test.dev`, name: 'Mr. Other', role: 'teacher', password_hash: 'x' },
      ])
      .execute();
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('adds a joined student once, removes one who left only from that class, and names the teachers', async () => {
    const student = await newStudent();
    await applyRosterChange(platform.db, 'progress_rosters', change(student, true));
    await applyRosterChange(platform.db, 'progress_rosters', change(student, true));
    await applyRosterChange(platform.db, 'progress_rosters', change(student, true, otherClass, other));
    expect(await rows(student)).toHaveLength(2);
    expect((await teachersOf(platform.db, 'progress_rosters', student)).sort()).toEqual(
      [teacher, other].sort(),
    );
    expect(await studentsOf(platform.db, 'progress_rosters', teacher).execute()).toContainEqual({
      student_id: student,
    });

    await applyRosterChange(platform.db, 'progress_rosters', change(student, false));
    expect(await rows(student)).toEqual([{ class_id: otherClass, teacher_id: other }]);
    expect(await teachersOf(platform.db, 'progress_rosters', student)).toEqual([other]);
    // Each service's table is its own: the gateway's roster heard nothing of this.
    expect(
      await platform.db
        .selectFrom('gateway_rosters')
        .select('student_id')
        .where('student_id', '=', student)
        .execute(),
    ).toEqual([]);
  });

  it('records nothing for a user deleted since the event, inside a transaction too, and loses the rows of one deleted later', async () => {
    const gone = randomUUID();
    const kept = await newStudent();
    await applyRosterChange(platform.db, 'progress_rosters', change(gone, true));
    await platform.db.transaction().execute(async (trx) => {
      await applyRosterChange(trx, 'progress_rosters', change(gone, true));
      // The transaction is still usable after the skipped write.
      await applyRosterChange(trx, 'progress_rosters', change(kept, true));
    });
    expect(await rows(gone)).toEqual([]);
    expect(await rows(kept)).toEqual([{ class_id: classId, teacher_id: teacher }]);

    const leaving = await newStudent();
    await applyRosterChange(platform.db, 'progress_rosters', change(leaving, true));
    await platform.db.deleteFrom('users').where('id', '=', leaving).execute();
    expect(await rows(leaving)).toEqual([]);
  });

  it('answers 404 for no such student and, after waiting out the lag, 403 for someone else’s', async () => {
    expect(await refusal(requireStudentOfTeacher(platform.db, tables, teacher, randomUUID()))).toEqual({
      code: 'NOT_FOUND',
      status: 404,
      message: expect.stringContaining('GET /api/teacher/students lists yours'),
    });
    // A teacher is no student either.
    expect((await refusal(requireStudentOfTeacher(platform.db, tables, teacher, other)))?.status).toBe(404);

    const theirs = await newStudent('Bo');
    await applyRosterChange(platform.db, 'progress_rosters', change(theirs, true, otherClass, other));
    const started = Date.now();
    expect(await refusal(requireStudentOfTeacher(platform.db, tables, teacher, theirs))).toEqual({
      code: 'FORBIDDEN',
      status: 403,
      message: 'Bo is not in any of your classes: you can only see your own students.',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(READ_MODEL_LAG_MS - 50);
  });

  it('finds a student whose enrollment reaches the read model while it waits', async () => {
    const student = await newStudent('Cy');
    const lookup = requireStudentOfTeacher(platform.db, tables, teacher, student);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await applyRosterChange(platform.db, 'progress_rosters', change(student, true));
    expect(await lookup).toEqual({ id: student, name: 'Cy', email: `${student}@test.dev` });
  });
});
