import type { Difficulty } from '@learnflow/contracts';

/** Every attempt at generating an exercise failed validation. */
export class GenerationFailedError extends Error {
  readonly code = 'GENERATION_FAILED';
  readonly status = 422;

  constructor(
    readonly topic: string,
    readonly difficulty: Difficulty,
    /** Per attempt: the seed and what was wrong. */
    readonly attempts: { seed: number; problems: string[] }[],
  ) {
    super(
      `No valid ${difficulty} exercise for "${topic}" after ${attempts.length} attempt(s): ${attempts
        .map((a) => a.problems[0] ?? 'unknown problem')
        .join('; ')}`,
    );
    this.name = 'GenerationFailedError';
  }
}
