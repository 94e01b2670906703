import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyReplyCode } from './verify-reply-code.ts';

const sandbox = createSandbox();
afterAll(() => sandbox.close());

describe('verifyReplyCode (real sandbox)', () => {
  it('replaces a wrong stated output with the real one, with a note', async () => {
    const reply =
      'Slicing copies:\n\n```python\nprint("abc"[::-1])\n```\n\nOutput:\n\n```\nabc\n```\n\nDone.';
    const verified = await verifyReplyCode(reply, sandbox);
    expect(verified.corrected).toBe(1);
    expect(verified.text).toContain('```text\ncba\n```');
    expect(verified.text).toContain('the output first shown here was wrong');
    expect(verified.text).not.toContain('```\nabc\n```');
    expect(verified.text.endsWith('Done.')).toBe(true);
  });

  it('keeps a right stated output as it is', async () => {
    const reply = '```python\nprint(2 + 3)\n```\nIt prints:\n```text\n5\n```';
    const verified = await verifyReplyCode(reply, sandbox);
    expect(verified).toEqual({ text: reply, corrected: 0, failing: 0 });
  });

  it('never shows failing code as working', async () => {
    const reply = '```python\nprint(len(5))\n```\n\nOutput:\n\n```\n1\n```';
    const verified = await verifyReplyCode(reply, sandbox);
    expect(verified.failing).toBe(1);
    expect(verified.text).toContain("raises `TypeError: object of type 'int' has no len()`");
    expect(verified.text).not.toContain('```\n1\n```');
  });

  it('adds the real output where none was stated, and leaves input() code alone', async () => {
    const reply = '```python\nprint("hi")\n```\n\nand\n\n```python\nname = input()\nprint(name)\n```';
    const verified = await verifyReplyCode(reply, sandbox);
    expect(verified.text).toContain('It prints:\n\n```text\nhi\n```');
    expect(verified.text).toContain('```python\nname = input()\nprint(name)\n```');
  });
});
