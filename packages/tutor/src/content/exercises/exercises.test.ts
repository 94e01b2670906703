import { readFileSync } from 'node:fs';
import { ExerciseDefinitionSchema } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { exerciseBySlug, exercises } from './index.ts';

type Curriculum = { modules: { slug: string; topics: { slug: string }[] }[] };
const curriculum = JSON.parse(
  readFileSync(new URL('../../../../../db/seed/curriculum.json', import.meta.url), 'utf8'),
) as Curriculum;
const topics = curriculum.modules.flatMap((module) => module.topics.map((topic) => topic.slug));

describe('exercise bank', () => {
  it.each(exercises.map((exercise) => [exercise.slug, exercise] as const))(
    '%s parses with the schema',
    (_, exercise) => {
      expect(() => ExerciseDefinitionSchema.parse(exercise)).not.toThrow();
    },
  );

  it.each(exercises.map((exercise) => [exercise.slug, exercise] as const))(
    '%s: every hidden test names the rule of the prompt it checks, without its input',
    (_, exercise) => {
      for (const test of exercise.tests.filter((t) => t.hidden)) {
        expect(test.rule, `hidden test "${test.name}" needs a rule`).toMatch(/^\S.{9,}[^.]$/);
        // The test's own quoted values (its inputs and expected outputs) stay out of the rule, unless the
        // prompt states them too.
        const literals = [...test.code.matchAll(/(['"])((?:(?!\1)[^\\\n]){2,})\1/g)].map(
          (m) => m[2] as string,
        );
        for (const literal of literals.filter(
          (text) => /\w\w/.test(text) && !exercise.prompt.includes(text),
        )) {
          expect(test.rule, test.name).not.toContain(literal);
        }
      }
    },
  );

  it('has unique slugs, each found by exerciseBySlug', () => {
    const slugs = exercises.map((exercise) => exercise.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
    for (const exercise of exercises) expect(exerciseBySlug(exercise.slug)).toBe(exercise);
    expect(exerciseBySlug('no-such-exercise')).toBeUndefined();
  });

  it.each(topics)('has an easy, a medium and a hard exercise for %s', (topic) => {
    const difficulties = exercises.filter((exercise) => exercise.topic === topic).map((e) => e.difficulty);
    expect(difficulties).toEqual(expect.arrayContaining(['easy', 'medium', 'hard']));
  });

  it.each(exercises.map((exercise) => [exercise.slug, exercise] as const))(
    '%s follows the bank conventions',
    (slug, exercise) => {
      expect(topics).toContain(exercise.topic);
      expect(slug.startsWith(`${exercise.topic}-`)).toBe(true);
      expect(exercise.hints).toHaveLength(3);
      expect(exercise.tests.length).toBeGreaterThanOrEqual(4);
      expect(exercise.tests.length).toBeLessThanOrEqual(7);
      expect(exercise.tests.some((test) => test.hidden)).toBe(true);
      expect(new Set(exercise.tests.map((test) => test.name)).size).toBe(exercise.tests.length);
      expect(exercise.starterCode.trim()).not.toBe(exercise.solution.trim());
    },
  );
});
