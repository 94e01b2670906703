import { randomUUID } from 'node:crypto';
import { type ExecuteBody, type ExecuteResult, TOPICS } from '@learnflow/contracts';
import { type ServiceDeps, topicBySlug } from '@learnflow/platform';
import { type RunResult, sandboxResource } from '@learnflow/sandbox';
import { explainError, formatExplanation } from '@learnflow/tutor';
import { recordRun } from './record-run.ts';

export interface ExecuteRequest extends ExecuteBody {
  userId: string;
  requestId?: string;
}

/**
 * Runs the student's code in the sandbox (never in this process), records the run, tells
 * progress and the debug agent, and returns the outcome with a beginner's explanation of
 * any error.
 */
export async function execute(
  deps: ServiceDeps,
  request: ExecuteRequest,
  correlationId: string,
): Promise<ExecuteResult> {
  const sandbox = await deps.resources.get(sandboxResource);
  const requestId = request.requestId ?? randomUUID();
  const result = await sandbox.run({
    code: request.code,
    stdin: request.stdin ?? '',
    trace: request.trace ?? false,
    // The student is waiting: ahead of grading and the tutor's runs; a newer Run replaces one still waiting.
    priority: 'interactive',
    coalesceKey: `run:${request.userId}`,
  });
  const topic = request.topic ? await topicBySlug(deps.db, request.topic) : null;
  await deps.events.transaction(async (tx) => {
    await recordRun(tx.db, { userId: request.userId, topicId: topic?.id ?? null }, requestId, result);
    await tx.publish(
      TOPICS.codeExecutionResults.name,
      'learnflow.code.executed',
      {
        requestId,
        userId: request.userId,
        topic: request.topic ?? null,
        code: request.code,
        stdout: result.stdout.slice(0, 4_096),
        stderr: result.stderr.slice(0, 4_096),
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        memoryExceeded: result.memoryExceeded,
        durationMs: result.durationMs,
        error: result.error,
      },
      { userId: request.userId, correlationId },
    );
  });
  return toResponse(requestId, request.code, result);
}

function toResponse(requestId: string, code: string, result: RunResult): ExecuteResult {
  const explanation = result.error
    ? formatExplanation(
        explainError({
          error: result.error,
          code,
          timedOut: result.timedOut,
          memoryExceeded: result.memoryExceeded,
        }),
        1,
      )
    : null;
  return {
    requestId,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    memoryExceeded: result.memoryExceeded,
    outputTruncated: result.outputTruncated,
    durationMs: result.durationMs,
    queuedMs: result.queuedMs,
    error:
      result.error && explanation !== null
        ? { type: result.error.type, message: result.error.message, line: result.error.line, explanation }
        : null,
    ...(result.trace ? { trace: result.trace } : {}),
  };
}
