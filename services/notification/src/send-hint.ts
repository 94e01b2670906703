import type { HintSent } from '@learnflow/contracts';
import type { AuthUser, ServiceDeps } from '@learnflow/platform';
import { alertOfTeacher } from './alert-detail.ts';
import { publishNotices, storeNotices } from './notices.ts';

/**
 * A teacher's hint to the student an alert is about: stored as the student's notice
 * (`teacher.hint`) and sent live over the WebSocket, in one transaction. Each send is a
 * new notice (a teacher may send several hints about one alert).
 */
export async function sendHint(
  deps: ServiceDeps,
  teacher: AuthUser,
  alertId: string,
  message: string,
  correlationId: string,
): Promise<HintSent> {
  const alert = await alertOfTeacher(deps.db, teacher.id, alertId);
  const at = new Date();
  const [notice] = await deps.events.transaction(async (tx) => {
    const stored = await storeNotices(
      tx.db,
      [
        {
          userId: alert.student_id,
          type: 'teacher.hint',
          dedupKey: `hint:${alertId}:${correlationId}`,
          payload: { alertId, from: { id: teacher.id, name: teacher.name }, topic: alert.topic, message },
        },
      ],
      at,
    );
    await publishNotices(tx, stored, correlationId);
    return stored;
  });
  return { notificationId: notice?.id ?? '', createdAt: at.toISOString() };
}
