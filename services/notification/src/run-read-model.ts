import { type EventPayload, TOPICS } from '@learnflow/contracts';
import { type Db, type EventSubscription, skipIfReferenceGone, topicBySlug, UUID } from '@learnflow/platform';

/** Keeps a run on a topic once, by its request id, for the history of an alert on that topic. */
export async function keepRun(
  db: Db,
  run: EventPayload<'code.execution.results'>,
  at: Date | string,
): Promise<void> {
  if (!run.topic || !UUID.test(run.userId)) return;
  const topic = await topicBySlug(db, run.topic);
  if (!topic) return;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('notification_runs')
      .values({
        request_id: run.requestId,
        user_id: run.userId,
        topic_id: topic.id,
        exit_code: run.exitCode,
        timed_out: run.timedOut,
        memory_exceeded: run.memoryExceeded,
        error_type: run.error?.type ?? null,
        created_at: at,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute(),
  );
}

/**
 * Notification's runs (`notification_runs`), in a consumer group of its own (`notification.runs`): kept
 * once by request id, so no transaction of their own and no check before them (`idempotent`).
 */
export const runSubscription: EventSubscription<'code.execution.results'> = {
  background: true,
  group: 'runs',
  topics: [TOPICS.codeExecutionResults.name],
  idempotent: true,
  handle: (deps, delivery) => keepRun(deps.db, delivery.event.data, delivery.event.time),
};
