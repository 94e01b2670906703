import { type Difficulty, ExerciseDefinitionSchema } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicSlugs } from '../content/curriculum.ts';
import { createTemplateGenerator } from './template-generator.ts';
import { TEMPLATES } from './templates/index.ts';
import { validateExercise } from './validate-exercise.ts';

// Two sandbox runs at a time: fast enough, and fair to a shared machine.
const CONCURRENCY = 2;
const SEEDS = [11, 20_240_607];
const DIFFICULTIES: Difficulty[] = ['easy', 'medium', 'hard'];
const only = process.env.TEMPLATE ? TEMPLATES.filter((t) => t.id === process.env.TEMPLATE) : TEMPLATES;

const jobs = only.flatMap((template) =>
  DIFFICULTIES.flatMap((difficulty) => SEEDS.map((seed) => ({ template, difficulty, seed }))),
);
const problems = new Map<string, string[]>();
const keyOf = (job: (typeof jobs)[number]) => `${job.template.id}/${job.difficulty}/${job.seed}`;
const sandbox = createSandbox({ concurrency: CONCURRENCY });
afterAll(() => sandbox.close());

beforeAll(async () => {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const generator = createTemplateGenerator([job.template]);
      const { definition } = await generator.generate({
        topic: job.template.topic,
        difficulty: job.difficulty,
        seed: job.seed,
      });
      problems.set(keyOf(job), await validateExercise(sandbox, definition));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  console.info(
    `Validated ${jobs.length} generated exercises in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 600_000);

describe('exercise templates', () => {
  it('cover every topic of the curriculum, and at least two per module', () => {
    const covered = new Set(TEMPLATES.map((t) => t.topic));
    expect(topicSlugs().filter((slug) => !covered.has(slug))).toEqual(
      only === TEMPLATES ? [] : expect.anything(),
    );
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) expect(template.id.startsWith(`${template.topic}-`)).toBe(true);
  });

  it.each(jobs.map((job) => [keyOf(job), job] as const))('%s is valid in the sandbox', (key) => {
    expect(problems.get(key)).toEqual([]);
  });

  it.each(only.map((t) => [t.id, t] as const))('%s follows the bank conventions', async (_, template) => {
    const generator = createTemplateGenerator([template]);
    for (const difficulty of DIFFICULTIES) {
      const { definition } = await generator.generate({ topic: template.topic, difficulty, seed: 5 });
      expect(() => ExerciseDefinitionSchema.parse(definition)).not.toThrow();
      expect(definition.hints).toHaveLength(3);
      expect(definition.tests.length).toBeGreaterThanOrEqual(4);
      expect(definition.tests.length).toBeLessThanOrEqual(8);
      expect(definition.tests.filter((t) => t.hidden).length).toBeGreaterThanOrEqual(1);
      for (const hint of definition.hints) expect(definition.solution.trim()).not.toContain(hint.trim());
    }
  });

  it.each(only.map((t) => [t.id, t] as const))(
    '%s: same seed, same exercise; other seeds differ',
    async (_, template) => {
      const generator = createTemplateGenerator([template]);
      const make = (seed: number) =>
        generator.generate({ topic: template.topic, difficulty: 'medium', seed });
      expect(await make(42)).toEqual(await make(42));
      const others = await Promise.all([1, 2, 3, 4, 5].map(make));
      const distinct = new Set(others.map((o) => JSON.stringify({ ...o.definition, slug: '' })));
      expect(distinct.size).toBeGreaterThanOrEqual(4);
    },
  );
});
