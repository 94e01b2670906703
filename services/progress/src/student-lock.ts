import type { Db } from '@learnflow/platform';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The student as the recomputation needs them, held under their row lock. */
export interface LockedStudent {
  id: string;
  timezone: string;
  /** The streak stored by the last recomputation. */
  streak: number;
  /** When that streak was computed. */
  streakAt: Date;
}

/**
 * Takes the per-student lock (the student's `student_streaks` row, FOR UPDATE) inside the
 * caller's transaction, so one student's facts are recomputed by one replica at a time.
 * Null for an unknown user, or with `skipLocked` when another replica holds the lock.
 */
export async function lockStudent(
  trx: Db,
  userId: string,
  options: { skipLocked?: boolean } = {},
): Promise<LockedStudent | null> {
  if (!UUID.test(userId)) return null;
  const user = await trx.selectFrom('users').select('timezone').where('id', '=', userId).executeTakeFirst();
  if (!user) return null;
  await trx
    .insertInto('student_streaks')
    .values({ user_id: userId })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  let query = trx
    .selectFrom('student_streaks')
    .select(['current', 'updated_at'])
    .where('user_id', '=', userId)
    .forUpdate();
  if (options.skipLocked) query = query.skipLocked();
  const row = await query.executeTakeFirst();
  if (!row) return null;
  return { id: userId, timezone: user.timezone, streak: row.current, streakAt: new Date(row.updated_at) };
}
