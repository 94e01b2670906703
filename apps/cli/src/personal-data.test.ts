import { HOST_PERSONAL } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from './services.ts';

/** Columns that name a user and stay out of `GET /api/me/export`, with why. */
const NOT_EXPORTED: Record<string, string> = {
  'sessions.user_id': 'a session is a credential: its id signs the tokens',
  'password_resets.user_id': 'a reset code is a credential',
  'password_resets.created_by': 'the admin who issued a reset code: a credential of another account',
  'invites.created_by': 'an invite code is a credential',
  'invites.used_by': 'an invite code is a credential',
  'audit_log.actor_id': "the operators' security record of what an admin did to other accounts",
};

describe('the account export covers every column that names a user', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform('pglite');
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('has each such column declared `personal` by its owner, or listed as kept out with why', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select cl.relname as table_name, a.attname as column_name
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
       where c.contype = 'f' and c.confrelid = 'users'::regclass
      union
      select table_name, column_name
        from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
         and column_name in ('user_id', 'student_id', 'teacher_id')`.execute(platform.db);
    const naming = rows.map((r) => `${r.table_name}.${r.column_name}`).sort();
    const declared = new Set([
      ...[{ personal: HOST_PERSONAL }, ...SERVICES].flatMap((service) =>
        Object.entries(service.personal ?? {}).flatMap(([table, columns = []]) =>
          columns.map((column) => `${table}.${column}`),
        ),
      ),
    ]);
    expect(naming.length).toBeGreaterThan(50);
    expect(naming.filter((column) => !declared.has(column) && !(column in NOT_EXPORTED))).toEqual([]);
    expect([...declared].filter((column) => !naming.includes(column))).toEqual([]);
    expect(Object.keys(NOT_EXPORTED).filter((column) => !naming.includes(column))).toEqual([]);
  });
});
