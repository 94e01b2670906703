import type { EventPayload } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { parseTraceback, type RunResult, sandboxResource } from '@learnflow/sandbox';

type Routed = EventPayload<'debug.requests'>;

export interface FoundError {
  error: { type: string; message: string; line: number | null; traceback?: string } | null;
  timedOut: boolean;
  memoryExceeded: boolean;
  /** What the program printed when we ran it, to talk about unexpected output. */
  stdout: string | null;
  source: 'traceback' | 'run' | 'none';
  /** The traced run of the student's code, when it was run here (the logic-bug finder reads its trace). */
  run: RunResult | null;
  /** What that run typed at each `input()`: chat has no input box, so a program that asks is given one answer. */
  typed: string | null;
}

// A number reads as a number or as text, so `int(input())` and `input()` both get past the prompt with it.
export const TYPED_ANSWER = '5';
const TYPED_LINES = 20;

/** The error to explain: a traceback pasted in the message or the code, else the one a traced run of the code gives. */
export async function findError(deps: ServiceDeps, request: Routed): Promise<FoundError> {
  const pasted = parseTraceback(request.message) ?? (request.code ? parseTraceback(request.code) : null);
  if (pasted)
    return {
      error: pasted,
      timedOut: false,
      memoryExceeded: false,
      stdout: null,
      source: 'traceback',
      run: null,
      typed: null,
    };
  if (!request.code?.trim())
    return {
      error: null,
      timedOut: false,
      memoryExceeded: false,
      stdout: null,
      source: 'none',
      run: null,
      typed: null,
    };
  const sandbox = await deps.resources.get(sandboxResource);
  const code = request.code;
  const first = await sandbox.run({ code, stdin: '', trace: true });
  // Stopped at an input() with nothing to read: run it again with an answer typed at each one, to reach the
  // error the student sees when they type something (unless it keeps asking past all of them).
  const retried =
    first.error?.type === 'EOFError' && /\binput\s*\(/.test(code)
      ? await sandbox.run({ code, stdin: `${TYPED_ANSWER}\n`.repeat(TYPED_LINES), trace: true })
      : null;
  const typed = retried && retried.error?.type !== 'EOFError' ? TYPED_ANSWER : null;
  const run = typed && retried ? retried : first;
  return {
    error: run.error,
    timedOut: run.timedOut,
    memoryExceeded: run.memoryExceeded,
    stdout: run.stdout,
    source: 'run',
    run,
    typed,
  };
}
