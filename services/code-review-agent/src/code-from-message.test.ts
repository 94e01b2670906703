import { describe, expect, it } from 'vitest';
import { codeFromRequest } from './code-from-message.ts';

describe('codeFromRequest', () => {
  it('prefers the code field', () => {
    expect(codeFromRequest({ code: 'x = 1\n', message: '```\ny = 2\n```' })).toBe('x = 1\n');
  });

  it('falls back to a fenced block in the message', () => {
    const message = 'Can you review this?\n```python\ndef f():\n    return 1\n```\nthanks';
    expect(codeFromRequest({ code: null, message })).toBe('def f():\n    return 1\n');
    expect(codeFromRequest({ code: '  ', message: '```\nprint(1)\n```' })).toBe('print(1)\n');
  });

  it('finds nothing when there is no code', () => {
    expect(codeFromRequest({ code: null, message: 'Please review my code' })).toBeNull();
    expect(codeFromRequest({ code: null, message: '```\n\n```' })).toBeNull();
  });
});
