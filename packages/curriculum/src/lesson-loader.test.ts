import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessons } from './load-lessons.ts';
import { problemsOf } from './problems-of.ts';

const BAD = fileURLToPath(new URL('./fixtures/bad', import.meta.url));

describe('loadLessons', () => {
  it('names the file and line of every problem', () => {
    const problems = problemsOf(() => loadLessons(BAD));
    const at = (file: string) =>
      problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`);
    expect(at('basics/variables/lesson.md')).toEqual([
      '4: `keyTerms.0.definition`: Invalid input: expected string, received undefined',
      '13: an example needs a ```python block, then an ```output block with what it prints, and nothing else fenced',
    ]);
    expect(at('basics/data-types/lesson.md')).toEqual([
      '12: `examples`: Too small: expected array to have >=2 items',
    ]);
  });

  it('loads the 24 lessons of the curriculum with their examples', () => {
    const lessons = loadLessons();
    expect(Object.keys(lessons)).toHaveLength(24);
    const example = lessons.variables?.examples[0];
    expect(example?.title).toBe('Creating and printing variables');
    expect(example?.code).toMatch(/^name = "Ada"\n[\s\S]*\n$/);
    expect(example?.expectedOutput).toBe('Ada\n36\nAda is 36 years old\n');
    expect(lessons.variables?.explanation).not.toContain('## Examples');
  });
});
