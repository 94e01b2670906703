import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { adaptDifficulty, difficultyFor } from './adapt-difficulty.ts';
import type { ExerciseGenerator } from './exercise-generator.ts';
import type { ExerciseTemplate } from './exercise-template.ts';
import { attemptSeed, generateValidatedExercise } from './generate-validated-exercise.ts';
import { GenerationFailedError } from './generation-failed-error.ts';
import { py, tuple } from './python-literal.ts';
import { createTemplateGenerator } from './template-generator.ts';
import { forLoopsMultiples } from './templates/control-flow.ts';

const sandbox = createSandbox({ concurrency: 2 });
afterAll(() => sandbox.close());

/** The for-loops template with a reference solution that is wrong (it returns nothing). */
const brokenTemplate: ExerciseTemplate = {
  ...forLoopsMultiples,
  build: (rng, difficulty) => {
    const draft = forLoopsMultiples.build(rng, difficulty);
    return { ...draft, solution: draft.starterCode.replace('pass', 'return None') };
  },
};

describe('generateValidatedExercise', () => {
  it('returns an exercise that passed validation on the first seed', async () => {
    const generated = await generateValidatedExercise(createTemplateGenerator(), sandbox, {
      topic: 'for-loops',
      difficulty: 'easy',
      seed: 7,
    });
    expect(generated.attempts).toBe(1);
    expect(generated.provenance).toEqual({ generator: 'template', template: 'for-loops-multiples', seed: 7 });
    expect(generated.definition.slug).toBe('for-loops-multiples-easy-7');
  });

  it('retries with other seeds, then refuses with GENERATION_FAILED', async () => {
    const seeds: number[] = [];
    const inner = createTemplateGenerator([brokenTemplate]);
    const generator: ExerciseGenerator = {
      ...inner,
      generate: (request) => {
        seeds.push(request.seed);
        return inner.generate(request);
      },
    };
    const failure = await generateValidatedExercise(generator, sandbox, {
      topic: 'for-loops',
      difficulty: 'medium',
      seed: 100,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GenerationFailedError);
    const error = failure as GenerationFailedError;
    expect(error).toMatchObject({ code: 'GENERATION_FAILED', status: 422 });
    expect(seeds).toEqual([100, attemptSeed(100, 1), attemptSeed(100, 2)]);
    expect(error.attempts).toHaveLength(3);
    expect(error.attempts[0]?.problems[0]).toMatch(/^the reference solution fails "/);
    expect(error.message).toMatch(/No valid medium exercise for "for-loops" after 3 attempt/);
  });

  it('counts a generator failure as a failed attempt and keeps going', async () => {
    const inner = createTemplateGenerator();
    let calls = 0;
    const flaky: ExerciseGenerator = {
      ...inner,
      generate: (request) => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('the model answered with prose'));
        return inner.generate(request);
      },
    };
    const generated = await generateValidatedExercise(flaky, sandbox, {
      topic: 'lists',
      difficulty: 'hard',
      seed: 3,
    });
    expect(generated.attempts).toBe(2);
    expect(generated.provenance.seed).toBe(attemptSeed(3, 1));
  });

  it('rejects an exercise that a trivial submission passes', async () => {
    const inner = createTemplateGenerator();
    const lenient: ExerciseGenerator = {
      ...inner,
      generate: async (request) => {
        const made = await inner.generate(request);
        const tests = made.definition.tests.map((t) => ({ ...t, code: 'assert True' }));
        return { ...made, definition: { ...made.definition, tests } };
      },
    };
    const failure = (await generateValidatedExercise(lenient, sandbox, {
      topic: 'variables',
      difficulty: 'easy',
      seed: 1,
    }).catch((error: unknown) => error)) as GenerationFailedError;
    expect(failure.attempts[0]?.problems).toContain('a trivial submission (`pass`) passes every test');
  });
});

describe('the template generator', () => {
  it('points out the student focus error in the prompt', async () => {
    const { definition } = await createTemplateGenerator().generate({
      topic: 'lists',
      difficulty: 'easy',
      seed: 9,
      focusError: 'IndexError',
    });
    expect(definition.prompt).toMatch(/raised `IndexError` more than any other error/);
  });

  it('supports exactly the topics it has templates for', () => {
    const generator = createTemplateGenerator([forLoopsMultiples]);
    expect(generator.supports('for-loops')).toBe(true);
    expect(generator.supports('lists')).toBe(false);
  });
});

describe('adaptDifficulty', () => {
  it('gives a Beginner asking for hard a medium exercise, and a master at least medium', () => {
    expect(adaptDifficulty('hard', 'Beginner')).toMatchObject({ difficulty: 'medium' });
    expect(adaptDifficulty('hard', 'Beginner').reason).toMatch(/Beginner/);
    expect(adaptDifficulty('easy', 'Beginner')).toEqual({ difficulty: 'easy', reason: null });
    expect(adaptDifficulty('hard', 'Learning')).toEqual({ difficulty: 'hard', reason: null });
    expect(adaptDifficulty('easy', 'Mastered')).toMatchObject({ difficulty: 'medium' });
    expect([null, 'Beginner', 'Learning', 'Proficient'].map((l) => difficultyFor(l as never))).toEqual([
      'easy',
      'easy',
      'medium',
      'hard',
    ]);
  });
});

describe('py', () => {
  it('writes Python literals as repr() prints them', () => {
    expect(py(["it's", 'a "b"', 'c\\d\n'])).toBe(`["it's", 'a "b"', 'c\\\\d\\n']`);
    expect(py({ a: [1, tuple(2)], b: null, c: true })).toBe("{'a': [1, (2,)], 'b': None, 'c': True}");
    expect(py(tuple(1, 2.5, -3))).toBe('(1, 2.5, -3)');
  });
});
