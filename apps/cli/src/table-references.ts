import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A table named in a service's source: where, and whether the statement writes it. */
export interface TableReference {
  table: string;
  write: boolean;
  /** `path:line`, relative to the repository. */
  at: string;
}

const root = new URL('../../../', import.meta.url).pathname;

const KYSELY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"`]([a-z_]+)/g;
const WRITES = new Set(['insertInto', 'updateTable', 'deleteFrom', 'mergeInto']);
const SQL_TEMPLATE = /\bsql(?:<[^`]*?>)?`([^`]*)`/g;
const SQL_TABLE = /\b(from|join|into|update)\s+([a-z_]+)|\b([a-z_]+)\.[a-z_]+/gi;
const DYNAMIC_TABLE = /\bsql\.table\(\s*(?!['"])/g;
/**
 * Platform helpers that run SQL for the service that imports them: the tables each reads, and
 * whether it reads or writes the tables its caller names in string arguments (the caller's own
 * read models: `RosterTable`, `AccountTable`, `RunErrorTable`, `MasteryTable`).
 */
const HELPERS: Record<string, { reads: readonly string[]; named?: 'read' | 'write' }> = {
  requireStudentOfTeacher: { reads: [], named: 'read' },
  accountSubscription: { reads: [], named: 'write' },
  exerciseSubscription: { reads: [], named: 'write' },
  submissionSubscription: { reads: [], named: 'write' },
  studentsOf: { reads: [], named: 'read' },
  teachersOf: { reads: [], named: 'read' },
  applyRosterChange: { reads: [], named: 'write' },
  rosterSubscription: { reads: [], named: 'write' },
  runErrorSubscription: { reads: [], named: 'write' },
  recentRunErrors: { reads: [], named: 'read' },
  masterySubscription: { reads: [], named: 'write' },
  masteryByTopic: { reads: [], named: 'read' },
  topicBySlug: { reads: ['topics'] },
};
const QUOTED = /['"`]([a-z_]+)['"`]/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * The tables one source text names: Kysely's table arguments, table names in `sql` template
 * text (`from t`, `join t`, `into t`, `update t`, `t.column`), `*` for `sql.table(x)` of a
 * non-literal (a table chosen at run time), and the tables of the platform helpers it calls
 * (`HELPERS`: those they always read, and the one a call names).
 * `tables` is every table of the migrations: words in SQL text that are not tables are ignored.
 */
export function tableReferences(text: string, path: string, tables: ReadonlySet<string>): TableReference[] {
  const found: TableReference[] = [];
  const at = (index: number) => `${path}:${lineOf(text, index)}`;
  for (const match of text.matchAll(KYSELY)) {
    const [, method = '', table = ''] = match;
    found.push({ table, write: WRITES.has(method), at: at(match.index) });
  }
  for (const template of text.matchAll(SQL_TEMPLATE)) {
    for (const match of (template[1] ?? '').matchAll(SQL_TABLE)) {
      const table = match[2] ?? match[3] ?? '';
      if (!tables.has(table)) continue;
      const write = ['into', 'update'].includes(match[1]?.toLowerCase() ?? '');
      found.push({ table, write, at: at(template.index + match.index) });
    }
  }
  for (const match of text.matchAll(DYNAMIC_TABLE))
    found.push({ table: '*', write: false, at: at(match.index) });
  for (const [helper, { reads, named }] of Object.entries(HELPERS)) {
    if (!new RegExp(`import \\{[^}]*\\b${helper}\\b[^}]*\\} from '@learnflow/platform'`).test(text)) continue;
    for (const match of text.matchAll(new RegExp(`\\b${helper}\\(([^)]*)\\)`, 'g'))) {
      for (const table of reads) found.push({ table, write: false, at: at(match.index) });
      if (!named) continue;
      for (const [, table = ''] of (match[1] ?? '').matchAll(QUOTED))
        if (tables.has(table)) found.push({ table, write: named === 'write', at: at(match.index) });
    }
  }
  return found;
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

/** Every table reference in `services/<id>/src`, tests excluded. */
export const serviceTableReferences = (id: string, tables: ReadonlySet<string>): TableReference[] =>
  sources(join(root, 'services', id, 'src')).flatMap((path) =>
    tableReferences(readFileSync(path, 'utf8'), relative(root, path), tables),
  );
