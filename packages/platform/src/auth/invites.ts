import type { Db } from '../db/create-database.ts';
import { appError } from '../errors.ts';
import { audit } from './audit.ts';
import { hashCode, newCode } from './one-time-code.ts';

export const INVITE_DAYS = 7;

/** A single-use teacher invite; only its hash is kept, the code is shown once. */
export async function issueInvite(
  db: Db,
  actorId: string | null,
  days = INVITE_DAYS,
): Promise<{ code: string; expiresAt: string }> {
  const code = `teach-${newCode(18)}`;
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db
    .insertInto('invites')
    .values({ code_hash: hashCode(code), role: 'teacher', created_by: actorId, expires_at: expiresAt })
    .execute();
  await audit(db, actorId, 'invite.issued', null, { role: 'teacher', expiresAt: expiresAt.toISOString() });
  return { code, expiresAt: expiresAt.toISOString() };
}

/**
 * Marks the invite used by `userId` in the caller's transaction; throws INVALID_INVITE
 * (and the transaction rolls back, so no account is made) when it is unknown, expired or used.
 */
export async function redeemInvite(db: Db, code: string, userId: string): Promise<void> {
  const hash = hashCode(code);
  const used = await db
    .updateTable('invites')
    .set({ used_at: new Date(), used_by: userId })
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('role')
    .executeTakeFirst();
  if (used) {
    await audit(db, userId, 'invite.used', userId, { role: used.role });
    return;
  }
  const found = await db
    .selectFrom('invites')
    .select(['used_at', 'expires_at'])
    .where('code_hash', '=', hash)
    .executeTakeFirst();
  throw appError(
    'INVALID_INVITE',
    !found
      ? 'This invite code is not one we issued: check it, or ask an admin for a new one.'
      : found.used_at
        ? 'This invite code was already used: each invite makes one teacher; ask an admin for a new one.'
        : 'This invite code has expired: ask an admin for a new one.',
  );
}
