import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SandboxError, sandboxErrorCatalog } from './errors.ts';

describe('SandboxError', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it.each(Object.entries(sandboxErrorCatalog))('%s is documented with its status', (code, { status }) => {
    expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`));
  });

  it('takes its status from the catalog', () => {
    const error = new SandboxError('SANDBOX_BUSY', 'busy', 2);
    expect(error).toMatchObject({
      code: 'SANDBOX_BUSY',
      status: 429,
      retryAfterSeconds: 2,
      name: 'SandboxError',
    });
  });
});
