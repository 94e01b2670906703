import { describe, expect, it } from 'vitest';
import { CappedText, truncationMarker } from './capped-text.ts';

describe('CappedText', () => {
  it('keeps everything under the cap', () => {
    const text = new CappedText(10);
    text.push(Buffer.from('hello'));
    text.push(Buffer.from('world'));
    expect(text.text()).toBe('helloworld');
    expect(text.truncated).toBe(false);
  });

  it('cuts at the cap with a visible marker and counts the rest', () => {
    const text = new CappedText(4);
    text.push(Buffer.from('abcdefgh'));
    text.push(Buffer.from('ijkl'));
    expect(text.text()).toBe(`abcd${truncationMarker}`);
    expect(text.total).toBe(12);
  });

  it('never splits a UTF-8 character', () => {
    const text = new CappedText(5);
    text.push(Buffer.from('ééé'));
    expect(text.text()).toBe(`éé${truncationMarker}`);
  });
});
