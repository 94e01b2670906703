import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { StorableDialect } from './storable-dialect.ts';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** PostgreSQL when set; otherwise PGlite with its files under `dataDir`. */
  url?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** PGlite only: keep the data in memory (tests). */
  inMemory?: boolean;
}

/**
 * Made once per process; every service receives this same handle. Every parameter is made
 * storable on its way in (see `storable.ts`).
 */
export function createDatabase(options: DatabaseOptions): { db: Db; kind: 'postgres' | 'pglite' } {
  if (options.url) {
    // int8 (count(*)) as number: LearnFlow's counts stay far below 2^53.
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 3_000,
    });
    // A dropped connection must not take the process down; the next query reconnects.
    pool.on('error', () => {});
    return {
      db: new Kysely<Database>({ dialect: new StorableDialect(new PostgresDialect({ pool })) }),
      kind: 'postgres',
    };
  }
  let dataDir: string | undefined;
  let release = () => {};
  if (!options.inMemory) {
    dataDir = join(options.dataDir, 'pgdata');
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
  }
  const pglite = new PGlite(dataDir);
  return {
    db: new Kysely<Database>({ dialect: new StorableDialect(new PGliteDialect(pglite, release)) }),
    kind: 'pglite',
  };
}

/** True when the database answers a trivial query in time (PGlite's first query also waits for it to open). */
export async function pingDatabase(db: Db, timeoutMs = 1_000): Promise<boolean> {
  try {
    await Promise.race([
      sql`select 1`.execute(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}
