import type { Role } from '@learnflow/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/create-database.ts';
import { appError } from '../errors.ts';
import { checkNewPassword } from './password-policy.ts';
import { hashPassword } from './passwords.ts';
import type { AuthUser } from './tokens.ts';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
  /** The IANA zone the student's days are counted in; UTC when not given. */
  timezone?: string | undefined;
}

/**
 * The one way an account is made (sign-up, invite, `learnflow admin create`): the password
 * checked against the policy and hashed, the email unique case-insensitively.
 */
export async function createAccount(db: Db, account: NewAccount): Promise<AuthUser & { timezone: string }> {
  checkNewPassword(account.password, account);
  const row = await db
    .insertInto('users')
    .values({
      email: account.email.toLowerCase(),
      name: account.name,
      role: account.role,
      password_hash: await hashPassword(account.password),
      ...(account.timezone ? { timezone: account.timezone } : {}),
    })
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning(['id', 'email', 'name', 'role', 'timezone'])
    .executeTakeFirst();
  if (!row) throw appError('EMAIL_TAKEN', `An account with ${account.email} exists: sign in instead.`);
  return row;
}
