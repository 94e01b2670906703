import type { Db } from '@learnflow/platform';
import type { RunResult } from '@learnflow/sandbox';

/** Every run is kept (who, when, outcome, duration) for progress and struggle detection. */
export async function recordRun(
  db: Db,
  request: { userId: string; topic?: string | undefined },
  requestId: string,
  result: RunResult,
): Promise<void> {
  const topic = request.topic
    ? await db.selectFrom('topics').select('id').where('slug', '=', request.topic).executeTakeFirst()
    : undefined;
  await db
    .insertInto('code_runs')
    .values({
      user_id: request.userId,
      request_id: requestId,
      topic_id: topic?.id ?? null,
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
