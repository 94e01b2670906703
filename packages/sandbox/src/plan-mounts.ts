import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PythonInstall } from './inspect-python.ts';

/** Host paths that help the interpreter and hold no secrets: the loader cache (libraries outside the default dirs) and time zones. */
const optionalPaths = ['/etc/ld.so.cache', '/usr/share/zoneinfo'];

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);

/**
 * The bubblewrap arguments that show the sandbox a read-only Python installation and nothing else of the host:
 * the interpreter binary, its standard library, the directories of the shared libraries it loads (with the
 * symlinks, like /lib -> usr/lib, the loader expects), and empty read-only dirs over site-packages.
 */
export function planMounts(install: PythonInstall): string[] {
  const symlinks = new Map<string, string>();
  const binds = new Set<string>([install.executable, ...install.stdlib]);

  const replicate = (path: string, depth = 0) => {
    let current = '';
    for (const part of path.split('/').filter(Boolean)) {
      const next = `${current}/${part}`;
      let link: boolean;
      try {
        link = lstatSync(next).isSymbolicLink();
      } catch {
        return;
      }
      if (!link) {
        current = next;
        continue;
      }
      const target = readlinkSync(next);
      symlinks.set(next, target);
      if (depth < 8) replicate(resolve(dirname(next), target), depth + 1);
      current = realpathSync(next);
    }
  };

  for (const path of [...install.libraries, ...optionalPaths.filter((p) => existsSync(p))]) {
    if (!existsSync(path)) continue;
    replicate(path);
    const real = realpathSync(path);
    if (statSync(real).isDirectory()) {
      binds.add(real);
    } else if (path.startsWith('/etc/')) {
      binds.add(real);
    } else {
      binds.add(realpathSync(dirname(path)));
      binds.add(dirname(real));
    }
  }

  const sorted = [...binds].sort();
  const roots = sorted.filter((path) => !sorted.some((other) => other !== path && inside(path, other)));
  const args: string[] = [];
  for (const [path, target] of [...symlinks].sort(([a], [b]) => a.localeCompare(b))) {
    if (!roots.some((root) => inside(path, root))) args.push('--symlink', target, path);
  }
  for (const root of roots) args.push('--ro-bind', root, root);
  for (const site of install.sitePackages) {
    if (roots.some((root) => inside(site, root))) args.push('--tmpfs', site, '--remount-ro', site);
  }
  return args;
}
