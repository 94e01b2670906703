import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import type { EventSubscription } from '../host/service-definition.ts';

/**
 * The tables that are a service's own read model of a student's recent run errors (`RunErrorRow`),
 * each fed by code-execution's `code.execution.results` (docs/architecture.md, "Who owns each
 * table"). Every function here takes the caller's own table.
 */
export const RUN_ERROR_TABLES = ['triage_run_errors', 'exercise_run_errors', 'debug_run_errors'] as const;
export type RunErrorTable = (typeof RUN_ERROR_TABLES)[number];

/** How long a run error is kept: the longest window a reader asks for. */
export const RUN_ERRORS_KEPT_MS = 24 * 60 * 60 * 1_000;

/**
 * Keeps a run that failed, and forgets the student's run errors
 * older than `RUN_ERRORS_KEPT_MS`. A run without an error leaves nothing to keep.
 */
export async function applyRunResult(
  db: Db,
  table: RunErrorTable,
  run: EventPayload<'code.execution.results'>,
  at: Date | string,
): Promise<void> {
  if (!run.error) return;
  const type = run.error.type;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({ user_id: run.userId, request_id: run.requestId, error_type: type, created_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'request_id']).doNothing())
      .execute(),
  );
  await db
    .deleteFrom(table)
    .where('user_id', '=', run.userId)
    .where('created_at', '<', new Date(new Date(at).getTime() - RUN_ERRORS_KEPT_MS))
    .execute();
}

/** The student's run errors of the last `withinMs`, newest first, at most `limit`. */
export async function recentRunErrors(
  db: Db,
  table: RunErrorTable,
  userId: string,
  { withinMs, limit }: { withinMs: number; limit: number },
): Promise<{ type: string; at: Date }[]> {
  const rows = await db
    .selectFrom(table)
    .select(['error_type', 'created_at'])
    .where('user_id', '=', userId)
    .where('created_at', '>=', new Date(Date.now() - withinMs))
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ type: r.error_type, at: new Date(r.created_at) }));
}

/**
 * The subscription that keeps a service's run-error read model: its own consumer group
 * (`<service>.run-errors`). The writes are idempotent (the run is kept once, by its request id;
 * old errors are forgotten by age), so a run needs no transaction of its own and no check before
 * it, and the event is marked handled after it. A run without an error writes nothing.
 */
export const runErrorSubscription = (table: RunErrorTable): EventSubscription<'code.execution.results'> => ({
  group: 'run-errors',
  topics: [TOPICS.codeExecutionResults.name],
  idempotent: true,
  handle: (deps, delivery) => applyRunResult(deps.db, table, delivery.event.data, delivery.event.time),
});
