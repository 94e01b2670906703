import { type Db, skipIfReferenceGone, UUID } from '@learnflow/platform';
import { sql } from 'kysely';

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
 * statement once the student has a streak row; their first fact makes it. The zone is the
 * service's account read model's, UTC while the student's account has not reached it.
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
      .leftJoin('progress_accounts as accounts', 'accounts.id', 'student_streaks.user_id')
      .select([
        sql<string>`coalesce(accounts.timezone, 'UTC')`.as('timezone'),
        'student_streaks.current',
        'student_streaks.updated_at',
      ])
      .where('student_streaks.user_id', '=', userId)
      .forUpdate('student_streaks');
    return (options.skipLocked ? query.skipLocked() : query).executeTakeFirst();
  };
  let row = await locked();
  if (!row) {
    // An unknown or deleted user breaks the row's foreign key: nothing is made, and null is the answer.
    await skipIfReferenceGone(trx, () =>
      trx
        .insertInto('student_streaks')
        .values({ user_id: userId })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute(),
    );
    row = await locked();
  }
  if (!row) return null;
  return { id: userId, timezone: row.timezone, streak: row.current, streakAt: new Date(row.updated_at) };
}
