import type { EventPayload } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { findLogicBugs, type LogicExplanation } from '@learnflow/tutor';
import type { FoundError } from './find-error.ts';

type Routed = EventPayload<'debug.requests'>;

/**
 * The logic mistakes in the student's code when its run gave no error to explain: it ran cleanly, hit the time
 * limit, or only stopped at an `input()` that had nothing to read. Best first; empty otherwise.
 */
export async function findLogic(
  deps: ServiceDeps,
  request: Routed,
  found: FoundError,
): Promise<LogicExplanation[]> {
  if (found.source !== 'run' || !found.run || !request.code || found.memoryExceeded) return [];
  if (found.error && !found.timedOut && found.error.type !== 'EOFError') return [];
  const sandbox = await deps.resources.get(sandboxResource);
  return findLogicBugs(sandbox, { code: request.code, message: request.message, tracedRun: found.run });
}
