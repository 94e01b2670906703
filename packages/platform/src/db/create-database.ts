import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { pgliteLanes } from './pglite-dialect.ts';
import { StorableDialect } from './storable-dialect.ts';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** PostgreSQL when set; otherwise PGlite with its files under `dataDir`. */
  url?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** PGlite only: keep the data in memory (tests). */
  inMemory?: boolean;
  /** PGlite in memory only: start from this dump of a data directory instead of an empty one (`dumpDataDir`). */
  template?: Blob | undefined;
}

export interface DatabaseHandles {
  /** What requests, and the handlers someone waits on, use. */
  db: Db;
  /**
   * The same database for what no one waits on (read models, learning facts, marks, the audit log). On PGlite's one
   * session its turns yield to `db`'s (`SessionQueue`); on PostgreSQL it is `db`, the pool serving both.
   */
  background: Db;
  kind: 'postgres' | 'pglite';
}

/**
 * Made once per process; every service receives these same handles. Every parameter is made
 * storable on its way in (see `storable.ts`).
 */
export function createDatabase(options: DatabaseOptions): DatabaseHandles {
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
    const db = new Kysely<Database>({ dialect: new StorableDialect(new PostgresDialect({ pool })) });
    return { db, background: db, kind: 'postgres' };
  }
  let dataDir: string | undefined;
  let release = () => {};
  if (!options.inMemory) {
    dataDir = join(options.dataDir, 'pgdata');
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
    try {
      initDataDir(dataDir);
    } catch (error) {
      release();
      throw error;
    }
  }
  const lanes = pgliteLanes(new PGlite({ dataDir, loadDataDir: options.template }), release);
  return {
    db: new Kysely<Database>({ dialect: new StorableDialect(lanes.foreground) }),
    background: new Kysely<Database>({ dialect: new StorableDialect(lanes.background) }),
    kind: 'pglite',
  };
}

const PGLITE = import.meta.resolve('@electric-sql/pglite');
const INIT_DB =
  'const { PGlite } = await import(process.argv[1]); const pg = await PGlite.create(process.argv[2]); await pg.close();';

/**
 * Creates a new PGlite folder in a process of its own. PGlite opening an empty folder runs initdb in a second
 * WebAssembly instance, and its memory (about 430 MB) stays in this process until a major collection; a folder
 * created elsewhere opens as a reopened one does. It takes about 3 s, once per folder.
 */
function initDataDir(dataDir: string) {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', INIT_DB, PGLITE, dataDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      `creating the embedded database in ${dataDir} failed${stderr ? `: ${stderr}` : ''}; remove that folder and start again`,
    );
  }
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
