import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { keepRun } from './runs.ts';

describe.each(testDatabases())('a run read model on %s', (database) => {
  let platform: TestPlatform;
  let student: string;
  const slug = `loops-${randomUUID()}`;

  const run = (overrides: Partial<EventPayload<'code.execution.results'>>) => ({
    requestId: randomUUID(),
    userId: student,
    topic: null,
    code: 'print(1)',
    stdout: '1\n',
    stderr: '',
    exitCode: 0,
    timedOut: false,
    memoryExceeded: false,
    durationMs: 3,
    error: null,
    ...overrides,
  });
  const error = { type: 'NameError', message: "name 'x' is not defined", line: 2, traceback: '' };
  const kept = (table: 'classroom_runs' | 'notification_runs') =>
    platform.db
      .selectFrom(table)
      .select(['error_type', 'error_line', 'topic_id'])
      .where('user_id', '=', student)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    student = randomUUID();
    await platform.db
      .insertInto('users')
      .values({ id: student, email: `${student}@test.dev`, name: 'Ada', role: 'student', password_hash: 'x' })
      .execute();
    const module = await platform.db
      .insertInto('modules')
      .values({ slug: `m-${randomUUID()}`, title: 'Basics', position: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await platform.db
      .insertInto('topics')
      .values({ module_id: module.id, slug, title: 'Loops', position: 1 })
      .execute();
  });
  afterAll(() => platform?.dispose());

  it('keeps in each table the runs it shows, once each: errors for classroom, runs on a topic for notification', async () => {
    const failed = run({ error, exitCode: 1 });
    const onTopic = run({ topic: slug });
    for (const table of ['classroom_runs', 'notification_runs'] as const)
      for (const each of [failed, failed, onTopic]) await keepRun(platform.db, table, each, new Date());
    expect(await kept('classroom_runs')).toEqual([
      { error_type: 'NameError', error_line: 2, topic_id: null },
    ]);
    expect(await kept('notification_runs')).toEqual([
      { error_type: null, error_line: null, topic_id: expect.any(Number) },
    ]);
  });
});
