import { type EventPayload, TOPICS } from '@learnflow/contracts';
import { type Db, type EventSubscription, skipIfReferenceGone, UUID } from '@learnflow/platform';
import { sql } from 'kysely';

/**
 * Keeps an alert as the change has it. A resolved alert stays resolved: a raise that arrives after
 * its resolution changes nothing.
 */
export async function keepAlert(db: Db, change: EventPayload<'alert.changes'>): Promise<void> {
  if (!UUID.test(change.alertId) || !UUID.test(change.studentId)) return;
  const row = {
    topic: change.topic,
    trigger: change.trigger,
    status: change.status,
    details: JSON.stringify(change.details),
    evidence: JSON.stringify(change.evidence),
    created_at: change.createdAt,
    resolved_at: change.resolvedAt,
  };
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('classroom_alerts')
      .values({ id: change.alertId, student_id: change.studentId, ...row })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet(row).where(sql<boolean>`classroom_alerts.status = 'open'`),
      )
      .execute(),
  );
}

/** Classroom's read model of the alerts (`classroom_alerts`), in a consumer group of its own (`classroom.alerts`). */
export const alertSubscription: EventSubscription<'alert.changes'> = {
  background: true,
  group: 'alerts',
  topics: [TOPICS.alertChanges.name],
  idempotent: true,
  handle: (deps, delivery) => keepAlert(deps.db, delivery.event.data),
};
