import type { Envelope, EventPayload } from '@learnflow/contracts';
import {
  type Db,
  type Events,
  type EventsTransaction,
  teachersOf,
  topicBySlug,
  UUID,
  untilFound,
} from '@learnflow/platform';
import { publishNotices, type StoredNotice, storeNotices } from './notices.ts';
import { publishAlert } from './publish-alert.ts';

/**
 * A struggle episode becomes one alert (unique per student and episode key) and one
 * notice per teacher of the student, stored with the alert's created_at and sent live
 * through the outbox, in one transaction (the delivery's). A duplicate episode event adds nothing. `db` is the
 * service's own handle, for the topic (reference data). The student is read from the service's account read
 * model before the transaction, waiting out its lag: an account deleted since leaves nothing to alert about.
 */
export async function raiseAlert(
  db: Db,
  event: Envelope<EventPayload<'struggle.detected'>>,
  transaction: Events['transaction'],
): Promise<void> {
  const struggle = event.data;
  if (!UUID.test(struggle.userId)) return;
  const student = await untilFound(() =>
    db
      .selectFrom('notification_accounts')
      .select(['id', 'name'])
      .where('id', '=', struggle.userId)
      .executeTakeFirst(),
  );
  if (!student) return;
  const at = new Date();
  await transaction(async (tx) => {
    const notices = await storeAlert(tx, student);
    await publishNotices(tx, notices, event.correlationid);
  });

  async function storeAlert(
    tx: EventsTransaction,
    student: { id: string; name: string },
  ): Promise<StoredNotice[]> {
    const trx = tx.db;
    const topic = struggle.topic ? await topicBySlug(db, struggle.topic, trx) : null;
    const alert = await trx
      .insertInto('alerts')
      .values({
        student_id: student.id,
        topic_id: topic?.id ?? null,
        trigger: struggle.trigger,
        episode_key: struggle.episodeKey,
        details: JSON.stringify(struggle.detail),
        evidence: JSON.stringify(struggle.evidence),
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['student_id', 'episode_key']).doNothing())
      .returning(['id'])
      .executeTakeFirst();
    // Stored before: its notices went out with it (the outbox).
    if (!alert) return [];
    await publishAlert(
      tx,
      {
        alertId: alert.id,
        studentId: student.id,
        topic: topic?.slug ?? null,
        trigger: struggle.trigger,
        status: 'open',
        details: struggle.detail,
        evidence: struggle.evidence,
        createdAt: at.toISOString(),
        resolvedAt: null,
      },
      event.correlationid,
    );
    const payload = {
      alertId: alert.id,
      student: { id: student.id, name: student.name },
      topic: struggle.topic,
      trigger: struggle.trigger,
      details: struggle.detail,
      evidence: struggle.evidence,
      createdAt: at.toISOString(),
    };
    const teachers = await teachersOf(trx, 'notification_rosters', student.id);
    return storeNotices(
      trx,
      teachers.map((teacherId) => ({
        userId: teacherId,
        type: 'alert.created' as const,
        dedupKey: `alert:${alert.id}`,
        payload,
      })),
      at,
    );
  }
}
