import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error.ts';

const LOCK_FILE = 'learnflow.pid';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the data directory for this process: PGlite's files must be written by one process at a
 * time, and a second `learnflow up` on the same folder corrupts them. The claim is `learnflow.pid`
 * in the folder; one left by a process that is gone (killed, crashed) is taken over. Returns the
 * release, which removes it.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (holder === process.pid) break;
      if (Number.isInteger(holder) && alive(holder))
        throw new ConfigError([
          `LEARNFLOW_DATA_DIR: ${dir} is in use by process ${holder} (another LearnFlow): stop it first, or point this one at another folder`,
        ]);
      unlinkSync(file);
    }
  }
  return () => {
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
