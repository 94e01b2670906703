import { readFileSync } from 'node:fs';
import { ERRORS } from '@learnflow/platform';
import { sandboxErrorCatalog } from '@learnflow/sandbox';
import { describe, expect, it } from 'vitest';
import { MCP_ERRORS } from './mcp/errors.ts';

/** Every package's error catalog against docs/errors.md, so the page cannot drift from the code. */
describe('docs/errors.md', () => {
  const documented = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
  it.each([...Object.entries(ERRORS), ...Object.entries(sandboxErrorCatalog), ...Object.entries(MCP_ERRORS)])(
    'documents %s with its status',
    (code, { status }) => {
      expect(documented).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    },
  );
});
