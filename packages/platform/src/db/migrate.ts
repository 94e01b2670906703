import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './create-database.ts';

export const MIGRATIONS_DIR = new URL('../../../../db/migrations/', import.meta.url);

/**
 * Applies the plain-SQL migrations of db/migrations in name order, each once, each in a
 * transaction. An advisory lock keeps concurrent starts (several services) from racing.
 * Returns the names applied by this call.
 */
export async function migrate(db: Db, dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7357)`.execute(trx);
    await sql`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`.execute(
      trx,
    );
    const done = new Set(
      (await trx.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await sql.raw(readFileSync(new URL(file, dir), 'utf8')).execute(trx);
      await trx.insertInto('schema_migrations').values({ name: file }).execute();
      applied.push(file);
    }
    return applied;
  });
}
