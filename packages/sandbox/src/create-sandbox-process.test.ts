import { afterAll, describe, expect, it } from 'vitest';
import { createSandboxProcess } from './create-sandbox-process.ts';
import { SandboxError } from './errors.ts';

describe('createSandboxProcess (the pool in a host process of its own)', () => {
  const sandbox = createSandboxProcess();
  afterAll(() => sandbox.close());

  it('runs code and reports like the in-process sandbox', async () => {
    const result = await sandbox.run({ code: 'print(input()[::-1])\n1/0', stdin: 'olleh\n' });
    expect(result.stdout).toBe('hello\n');
    expect(result.error).toMatchObject({ type: 'ZeroDivisionError', line: 2 });
    expect(sandbox.stats().completed).toBeGreaterThanOrEqual(1);
  });

  it('carries coded errors across the process boundary', async () => {
    const failure = await sandbox
      .run({ code: 'print(1)', files: { '../escape.py': 'x' }, entry: '../escape.py' })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(SandboxError);
    expect(failure.code).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.status).toBe(400);
  });

  it('refuses runs once closed', async () => {
    const other = createSandboxProcess();
    expect((await other.run({ code: 'print(2)' })).stdout).toBe('2\n');
    await other.close();
    await expect(other.run({ code: 'print(3)' })).rejects.toMatchObject({ code: 'SANDBOX_CLOSED' });
  });
});
