import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../config/load-config.ts';
import { PlatformConfigSchema } from '../config/platform-config.ts';
import { migrate } from '../db/migrate.ts';
import { createPlatform, type Platform } from '../host/platform.ts';

export type TestDatabase = 'pglite' | 'postgres';

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
  const platform = await createPlatform(config, { log: pino({ level: 'silent' }), inMemoryDb: true });
  await migrate(platform.db);
  return {
    ...platform,
    async dispose() {
      await platform.close();
      await drop();
    },
  };
}
