import { readFileSync, writeFileSync } from 'node:fs';
import { architectureTables, withTables } from '../src/architecture-tables.ts';
import { SERVICES } from '../src/services.ts';

// Rewrites the services and flow tables of docs/architecture.md from the service definitions.
const target = new URL('../../../docs/architecture.md', import.meta.url);
writeFileSync(target, withTables(readFileSync(target, 'utf8'), architectureTables(SERVICES)));
console.log(`wrote the tables of ${target.pathname}`);
