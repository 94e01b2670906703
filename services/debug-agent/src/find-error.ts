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
}

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
    };
  if (!request.code?.trim())
    return { error: null, timedOut: false, memoryExceeded: false, stdout: null, source: 'none', run: null };
  const sandbox = await deps.resources.get(sandboxResource);
  const run = await sandbox.run({ code: request.code, stdin: '', trace: true });
  return {
    error: run.error,
    timedOut: run.timedOut,
    memoryExceeded: run.memoryExceeded,
    stdout: run.stdout,
    source: 'run',
    run,
  };
}
