import { createSandbox, type Sandbox } from '@learnflow/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainError } from '../explain-error.ts';
import { formatExplanation } from '../format-explanation.ts';
import type { ErrorExplanation } from '../types.ts';

/** One buggy program, the error it raises in the sandbox, and what its explanation must say. */
export interface SandboxCase {
  /** The error type of the run (`TimeoutError` / `MemoryError` for the sandbox's limits). */
  type: string;
  cause: string;
  code: string;
  stdin?: string;
  /** The line the explanation points at, and a piece of it that must be quoted. */
  line: number;
  quote: string;
  /** What the explanation must name. */
  says: string[];
}

type Limits = { wallTimeMs: number; cpuTimeMs: number };

export const sandboxCase = (
  type: string,
  cause: string,
  code: string,
  line: number,
  quote: string,
  says: string[],
  stdin?: string,
): SandboxCase =>
  stdin === undefined
    ? { type, cause, code, line, quote, says }
    : { type, cause, code, line, quote, says, stdin };

/** A sandbox for the calling test file, started before its tests and closed after them. */
export function useSandbox(): () => Sandbox {
  let sandbox: Sandbox | null = null;
  beforeAll(async () => {
    sandbox = await createSandbox({ concurrency: 2 });
  });
  afterAll(() => sandbox?.close());
  return () => {
    if (!sandbox) throw new Error('the sandbox is not started');
    return sandbox;
  };
}

/** Runs the case's program in the sandbox and explains the error it raised. */
export async function explainRun(
  sandbox: Sandbox,
  test: SandboxCase,
  limits?: Limits,
): Promise<ErrorExplanation> {
  const run = await sandbox.run({ code: test.code, stdin: test.stdin ?? '', ...(limits ? { limits } : {}) });
  expect(run.error ?? { type: 'none' }).toMatchObject({ type: test.type });
  return explainError({
    error: run.error ?? { type: 'none', message: '', line: null },
    code: test.code,
    timedOut: run.timedOut,
    memoryExceeded: run.memoryExceeded,
  });
}

/** The explanation names the cause, quotes the line, says what the case expects and never hands over the program. */
export function checkExplanation(test: SandboxCase, explanation: ErrorExplanation): void {
  expect(explanation).toMatchObject({ type: test.type, cause: test.cause, line: test.line });
  expect(explanation.quotedLine).toContain(test.quote);
  const text = [explanation.title, explanation.what, explanation.why, ...explanation.hints].join('\n');
  for (const piece of test.says) expect(text).toContain(piece);
  const lines = test.code.split('\n').filter((line) => line.trim() !== '');
  if (lines.length >= 3) {
    for (const hint of explanation.hints)
      expect(lines.every((line) => hint.includes(line.trim()))).toBe(false);
  }
  const markdown = formatExplanation(explanation, 3);
  expect(markdown).toContain(`\`\`\`python\n${explanation.quotedLine}\n\`\`\``);
  for (const hint of explanation.hints) expect(markdown).toContain(hint);
}

/** One test per case: run it in a real sandbox, explain the error, check the explanation. */
export function describeSandboxCases(
  title: string,
  cases: Record<string, SandboxCase>,
  limits?: Limits,
): void {
  describe(title, () => {
    const sandbox = useSandbox();
    it.each(Object.entries(cases))('%s', async (_name, test) => {
      checkExplanation(test, await explainRun(sandbox(), test, limits));
    });
  });
}
