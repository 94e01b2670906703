import type { AccountExport } from '@learnflow/contracts';
import { type App, type AuthUser, audit, forgetEventsOf, type ServiceDeps } from '@learnflow/platform';
import { publishAccount } from './account-changes.ts';

/**
 * `GET /api/me/export`: the account and every row that is about it, as stored (the password hash
 * excepted). Each service answers for its own tables (`personal` in its definition).
 */
export async function exportAccount(deps: ServiceDeps, app: App, caller: AuthUser): Promise<AccountExport> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'timezone', 'created_at'])
    .where('id', '=', caller.id)
    .executeTakeFirstOrThrow();
  return {
    exportedAt: new Date().toISOString(),
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      timezone: user.timezone,
      createdAt: new Date(user.created_at).toISOString(),
    },
    data: await deps.personalData.collect(app, caller),
  };
}

/**
 * `DELETE /api/me`: the account and its personal data go (foreign keys cascade; the event log
 * rows naming the user are deleted too), and `account.changes` says so. Classroom, on that event,
 * keeps each class's mastery per topic for the student with no identity (`departed_mastery`), so
 * the class's statistics stay true, then forgets their enrollments and mastery. Exercises the user
 * generated stay for students they were assigned to, without their author.
 */
export async function deleteAccount(
  deps: ServiceDeps,
  caller: AuthUser,
  correlationId: string,
): Promise<void> {
  await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    await forgetEventsOf(trx, caller.id);
    const gone = await trx
      .deleteFrom('users')
      .where('id', '=', caller.id)
      .returning(['id', 'name', 'email', 'role', 'timezone'])
      .executeTakeFirstOrThrow();
    await publishAccount(tx, gone, 'deleted', correlationId);
    await audit(trx, null, 'account.deleted', caller.id, { role: caller.role });
  });
  await deps.auth.sessions.revokeAll(caller.id);
}
