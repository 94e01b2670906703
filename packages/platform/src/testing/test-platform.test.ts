import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../db/migrate.ts';
import { createTestPlatform } from './test-platform.ts';

describe('test platforms on PGlite', () => {
  it('start migrated and apart: what one writes, the next one made from the same template does not have', async () => {
    const first = await createTestPlatform('pglite');
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(
        first.db,
      );
      expect(rows[0]?.n).toBe(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length);
      await first.db
        .insertInto('users')
        .values({ email: 'only-here@learnflow.dev', name: 'Only here', role: 'student', password_hash: 'x' })
        .execute();
    } finally {
      await first.dispose();
    }
    const second = await createTestPlatform('pglite');
    try {
      const users = await second.db.selectFrom('users').select('email').execute();
      expect(users).toEqual([]);
      // Migrated: the platform's own tables are there and answer.
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from outbox`.execute(second.db);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await second.dispose();
    }
  });
});
