import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeRun } from '../testing/code-run.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { applyRunResult, RUN_ERRORS_KEPT_MS, recentRunErrors } from './run-errors.ts';

describe.each(testDatabases())('a run-error read model on %s', (database) => {
  let platform: TestPlatform;
  const student = randomUUID();
  const run = (type: string | null) => codeRun(student, { raised: type });

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await platform.db
      .insertInto('users')
      .values({ id: student, email: `${student}@test.dev`, name: 'Ada', role: 'student', password_hash: 'x' })
      .execute();
  });
  afterAll(() => platform?.dispose());

  it('keeps the failed runs once each, newest first, and forgets those older than a day', async () => {
    const now = Date.now();
    const at = (msAgo: number) => new Date(now - msAgo);
    const twice = run('IndexError');
    await applyRunResult(platform.db, 'triage_run_errors', run('NameError'), at(RUN_ERRORS_KEPT_MS + 60_000));
    await applyRunResult(platform.db, 'triage_run_errors', run(null), at(3_000));
    await applyRunResult(platform.db, 'triage_run_errors', twice, at(2_000));
    await applyRunResult(platform.db, 'triage_run_errors', twice, at(2_000));
    await applyRunResult(platform.db, 'triage_run_errors', run('TypeError'), at(1_000));
    const recent = await recentRunErrors(platform.db, 'triage_run_errors', student, {
      withinMs: 2 * RUN_ERRORS_KEPT_MS,
      limit: 10,
    });
    expect(recent.map((e) => e.type)).toEqual(['TypeError', 'IndexError']);
    expect(
      await recentRunErrors(platform.db, 'triage_run_errors', student, { withinMs: 1_500, limit: 10 }),
    ).toHaveLength(1);
    // Each service's table is its own.
    expect(
      await recentRunErrors(platform.db, 'debug_run_errors', student, {
        withinMs: RUN_ERRORS_KEPT_MS,
        limit: 10,
      }),
    ).toEqual([]);
  });

  it('records nothing for a user deleted since the run (and does not fail the delivery)', async () => {
    const gone = { ...run('KeyError'), userId: randomUUID() };
    await applyRunResult(platform.db, 'debug_run_errors', gone, new Date());
    expect(
      await recentRunErrors(platform.db, 'debug_run_errors', gone.userId, { withinMs: 60_000, limit: 10 }),
    ).toEqual([]);
  });
});
