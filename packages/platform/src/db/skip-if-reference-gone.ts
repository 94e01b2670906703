import { sql } from 'kysely';
import type { Db } from '../db/create-database.ts';

const FOREIGN_KEY_VIOLATION = '23503';

/** The error Postgres raises for a row whose reference is gone (or never was). */
export const isForeignKeyViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION;

/**
 * Runs a read model's write and drops it when a row it references is gone (a user deleted since
 * the event was published): the read model then has nothing to record, and retrying would never
 * succeed. Inside a transaction the write runs in a savepoint, so the failure leaves the
 * transaction usable. The read model needs no read of the owner's table to know.
 */
export async function skipIfReferenceGone(db: Db, write: () => Promise<unknown>): Promise<void> {
  if (!db.isTransaction) {
    try {
      await write();
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
    }
    return;
  }
  await sql`savepoint read_model_write`.execute(db);
  try {
    await write();
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    await sql`rollback to savepoint read_model_write`.execute(db);
    return;
  }
  await sql`release savepoint read_model_write`.execute(db);
}
