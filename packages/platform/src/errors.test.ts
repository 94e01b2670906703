import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appError, ERRORS, isPermanent } from './errors.ts';

describe('the error catalog', () => {
  const documented = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');

  it.each(Object.entries(ERRORS))('documents %s with its status in docs/errors.md', (code, { status }) => {
    expect(documented).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
  });

  it('treats client errors as permanent for events and server errors as retryable', () => {
    expect(isPermanent(appError('VALIDATION_FAILED', 'bad'))).toBe(true);
    expect(isPermanent(appError('UNAVAILABLE', 'down'))).toBe(false);
    expect(isPermanent(new Error('plain'))).toBe(false);
  });
});
