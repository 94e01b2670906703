import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const READY = /LearnFlow is ready at (http:\/\/\S+)/;

export interface RunningPlatform {
  url: string;
  /** Everything the platform printed, for a failure report. */
  output(): string;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts LearnFlow as `npm start` does (`learnflow up`: every service, PGlite, the in-process bus)
 * in a child process, on a free port with a fresh data directory.
 */
export async function startPlatform(timeoutMs = 180_000): Promise<RunningPlatform> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'learnflow-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [join(REPO, 'apps/cli/bin/learnflow.js'), 'up'], {
    cwd: REPO,
    env: {
      ...process.env,
      LEARNFLOW_DATA_DIR: dataDir,
      LEARNFLOW_GATEWAY_PORT: String(port),
      LEARNFLOW_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`LearnFlow did not start in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const check = () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`LearnFlow exited with code ${code} before it was ready:\n${output.slice(-4000)}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, output: () => output, stop };
}
