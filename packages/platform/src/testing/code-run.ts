import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';

type CodeRun = EventPayload<'code.execution.results'>;

/**
 * A `code.execution.results` payload as code-execution publishes it: a clean run of `print(1)`, or, with
 * `raised`, a run whose code raised that error type (`<type>: boom` on line 1). `overrides` replace any field.
 */
export function codeRun(
  userId: string,
  overrides: Partial<CodeRun> & { raised?: string | null } = {},
): CodeRun {
  const { raised, ...fields } = overrides;
  return {
    requestId: randomUUID(),
    userId,
    topic: null,
    code: 'print(1)',
    stdout: raised ? '' : '1\n',
    stderr: raised ? `${raised}: boom` : '',
    exitCode: raised ? 1 : 0,
    timedOut: false,
    memoryExceeded: false,
    durationMs: 5,
    error: raised ? { type: raised, message: 'boom', line: 1, traceback: `${raised}: boom` } : null,
    ...fields,
  };
}
