import { describe, expect, it } from 'vitest';
import { appHref, isSafeHref, parseInline, parseMarkdown } from './parse-markdown.ts';

describe('parseMarkdown', () => {
  it('splits paragraphs, fenced code, headings, lists and quotes', () => {
    const blocks = parseMarkdown(
      '## Title\n\nSome **bold** text\nwrapped.\n\n```python\nfor i in range(3):\n    print(i)\n```\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Title' },
      { type: 'paragraph', text: 'Some **bold** text wrapped.' },
      { type: 'code', lang: 'python', text: 'for i in range(3):\n    print(i)' },
      { type: 'list', ordered: false, start: 1, items: ['one', 'two'] },
      { type: 'list', ordered: true, start: 1, items: ['first', 'second'] },
      { type: 'quote', blocks: [{ type: 'paragraph', text: 'quoted' }] },
    ]);
  });

  it('keeps an unclosed fence as code to the end', () => {
    expect(parseMarkdown('```\nx = 1')).toEqual([{ type: 'code', lang: '', text: 'x = 1' }]);
  });

  it('leaves raw HTML as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
});

describe('parseInline', () => {
  it('reads code, strong, emphasis and links', () => {
    expect(parseInline('Use `print()` **now**, _please_ [see](https://docs.python.org)')).toEqual([
      { type: 'text', text: 'Use ' },
      { type: 'code', text: 'print()' },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'now' }] },
      { type: 'text', text: ', ' },
      { type: 'em', children: [{ type: 'text', text: 'please' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://docs.python.org', children: [{ type: 'text', text: 'see' }] },
    ]);
  });

  it('does not treat snake_case or arithmetic as emphasis', () => {
    expect(parseInline('my_var_name and 2 * 3 * 4')).toEqual([
      { type: 'text', text: 'my_var_name and 2 * 3 * 4' },
    ]);
  });

  it('keeps code spans literal', () => {
    expect(parseInline('`**not bold**`')).toEqual([{ type: 'code', text: '**not bold**' }]);
  });

  it('refuses javascript: links', () => {
    expect(parseInline('[x](javascript:alert(1))')).toEqual([
      { type: 'text', text: '[x](javascript:alert(1))' },
    ]);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('/learn/topics/for-loops')).toBe(true);
    expect(appHref('/topics/for-loops')).toBe('/learn/topics/for-loops');
    expect(appHref('/exercises/for-loops-countdown')).toBe('/learn/exercises/for-loops-countdown');
    expect(appHref('https://docs.python.org/3/')).toBe('https://docs.python.org/3/');
  });
});
