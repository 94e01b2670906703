import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../config/load-config.ts';
import { PlatformConfigSchema } from '../config/platform-config.ts';
import type { Database } from '../db/database.ts';
import { MIGRATIONS_DIR, migrate } from '../db/migrate.ts';
import { pgliteLanes } from '../db/pglite-dialect.ts';
import { createPlatform, type Platform } from '../host/platform.ts';

export type TestDatabase = 'pglite' | 'postgres';

/** PGlite's own package.json (not among its exports): its version names the template. */
const PGLITE_PACKAGE = new URL('../package.json', import.meta.resolve('@electric-sql/pglite'));

/**
 * The databases a suite should run against: PGlite always; PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it and must not skip it).
 */
export function testDatabases(): TestDatabase[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI === 'true')
    throw new Error('CI=true but TEST_DATABASE_URL is unset: .ci/run starts PostgreSQL and sets it.');
  return ['pglite'];
}

export interface TestPlatform extends Platform {
  /** Closes the platform and drops the test database. */
  dispose(): Promise<void>;
}

/**
 * A migrated platform on a fresh database (in-memory PGlite, or a new PostgreSQL
 * database made from TEST_DATABASE_URL) with the in-process bus and a quiet logger.
 */
export async function createTestPlatform(
  database: TestDatabase = 'pglite',
  env: NodeJS.ProcessEnv = {},
): Promise<TestPlatform> {
  let url: string | undefined;
  let drop = async () => {};
  if (database === 'postgres') {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin)
      throw new Error(
        'TEST_DATABASE_URL is unset: start PostgreSQL (scripts/postgres.sh start) and export it.',
      );
    const name = `learnflow_test_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = loadConfig(PlatformConfigSchema, {
    LEARNFLOW_JWT_SECRET: randomBytes(32).toString('hex'),
    LEARNFLOW_DATA_DIR: '/nonexistent-test-data-dir',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...(url ? { DATABASE_URL: url } : {}),
    ...env,
  });
  const platform = await createPlatform(config, {
    log: pino({ level: 'silent' }),
    inMemoryDb: true,
    ...(database === 'pglite' ? { dbTemplate: await migratedTemplate() } : {}),
  });
  await migrate(platform.db);
  return {
    ...platform,
    async dispose() {
      await platform.close();
      await drop();
    },
  };
}

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite data directory: a test platform starts from its dump in about 0.4 s, where initdb and
 * the migrations take about 2 s. Vitest runs each test file in a process of its own, so the dump is kept in the
 * system's temporary folder too, named by what makes it (PGlite's version and the migrations): one test process
 * makes it, the others read it.
 */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `learnflow-test-pgdata-${templateKey()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const pglite = new PGlite();
    const db = new Kysely<Database>({ dialect: pgliteLanes(pglite, () => {}).foreground });
    try {
      await migrate(db);
      const dump = await pglite.dumpDataDir('none');
      // Written whole under another name, then renamed: a process reading it never sees half of it.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
      return dump;
    } finally {
      await db.destroy();
    }
  })();
  return template;
}

function templateKey(): string {
  const hash = createHash('sha256').update(readFileSync(PGLITE_PACKAGE));
  for (const name of readdirSync(MIGRATIONS_DIR).sort())
    hash.update(name).update(readFileSync(new URL(name, MIGRATIONS_DIR)));
  return hash.digest('hex').slice(0, 16);
}
