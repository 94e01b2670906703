import { describe, expect, it } from 'vitest';
import { SERVICES } from './services.ts';
import { migrationTables, tableOwners } from './table-owners.ts';
import { serviceTableReferences, tableReferences } from './table-references.ts';

const tables = migrationTables();
const known = new Set(tables);
const owners = tableOwners(SERVICES);
const reference = new Set<string>(SERVICES.flatMap((s) => s.reference ?? []));

/** Each foreign table a service names, with where it does. */
function violations(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const service of SERVICES) {
    for (const ref of serviceTableReferences(service.id, known)) {
      const own = (service.owns as readonly string[]).includes(ref.table);
      if (own || (!ref.write && reference.has(ref.table))) continue;
      const key = `${service.id} ${ref.write ? 'writes' : 'reads'} ${ref.table}`;
      found.set(key, [...(found.get(key) ?? []), ref.at]);
    }
  }
  return found;
}

describe('each service owns its tables', () => {
  it('gives every table and view of the migrations exactly one owner', () => {
    const owned = owners.map((o) => o.table as string);
    expect([...owned].sort()).toEqual([...tables].sort());
    expect(owned.filter((table, i) => owned.indexOf(table) !== i)).toEqual([]);
  });

  it('marks as reference data only tables their service owns', () => {
    for (const service of SERVICES) {
      expect((service.reference ?? []).filter((table) => !service.owns.includes(table))).toEqual([]);
    }
  });

  it('finds the tables a service names in Kysely calls, sql text and platform helpers', () => {
    const text = [
      "db.selectFrom('users').innerJoin(\n  'classes', 'classes.id', 'x')",
      'sql`insert into departed_mastery select p.mastery from progress p join enrollments e on true`',
      "import { requireStudentOfTeacher } from '@learnflow/platform'; sql.table(name); requireStudentOfTeacher(deps.db, { rosters: 'progress_rosters', accounts: 'progress_accounts' }, a, b)",
      "import { rosterSubscription } from '@learnflow/platform'; rosterSubscription('gateway_rosters')",
    ].join('\n');
    const refs = tableReferences(text, 'x.ts', known).map((r) => `${r.write ? 'w' : 'r'} ${r.table} ${r.at}`);
    expect(refs).toEqual([
      'r users x.ts:1',
      'r classes x.ts:1',
      'w departed_mastery x.ts:3',
      'r progress x.ts:3',
      'r enrollments x.ts:3',
      'r * x.ts:4',
      'r progress_rosters x.ts:4',
      'r progress_accounts x.ts:4',
      'w gateway_rosters x.ts:5',
    ]);
  });

  it('finds in each owning service SQL naming its own tables (the scan reads the right files)', () => {
    for (const service of SERVICES.filter((s) => s.owns.length > 0)) {
      const named = serviceTableReferences(service.id, known).filter((r) =>
        (service.owns as readonly string[]).includes(r.table),
      );
      expect(named.length, service.id).toBeGreaterThan(0);
    }
  });

  it('finds no service naming a table it does not own, as `<service> reads|writes <table> (where)`', () => {
    const found = violations();
    console.log(`table ownership: ${found.size} violations`);
    expect([...found].map(([key, at]) => `${key} (${at.join(', ')})`)).toEqual([]);
  });

  it('declares as personal data only tables of its own', () => {
    for (const service of SERVICES) {
      const personal = Object.keys(service.personal ?? {}) as (typeof service.owns)[number][];
      expect(
        personal.filter((table) => !service.owns.includes(table)),
        service.id,
      ).toEqual([]);
    }
  });
});
