import {
  type NoticePayload,
  type NoticeType,
  type NotificationList,
  NotificationSchema,
  TOPICS,
} from '@learnflow/contracts';
import type { Db, EventsTransaction, ServiceDeps } from '@learnflow/platform';

/** A notice to store: its payload is the one its type carries (`NOTICE_PAYLOADS`). */
export type NoticeInput = {
  [T in NoticeType]: {
    userId: string;
    type: T;
    /** One notice per recipient and cause: `alert:<id>`, `assignment:<id>`. */
    dedupKey: string;
    payload: NoticePayload<T>;
  };
}[NoticeType];

export interface StoredNotice {
  id: string;
  user_id: string;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Stores notices (inside the caller's transaction), at most one per recipient and cause.
 * `at` is stored at millisecond precision: the live frame's id (createdAt) then equals the
 * stored row's, which a reconnecting WebSocket client resumes from.
 */
export async function storeNotices(
  trx: Db,
  notices: readonly NoticeInput[],
  at: Date,
): Promise<StoredNotice[]> {
  if (notices.length === 0) return [];
  return trx
    .insertInto('notifications')
    .values(
      notices.map((n) => ({
        user_id: n.userId,
        type: n.type,
        dedup_key: n.dedupKey,
        payload: JSON.stringify(n.payload),
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedup_key']).doNothing())
    .returning(['id', 'user_id', 'type', 'payload', 'created_at'])
    .execute();
}

/**
 * Live delivery: one `notifications` event per stored notice, for the WebSocket service,
 * in the transaction that stored them (the outbox sends them after the commit).
 */
export async function publishNotices(
  tx: EventsTransaction,
  notices: readonly StoredNotice[],
  correlationId: string,
): Promise<void> {
  for (const notice of notices) {
    await tx.publish(
      TOPICS.notifications.name,
      `learnflow.notification.${notice.type}`,
      NotificationSchema.parse({
        notificationId: notice.id,
        recipientId: notice.user_id,
        type: notice.type,
        createdAt: new Date(notice.created_at).toISOString(),
        payload: notice.payload,
      }),
      { userId: notice.user_id, correlationId },
    );
  }
}

/** The user's latest notices, newest first. */
export async function listNotifications(deps: ServiceDeps, userId: string): Promise<NotificationList> {
  const rows = await deps.db
    .selectFrom('notifications')
    .select(['id', 'type', 'payload', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      type: r.type,
      payload: r.payload,
      createdAt: new Date(r.created_at).toISOString(),
      read: r.read_at !== null,
    })),
  };
}
