import { describe, expect, it } from 'vitest';
import { NUL_REPLACEMENT, storable, storableParameter, storableText } from './storable.ts';

describe('storable', () => {
  it('replaces NUL and lone surrogates visibly, and keeps whole emoji', () => {
    expect(storableText('a\u0000b')).toBe(`a${NUL_REPLACEMENT}b`);
    expect(storableText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(storableText('ok 😀')).toBe('ok 😀');
  });

  it('cleans every string of a value, keys included, and leaves the rest alone', () => {
    const at = new Date(0);
    expect(storable({ 'k\u0000': ['v\u0000', 1, null, { at }] })).toEqual({
      [`k${NUL_REPLACEMENT}`]: [`v${NUL_REPLACEMENT}`, 1, null, { at }],
    });
  });

  it('cleans JSON text for jsonb (the escaped NUL), and leaves a plain backslash sequence as typed', () => {
    const json = JSON.stringify({ stdout: 'a\u0000b', half: '\uDC00' });
    expect(JSON.parse(storableParameter(json) as string)).toEqual({
      stdout: `a${NUL_REPLACEMENT}b`,
      half: '\uFFFD',
    });
    expect(storableParameter('print("\\u0000")')).toBe('print("\\u0000")');
    expect(storableParameter(42)).toBe(42);
  });
});
