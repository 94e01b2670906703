import { execFileSync } from 'node:child_process';
import { ROOT } from './deployment.ts';

/** The commit measured, and how many files differ from it (others edit the same tree). */
export function sourceState(): { commit: string; uncommitted: number } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const status = git('status', '--porcelain');
    return { commit: git('rev-parse', 'HEAD'), uncommitted: status ? status.split('\n').length : 0 };
  } catch {
    return { commit: 'unknown', uncommitted: 0 };
  }
}
