import type { Db } from '../db/create-database.ts';

export type AuditAction =
  | 'admin.created'
  | 'invite.issued'
  | 'invite.used'
  | 'role.changed'
  | 'account.disabled'
  | 'account.enabled'
  | 'password.reset-issued'
  | 'password.reset'
  | 'account.deleted'
  | 'class.student-removed'
  | 'exercise.published';

/** One line of the audit log: who did what to whom. The actor is null for the CLI and first start. */
export async function audit(
  db: Db,
  actorId: string | null,
  action: AuditAction,
  targetId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ actor_id: actorId, action, target_id: targetId, details: JSON.stringify(details) })
    .execute();
}
