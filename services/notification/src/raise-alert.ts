import { type Envelope, StruggleDetectedSchema } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { publishNotices, type StoredNotice, storeNotices } from './notices.ts';
import { teachersOf, UUID } from './teacher-access.ts';

/**
 * A struggle episode becomes one alert (unique per student and episode key) and one
 * notice per teacher of the student, stored with the alert's created_at and sent live.
 * A duplicate episode event adds nothing; a retry re-sends the stored notices.
 */
export async function raiseAlert(
  deps: ServiceDeps,
  event: Envelope<unknown>,
  attempt: number,
): Promise<void> {
  const struggle = StruggleDetectedSchema.parse(event.data);
  if (!UUID.test(struggle.userId)) return;
  const at = new Date();
  const notices = await deps.db.transaction().execute(async (trx): Promise<StoredNotice[]> => {
    const student = await trx
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', '=', struggle.userId)
      .executeTakeFirst();
    if (!student) return [];
    const topic = struggle.topic
      ? await trx.selectFrom('topics').select('id').where('slug', '=', struggle.topic).executeTakeFirst()
      : undefined;
    const alert = await trx
      .insertInto('alerts')
      .values({
        student_id: student.id,
        topic_id: topic?.id ?? null,
        trigger: struggle.trigger,
        episode_key: struggle.episodeKey,
        details: JSON.stringify(struggle.detail),
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['student_id', 'episode_key']).doNothing())
      .returning(['id'])
      .executeTakeFirst();
    if (!alert) {
      if (attempt === 1) return [];
      // A retry: the first attempt stored the alert but may not have sent its notices.
      const existing = await trx
        .selectFrom('alerts')
        .select('id')
        .where('student_id', '=', student.id)
        .where('episode_key', '=', struggle.episodeKey)
        .executeTakeFirstOrThrow();
      return trx
        .selectFrom('notifications')
        .select(['id', 'user_id', 'type', 'payload', 'created_at'])
        .where('dedup_key', '=', `alert:${existing.id}`)
        .execute();
    }
    const payload = {
      alertId: alert.id,
      student: { id: student.id, name: student.name },
      topic: struggle.topic,
      trigger: struggle.trigger,
      details: struggle.detail,
      createdAt: at.toISOString(),
    };
    const teachers = await teachersOf(trx, student.id);
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
  });
  await publishNotices(deps, notices, event.correlationid);
}
