import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createDatabase } from '../../packages/platform/src/db/create-database.ts';
import { migrate } from '../../packages/platform/src/db/migrate.ts';
import { Histogram, type LatencySummary } from './stats.ts';

/**
 * `select 1 from users where id = $1` through Kysely, as the services query: on PostgreSQL
 * (the split deployment's database, real rows) or on a fresh in-memory PGlite with the
 * migrations applied and one user (PGlite cannot be shared with the server process).
 */
export async function dbFloor(databaseUrl: string | null, queries: number): Promise<LatencySummary> {
  const { db } = createDatabase({ url: databaseUrl ?? undefined, dataDir: '', inMemory: true, poolSize: 2 });
  try {
    let id: string = randomUUID();
    if (databaseUrl) {
      const row = await db.selectFrom('users').select('id').executeTakeFirst();
      if (row) id = row.id;
    } else {
      await migrate(db);
      await sql`insert into users (id, email, name, role, password_hash) values (${id}, 'floor@bench.dev', 'Floor', 'student', 'x')`.execute(
        db,
      );
    }
    const once = () => sql`select 1 from users where id = ${id}`.execute(db);
    for (let i = 0; i < 100; i++) await once();
    const histogram = new Histogram();
    for (let i = 0; i < queries; i++) {
      const started = performance.now();
      const result = await once();
      histogram.record(performance.now() - started);
      if (result.rows.length !== 1) throw new Error('the floor query found no user');
    }
    return histogram.summary();
  } finally {
    await db.destroy();
  }
}
