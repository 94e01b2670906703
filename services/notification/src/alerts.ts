import {
  type Alert,
  type AlertList,
  StruggleEvidenceSchema,
  StruggleTriggerSchema,
} from '@learnflow/contracts';
import { appError, type Db, type ServiceDeps, studentsOf } from '@learnflow/platform';
import { publishAlert } from './publish-alert.ts';

/** Alerts with their student and topic, limited to the teacher's students. */
export const teacherAlerts = (db: Db, teacherId: string) =>
  db
    .selectFrom('alerts')
    .innerJoin('notification_accounts as accounts', 'accounts.id', 'alerts.student_id')
    .leftJoin('topics', 'topics.id', 'alerts.topic_id')
    .select([
      'alerts.id',
      'alerts.student_id',
      'accounts.name as student_name',
      'topics.slug as topic',
      'alerts.trigger',
      'alerts.status',
      'alerts.details',
      'alerts.evidence',
      'alerts.created_at',
      'alerts.resolved_at',
    ])
    .where('alerts.student_id', 'in', studentsOf(db, 'notification_rosters', teacherId));

type AlertRow = Awaited<ReturnType<ReturnType<typeof teacherAlerts>['execute']>>[number];

export const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  student: { id: row.student_id, name: row.student_name },
  topic: row.topic,
  trigger: row.trigger,
  status: row.status,
  createdAt: new Date(row.created_at).toISOString(),
  details: row.details,
  evidence: StruggleEvidenceSchema.array().catch([]).parse(row.evidence),
  resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
});

export async function listAlerts(
  deps: ServiceDeps,
  teacherId: string,
  status: 'open' | 'resolved' | 'all',
): Promise<AlertList> {
  let query = teacherAlerts(deps.db, teacherId).orderBy('alerts.created_at', 'desc').limit(200);
  if (status !== 'all') query = query.where('alerts.status', '=', status);
  return { alerts: (await query.execute()).map(toAlert) };
}

/** Resolves one of the teacher's alerts (again is fine); 404 for anyone else's. */
export async function resolveAlert(
  deps: ServiceDeps,
  teacherId: string,
  alertId: string,
  correlationId: string,
): Promise<Alert> {
  return deps.events.transaction(async (tx) => {
    const resolved = await tx.db
      .updateTable('alerts')
      .set({ status: 'resolved', resolved_at: new Date(), resolved_by: teacherId })
      .where('id', '=', alertId)
      .where('status', '=', 'open')
      .where('student_id', 'in', studentsOf(tx.db, 'notification_rosters', teacherId))
      .returning('id')
      .executeTakeFirst();
    const row = await teacherAlerts(tx.db, teacherId).where('alerts.id', '=', alertId).executeTakeFirst();
    if (!row) throw appError('NOT_FOUND', `No alert ${alertId} among your students' alerts.`);
    const alert = toAlert(row);
    if (!resolved) return alert;
    await publishAlert(
      tx,
      {
        alertId: alert.id,
        studentId: alert.student.id,
        topic: alert.topic,
        trigger: StruggleTriggerSchema.parse(alert.trigger),
        status: alert.status,
        details: alert.details,
        evidence: alert.evidence,
        createdAt: alert.createdAt,
        resolvedAt: alert.resolvedAt,
      },
      correlationId,
    );
    return alert;
  });
}
