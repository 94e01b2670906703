import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff.ts';

describe('lineDiff', () => {
  it('marks changed lines removed then added, and keeps the common ones', () => {
    const before = 'total = 0\nfor n in nums:\n    total = n\nprint(total)\n';
    const after = 'total = 0\nfor n in nums:\n    total += n\nprint(total)\n';
    expect(lineDiff(before, after)).toEqual([
      { op: 'same', text: 'total = 0' },
      { op: 'same', text: 'for n in nums:' },
      { op: 'removed', text: '    total = n' },
      { op: 'added', text: '    total += n' },
      { op: 'same', text: 'print(total)' },
    ]);
  });

  it('gives every line as added for a first attempt and handles insertions and deletions', () => {
    expect(lineDiff('', 'a\nb')).toEqual([
      { op: 'added', text: 'a' },
      { op: 'added', text: 'b' },
    ]);
    expect(lineDiff('a\nb\nc', 'a\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
    expect(lineDiff('x\r\ny', 'x\ny')).toEqual([
      { op: 'same', text: 'x' },
      { op: 'same', text: 'y' },
    ]);
  });
});
