import { createTestPlatform } from '@learnflow/platform/testing';
import { expect, it } from 'vitest';
import { bootstrapAdmin } from './bootstrap-admin.ts';

it('creates the first admin from LEARNFLOW_ADMIN_BOOTSTRAP once, and never again', async () => {
  const platform = await createTestPlatform('pglite', {
    LEARNFLOW_ADMIN_BOOTSTRAP: 'head@school.test:a long admin passphrase',
  });
  try {
    await bootstrapAdmin(platform);
    await platform.db.updateTable('users').set({ name: 'Renamed' }).execute();
    await bootstrapAdmin(platform);
    const admins = await platform.db.selectFrom('users').select(['email', 'name', 'role']).execute();
    expect(admins).toEqual([{ email: 'head@school.test', name: 'Renamed', role: 'admin' }]);
    const log = await platform.db.selectFrom('audit_log').select('action').execute();
    expect(log).toEqual([{ action: 'admin.created' }]);
  } finally {
    await platform.dispose();
  }
});
