import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { codeRun, createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRun } from './run-read-model.ts';

describe.each(testDatabases())("notification's run read model on %s", (database) => {
  let platform: TestPlatform;
  let student: string;
  const slug = `loops-${randomUUID()}`;

  const run = (overrides: Partial<EventPayload<'code.execution.results'>>) => codeRun(student, overrides);
  const error = { type: 'NameError', message: "name 'x' is not defined", line: 2, traceback: '' };
  const kept = () =>
    platform.db
      .selectFrom('notification_runs')
      .select(['error_type', 'topic_id'])
      .where('user_id', '=', student)
      .orderBy('error_type')
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

  it('keeps the runs on a topic once each, clean or failed, and none without a topic', async () => {
    const failedOnTopic = run({ error, exitCode: 1, topic: slug });
    for (const each of [run({ error, exitCode: 1 }), failedOnTopic, failedOnTopic, run({ topic: slug })])
      await keepRun(platform.db, each, new Date());
    expect(await kept()).toEqual([
      { error_type: 'NameError', topic_id: expect.any(Number) },
      { error_type: null, topic_id: expect.any(Number) },
    ]);
  });
});
