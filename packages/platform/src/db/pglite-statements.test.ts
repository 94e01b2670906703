import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteStatements } from './pglite-statements.ts';

describe('PGlite statements', () => {
  let pglite: PGlite;
  // Read with PGlite's own query, which prepares nothing by name.
  const prepared = async () =>
    (
      await pglite.query<{ statement: string }>(
        'select statement from pg_prepared_statements order by statement',
      )
    ).rows.map((row) => row.statement);

  beforeAll(async () => {
    pglite = new PGlite();
    await pglite.exec(`
      create table note (id int primary key, body text, tags text[], doc jsonb, at timestamptz, done boolean);
      insert into note values (1, 'it''s "quoted"', '{a,b}', '{"n": 1}', '2026-12-07T10:00:00Z', true);
    `);
  });
  afterAll(() => pglite.close());

  it('prepares a statement once and binds it every time after', async () => {
    const statements = new PGliteStatements(pglite);
    const text = 'select body from note where id = $1';
    for (let i = 0; i < 3; i++)
      expect((await statements.query(text, [1])).rows).toEqual([{ body: `it's "quoted"` }]);
    expect(await prepared()).toEqual([text]);
    await pglite.exec('deallocate all');
  });

  it('sends values as PGlite.query does and reads rows back with the same types', async () => {
    const statements = new PGliteStatements(pglite);
    const at = new Date('2026-12-07T11:30:00.250Z');
    const write = 'insert into note values ($1, $2, $3, $4, $5, $6)';
    const values = [
      2,
      'back\\slash \'and\' "quotes"',
      ['x', 'y "z"', null],
      JSON.stringify({ a: [1, 'two'] }),
      at,
      false,
    ];
    expect((await statements.query(write, values)).numAffectedRows).toBe(1n);
    const read = 'select * from note where id = any($1) and done = $2 order by id';
    const ours = await statements.query(read, [[2, 3], false]);
    const theirs = await pglite.query(read, [[2, 3], false]);
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.rows).toEqual([
      {
        id: 2,
        body: 'back\\slash \'and\' "quotes"',
        tags: ['x', 'y "z"', null],
        doc: { a: [1, 'two'] },
        at,
        done: false,
      },
    ]);
    expect((await statements.query('select $1::int + 1 as next', [null])).rows).toEqual([{ next: null }]);
    await pglite.exec('deallocate all');
  });

  it('keeps the most recently used statements and closes the others', async () => {
    const statements = new PGliteStatements(pglite, 2);
    const first = 'select 1 as n where $1::int > 0';
    const second = 'select 2 as n where $1::int > 0';
    const third = 'select 3 as n where $1::int > 0';
    await statements.query(first, [1]);
    await statements.query(second, [1]);
    await statements.query(first, [1]);
    await statements.query(third, [1]);
    // `second` was the least recently used: closed with the next message.
    await statements.query(first, [1]);
    expect(await prepared()).toEqual([first, third]);
    await pglite.exec('deallocate all');
  });

  it('throws what PostgreSQL says, and the session and its statements go on working', async () => {
    const statements = new PGliteStatements(pglite);
    const insert = 'insert into note (id, body) values ($1, $2)';
    await statements.query(insert, [10, 'first']);
    await expect(statements.query(insert, [10, 'again'])).rejects.toMatchObject({
      code: '23505',
      query: insert,
    });
    await expect(statements.query('selec 1', [])).rejects.toMatchObject({ code: '42601' });
    expect(await prepared()).toEqual([insert]);
    // Refused at bind, before its rows were described: described on its next run.
    const typed = 'select $1::int as n';
    await expect(statements.query(typed, ['x'])).rejects.toMatchObject({ code: '22P02' });
    expect((await statements.query(typed, [7])).rows).toEqual([{ n: 7 }]);
    expect((await statements.query(typed, [8])).rows).toEqual([{ n: 8 }]);

    await statements.query('begin', []);
    await statements.query(insert, [11, 'rolled back']);
    await expect(statements.query(insert, [11, 'twice'])).rejects.toMatchObject({ code: '23505' });
    await expect(statements.query('select body from note where id = $1', [11])).rejects.toMatchObject({
      code: '25P02',
    });
    await statements.query('rollback', []);
    await statements.query(insert, [12, 'after the rollback']);
    const bodies = await statements.query('select body from note where id = any($1) order by id', [
      [10, 11, 12],
    ]);
    expect(bodies.rows).toEqual([{ body: 'first' }, { body: 'after the rollback' }]);
    await pglite.exec('deallocate all');
  });

  it('prepares a statement again once a change of its table changed what it returns', async () => {
    const statements = new PGliteStatements(pglite);
    await pglite.exec(`create table shape (id int); insert into shape values (1);`);
    const text = 'select * from shape where id = $1';
    expect((await statements.query(text, [1])).rows).toEqual([{ id: 1 }]);
    await pglite.exec('alter table shape add column side int default 4');
    await expect(statements.query(text, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await statements.query(text, [1])).rows).toEqual([{ id: 1, side: 4 }]);
    await pglite.exec('deallocate all');
  });

  it('runs several statements without parameters at once', async () => {
    const statements = new PGliteStatements(pglite);
    await statements.query('create table two (n int); insert into two values (2);', []);
    expect((await statements.query('select n from two', [])).rows).toEqual([{ n: 2 }]);
  });
});
