import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from './create-sandbox.ts';
import { findExecutable } from './find-executable.ts';

// bubblewrap "installed" while the sandbox runs: a path that appears later (a link to the real one).
describe('a sandbox that was unavailable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'learnflow-reprobe-'));
  const bwrap = join(dir, 'bwrap');
  const sandbox = createSandbox({
    bwrap,
    concurrency: 1,
    warmWorkers: 1,
    reprobe: { firstMs: 200, maxMs: 400 },
  });
  afterAll(async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says why, and runs code once bubblewrap is there, without a restart', async () => {
    await expect(sandbox.run({ code: 'print(1)' })).rejects.toMatchObject({
      code: 'SANDBOX_UNAVAILABLE',
      message: expect.stringContaining('no restart needed'),
    });
    expect((await sandbox.check()).problems.join()).toContain('bubblewrap is not installed');
    const real = findExecutable('bwrap');
    if (!real) throw new Error('bubblewrap is not installed here: apt-get install bubblewrap');
    symlinkSync(real, bwrap);
    let result = await sandbox.run({ code: 'print(1)' }).catch((error: Error) => error);
    for (let i = 0; i < 20 && result instanceof Error; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await sandbox.run({ code: 'print(1)' }).catch((error: Error) => error);
    }
    expect(result).toMatchObject({ stdout: '1\n', exitCode: 0 });
    expect((await sandbox.check()).ok).toBe(true);
  });
});
