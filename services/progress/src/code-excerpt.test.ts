import { describe, expect, it } from 'vitest';
import { codeExcerpt } from './code-excerpt.ts';

const code = ['total = 0', 'for n in nums:', '    total += n', 'print(totl)', 'x = 1', 'y = 2', 'z = 3'].join(
  '\n',
);

describe('codeExcerpt', () => {
  it('shows two lines either side of the error line and marks it', () => {
    expect(codeExcerpt(code, 4)).toBe(
      [
        '  2 | for n in nums:',
        '  3 |     total += n',
        '> 4 | print(totl)',
        '  5 | x = 1',
        '  6 | y = 2',
        '  … 1 more line',
      ].join('\n'),
    );
  });

  it('shows the first five lines when the line is unknown or out of range', () => {
    const head = codeExcerpt(code, null);
    expect(head?.split('\n')).toHaveLength(6);
    expect(head).toMatch(/^ {2}1 \| total = 0/);
    expect(head).toMatch(/… 2 more lines$/);
    expect(codeExcerpt(code, 99)).toBe(head);
  });

  it('cuts long lines and gives null for empty code', () => {
    expect(codeExcerpt(`print("${'a'.repeat(300)}")`, 1)?.length).toBeLessThan(140);
    expect(codeExcerpt('\n\n', null)).toBeNull();
  });
});
