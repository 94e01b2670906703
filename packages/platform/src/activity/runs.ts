import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import { topicBySlug } from '../db/topic-by-slug.ts';
import type { EventSubscription } from '../host/service-definition.ts';
import { UUID } from '../uuid.ts';

type Run = EventPayload<'code.execution.results'>;

/**
 * The tables that are a service's own read model of code-execution's runs (`RunEntryRow`: who, the topic,
 * how it ended, when), each fed by `code.execution.results` (docs/architecture.md, "Who owns each
 * table"), and the runs each keeps: classroom shows a student's recent errors, notification an alert's
 * runs on its topic.
 */
export const RUN_TABLES = {
  classroom_runs: (run: Run) => run.error !== null,
  notification_runs: (run: Run) => run.topic !== null,
} as const;
export type RunTable = keyof typeof RUN_TABLES;

/** Keeps a run once, by its request id, if it is one the table keeps. */
export async function keepRun(db: Db, table: RunTable, run: Run, at: Date | string): Promise<void> {
  if (!RUN_TABLES[table](run) || !UUID.test(run.userId)) return;
  const topic = run.topic ? await topicBySlug(db, run.topic) : null;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({
        request_id: run.requestId,
        user_id: run.userId,
        topic_id: topic?.id ?? null,
        exit_code: run.exitCode,
        timed_out: run.timedOut,
        memory_exceeded: run.memoryExceeded,
        error_type: run.error?.type ?? null,
        error_line: run.error?.line ?? null,
        created_at: at,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute(),
  );
}

/**
 * The subscription that keeps a service's run read model: its own consumer group (`<service>.runs`).
 * A run is kept once by its request id, so it needs no transaction of its own and no check before it
 * (`idempotent`).
 */
export const runSubscription = (table: RunTable): EventSubscription<'code.execution.results'> => ({
  group: 'runs',
  topics: [TOPICS.codeExecutionResults.name],
  idempotent: true,
  handle: (deps, delivery) => keepRun(deps.db, table, delivery.event.data, delivery.event.time),
});
