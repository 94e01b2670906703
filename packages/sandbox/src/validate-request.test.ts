import { describe, expect, it } from 'vitest';
import { validateRequest } from './validate-request.ts';

const tmp = 16 * 1024 * 1024;

describe('validateRequest', () => {
  it('accepts code with harness files', () => {
    expect(() =>
      validateRequest({ code: 'x = 1', files: { 'grader.py': 'import student' }, entry: 'grader.py' }, tmp),
    ).not.toThrow();
  });

  it.each([
    ['a path', { code: '', files: { '../evil.py': '' } }],
    ['an absolute path', { code: '', files: { '/etc/passwd': '' } }],
    ['a hidden dotfile trick', { code: '', files: { '..': '' } }],
    ['the student file name', { code: '', files: { 'main.py': '' } }],
    ['an entry missing from files', { code: '', entry: 'grader.py' }],
    ['oversized input', { code: 'x'.repeat(tmp) }],
    ['non-string code', { code: 42 as unknown as string }],
  ])('refuses %s', (_name, request) => {
    expect(() => validateRequest(request, tmp)).toThrow(
      expect.objectContaining({ code: 'SANDBOX_INVALID_REQUEST', status: 400 }),
    );
  });
});
