import type { Role } from '@learnflow/contracts';
import { fillAccountReadModels } from '../accounts/account-read-model.ts';
import type { Db } from '../db/create-database.ts';

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Accounts made for a test as the seed makes them: the `users` rows (no usable password) and the
 * same rows in every account read model, which the gateway's `account.changes` would otherwise fill.
 */
export async function insertAccounts(
  db: Db,
  accounts: ReadonlyArray<{ id?: string; email: string; name: string; role: Role; timezone?: string }>,
): Promise<TestAccount[]> {
  const rows = await db
    .insertInto('users')
    .values(accounts.map((account) => ({ ...account, password_hash: 'x' })))
    .returning(['id', 'email', 'name', 'role', 'timezone'])
    .execute();
  for (const row of rows) await fillAccountReadModels(db, row);
  return rows.map(({ timezone: _, ...account }) => account);
}
