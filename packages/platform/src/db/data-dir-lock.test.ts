import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'learnflow-lock-'));

describe('lockDataDir', () => {
  it('refuses a folder another live process holds, naming the folder, the process and what to do', async () => {
    const dir = folder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'learnflow.pid'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(
        `LEARNFLOW_DATA_DIR: ${dir} is in use by process ${other.pid} (another LearnFlow): stop it first, or point this one at another folder`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over the claim of a process that is gone, and releases it', () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
    writeFileSync(join(dir, 'learnflow.pid'), gone);
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'learnflow.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'learnflow.pid'))).toBe(false);
    lockDataDir(dir)();
  });
});
