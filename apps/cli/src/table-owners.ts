import { readdirSync, readFileSync } from 'node:fs';
import { PLATFORM_TABLES, type ServiceDefinition, type TableName } from '@learnflow/platform';

const migrations = new URL('../../../db/migrations/', import.meta.url);

/** Every table and view the migrations create and do not drop, in the order they appear. */
export function migrationTables(): string[] {
  const tables: string[] = [];
  for (const file of readdirSync(migrations)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    const text = readFileSync(new URL(file, migrations), 'utf8').replace(/--.*$/gm, '');
    for (const [, verb, name] of text.matchAll(
      /\b(create|drop)\s+(?:or\s+replace\s+)?(?:table|view)\s+(?:if\s+(?:not\s+)?exists\s+)?([a-z_]+)/gi,
    )) {
      if (verb?.toLowerCase() === 'create') tables.push(name as string);
      else tables.splice(tables.indexOf(name as string), 1);
    }
  }
  return tables;
}

/** Who owns which table: each service's `owns`, and `platform` for the host's own tables. */
export const tableOwners = (
  services: readonly ServiceDefinition[],
): { owner: string; table: TableName }[] => [
  ...services.flatMap((s) => s.owns.map((table) => ({ owner: s.id, table }))),
  ...PLATFORM_TABLES.map((table) => ({ owner: 'platform', table })),
];
