import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.ts';

describe('the embedded database in a folder', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('is created by a process of its own before this one opens it, and keeps what was written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'learnflow-db-'));
    folders.push(dataDir);
    const first = createDatabase({ dataDir });
    // PGlite's own initdb would still be running here: the folder exists as soon as createDatabase returns.
    expect(existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))).toBe(true);
    await sql`create table notes (body text)`.execute(first.db);
    await sql`insert into notes values ('kept')`.execute(first.db);
    await first.db.destroy();

    const second = createDatabase({ dataDir });
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(second.db);
    expect(rows).toEqual([{ body: 'kept' }]);
    await second.db.destroy();
  });
});
