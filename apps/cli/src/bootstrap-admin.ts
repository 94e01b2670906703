import { audit, createAccount, fillAccountReadModels, type Platform } from '@learnflow/platform';

/**
 * LEARNFLOW_ADMIN_BOOTSTRAP=`email:password`, read at start: creates that admin only while the
 * platform has no admin at all, so it acts once (at first start) and never resets anything.
 */
export async function bootstrapAdmin(platform: Platform): Promise<void> {
  const given = platform.config.LEARNFLOW_ADMIN_BOOTSTRAP;
  if (!given) return;
  const existing = await platform.db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .executeTakeFirst();
  if (existing) return;
  const at = given.indexOf(':');
  const email = given.slice(0, at);
  const admin = await createAccount(platform.db, {
    email,
    name: 'Administrator',
    password: given.slice(at + 1),
    role: 'admin',
  });
  await fillAccountReadModels(platform.db, admin);
  await audit(platform.db, null, 'admin.created', admin.id, { via: 'LEARNFLOW_ADMIN_BOOTSTRAP' });
  platform.log.info({ email }, 'first admin created from LEARNFLOW_ADMIN_BOOTSTRAP');
}
