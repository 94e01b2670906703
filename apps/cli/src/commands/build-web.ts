import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));

export interface BuildWebOptions {
  /** Progress lines for the terminal. */
  print: (line: string) => void;
  /** Build even when `dist/` exists. */
  force?: boolean;
}

/**
 * Builds the web app (`apps/web/dist`) with Vite when it is missing, streaming Vite's progress.
 * Returns false (after saying why) when it cannot: the API then still starts without the app.
 */
export async function buildWeb(options: BuildWebOptions): Promise<boolean> {
  if (!options.force && existsSync(join(WEB_DIR, 'dist', 'index.html'))) return true;
  let viteBin: string;
  try {
    const require = createRequire(join(WEB_DIR, 'package.json'));
    const manifest = require.resolve('vite/package.json');
    const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin.vite;
    viteBin = join(dirname(manifest), bin ?? 'bin/vite.js');
  } catch {
    options.print('Web app: not built and Vite is not installed (npm install), so only the API will run.');
    return false;
  }
  options.print('Building the web app (first start only)…');
  const started = performance.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'info'], {
      cwd: WEB_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) options.print(`  web │ ${line.trimEnd()}`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', () => resolve(1));
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) {
    options.print(
      'Web app: the build failed (see above), so only the API will run. Retry: npm run build:web',
    );
    return false;
  }
  options.print(`Web app built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
