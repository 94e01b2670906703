import { type Db, UUID } from '@learnflow/platform';

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
 * Null for an unknown user, or with `skipLocked` when another replica holds the lock. One
 * statement once the student has a streak row; their first fact makes it.
 */
export async function lockStudent(
  trx: Db,
  userId: string,
  options: { skipLocked?: boolean } = {},
): Promise<LockedStudent | null> {
  if (!UUID.test(userId)) return null;
  const locked = () => {
    const query = trx
      .selectFrom('student_streaks')
      .innerJoin('users', 'users.id', 'student_streaks.user_id')
      .select(['users.timezone', 'student_streaks.current', 'student_streaks.updated_at'])
      .where('student_streaks.user_id', '=', userId)
      .forUpdate('student_streaks');
    return (options.skipLocked ? query.skipLocked() : query).executeTakeFirst();
  };
  let row = await locked();
  if (!row) {
    const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) return null;
    await trx
      .insertInto('student_streaks')
      .values({ user_id: userId })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    row = await locked();
  }
  if (!row) return null;
  return { id: userId, timezone: row.timezone, streak: row.current, streakAt: new Date(row.updated_at) };
}
