import type { Db } from '@learnflow/platform';
import type { RunResult } from '@learnflow/sandbox';

/** Every run is kept (who, when, on which topic, outcome, duration) for progress and struggle detection. */
export async function recordRun(
  db: Db,
  run: { userId: string; topicId: number | null },
  requestId: string,
  result: RunResult,
): Promise<void> {
  await db
    .insertInto('code_runs')
    .values({
      user_id: run.userId,
      request_id: requestId,
      topic_id: run.topicId,
      exercise_id: null,
      exit_code: result.exitCode,
      timed_out: result.timedOut,
      memory_exceeded: result.memoryExceeded,
      error_type: result.error?.type ?? null,
      error_line: result.error?.line ?? null,
      duration_ms: Math.round(result.durationMs),
    })
    .execute();
}
