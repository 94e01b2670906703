import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { buildAsyncApi } from '../src/asyncapi.ts';

const target = new URL('../../../docs/asyncapi.yaml', import.meta.url);
writeFileSync(target, stringify(buildAsyncApi(), { aliasDuplicateObjects: false }));
console.log(`wrote ${target.pathname}`);
