import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { curriculum } from './curriculum.ts';
import { loadQuestions } from './load-questions.ts';
import { problemsOf } from './problems-of.ts';

const BAD = fileURLToPath(new URL('./fixtures/bad', import.meta.url));

describe('loadQuestions', () => {
  it('names the file and line of every problem', () => {
    const problems = problemsOf(() => loadQuestions(BAD));
    const at = (file: string) =>
      problems.filter((p) => p.file.endsWith(file)).map((p) => `${p.line}: ${p.message}`);
    expect(at('no-front-matter.md')).toEqual(['1: the file must start with a `---` line (front matter)']);
    expect(at('wrong-name.md')).toEqual(['2: `id` is "another-name" but the file is named "wrong-name.md"']);
    expect(at('two-questions.md')).toEqual(['4: `questions`: needs at least 3 phrasings of the question']);
    expect(at('bad-yaml.md')).toHaveLength(1);
    expect(at('bad-yaml.md')[0]).toMatch(/^\d+: YAML: /);
    expect(at('missing-mistake.md')).toEqual([
      '1: `mistake`: Invalid input: expected string, received undefined',
    ]);
    expect(at('two-blocks.md')).toEqual(['7: the answer needs exactly one ```python example block, found 2']);
    expect(at('related-nowhere.md')).toEqual([
      '6: `related` names "nowhere-to-be-found", which no entry has',
    ]);
    expect(at('variables/questions/same-id.md')).toEqual([
      '2: id "same-id" is also used by basics/data-types/questions/same-id.md',
    ]);
    expect(problems.find((p) => p.file === 'basics/no-such-topic')?.message).toBe(
      '"no-such-topic" is not a topic of db/seed/curriculum.json',
    );
    expect(problems.find((p) => p.file === 'oop/lists')?.message).toBe(
      'topic "lists" belongs to module "data-structures", not "oop"',
    );
  });

  it('loads every real entry, under the 24 topics, with unique ids', () => {
    const entries = loadQuestions();
    expect(entries.length).toBeGreaterThanOrEqual(400);
    const topics = new Set(entries.map((e) => e.topic));
    expect(topics.size).toBe(curriculum.modules.flatMap((m) => m.topics).length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.code.trim(), entry.file).not.toBe('');
      expect(entry.answer, entry.file).not.toContain('```python');
    }
  });
});
