import type { AdminUser, AdminUserPatch, Role } from '@learnflow/contracts';
import { type AuthUser, appError, audit, type ServiceDeps } from '@learnflow/platform';
import { publishAccount } from './account-changes.ts';

type Row = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
  created_at: Date;
};

const toAdminUser = (row: Row): AdminUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
  createdAt: new Date(row.created_at).toISOString(),
});

const COLUMNS = ['id', 'email', 'name', 'role', 'disabled_at', 'created_at'] as const;

export async function listUsers(
  deps: ServiceDeps,
  filter: { role?: Role | undefined; q?: string | undefined },
): Promise<{ users: AdminUser[] }> {
  let query = deps.db.selectFrom('users').select(COLUMNS).orderBy('role').orderBy('name');
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', [eb.ref('name')]), 'like', like),
        eb(eb.fn('lower', [eb.ref('email')]), 'like', like),
      ]),
    );
  }
  return { users: (await query.execute()).map(toAdminUser) };
}

/**
 * Changes a role and/or disables (or enables) an account. Either ends every session of the
 * account at once and is written to the audit log; no change may leave the platform without
 * an enabled admin.
 */
export async function updateUser(
  deps: ServiceDeps,
  admin: AuthUser,
  id: string,
  patch: AdminUserPatch,
  correlationId: string,
): Promise<AdminUser> {
  const updated = await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    const before = await trx.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    if (!before) throw appError('NOT_FOUND', `No user ${id}: GET /api/admin/users lists them.`);
    const role = patch.role ?? before.role;
    const disabledAt =
      patch.disabled === undefined
        ? before.disabled_at
        : patch.disabled
          ? (before.disabled_at ?? new Date())
          : null;
    if (before.role === 'admin' && before.disabled_at === null && (role !== 'admin' || disabledAt !== null)) {
      const others = await trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .where('id', '!=', id)
        .executeTakeFirst();
      if (!others)
        throw appError(
          'LAST_ADMIN',
          `${before.name} is the only enabled admin: promote another admin first.`,
        );
    }
    const after = await trx
      .updateTable('users')
      .set({ role, disabled_at: disabledAt })
      .where('id', '=', id)
      .returning([...COLUMNS, 'timezone'])
      .executeTakeFirstOrThrow();
    if (role !== before.role) await publishAccount(tx, after, 'changed', correlationId);
    if (role !== before.role) await audit(trx, admin.id, 'role.changed', id, { from: before.role, to: role });
    if ((disabledAt === null) !== (before.disabled_at === null))
      await audit(trx, admin.id, disabledAt ? 'account.disabled' : 'account.enabled', id);
    return after;
  });
  await deps.auth.sessions.revokeAll(id);
  return toAdminUser(updated);
}
