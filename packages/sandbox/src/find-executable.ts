import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The real path of `command` (an absolute path, or a name looked up on `searchPath`), or null. */
export function findExecutable(command: string, searchPath = process.env.PATH ?? ''): string | null {
  const candidates = isAbsolute(command)
    ? [command]
    : searchPath
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, command));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {}
  }
  return null;
}
