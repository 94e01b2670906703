import { spawn } from 'node:child_process';

export interface ExecOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a trusted host tool (never student code) and collects its output; a missing tool gives code null. */
export function execFile(command: string, args: string[], timeoutMs = 10_000): Promise<ExecOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ code: null, stdout, stderr: stderr || error.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
