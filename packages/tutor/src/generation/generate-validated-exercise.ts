import type { GradingSandbox } from '../grading/grade-submission.ts';
import type { ExerciseGenerator, GeneratedExercise, GenerationRequest } from './exercise-generator.ts';
import { GenerationFailedError } from './generation-failed-error.ts';
import { validateExercise } from './validate-exercise.ts';

export const GENERATION_ATTEMPTS = 3;

/** The seed of attempt `n`: a different exercise each time, the same sequence for the same first seed. */
export const attemptSeed = (seed: number, attempt: number) => (seed + attempt * 7_919) % 2_147_483_647;

/**
 * Generates an exercise and validates it in the sandbox (`validateExercise`); a rejected one is
 * retried with another seed, up to `attempts` in all, then refused with `GenerationFailedError`.
 * Sandbox failures (busy, unavailable) are not the exercise's fault and are thrown as they are.
 */
export async function generateValidatedExercise(
  generator: ExerciseGenerator,
  sandbox: GradingSandbox,
  request: GenerationRequest,
  attempts = GENERATION_ATTEMPTS,
): Promise<GeneratedExercise & { attempts: number }> {
  const failures: { seed: number; problems: string[] }[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const seed = attemptSeed(request.seed, attempt);
    let candidate: GeneratedExercise;
    try {
      candidate = await generator.generate({ ...request, seed });
    } catch (error) {
      failures.push({ seed, problems: [`the generator failed: ${(error as Error).message}`] });
      continue;
    }
    const problems = await validateExercise(sandbox, candidate.definition);
    if (problems.length === 0) return { ...candidate, attempts: attempt + 1 };
    failures.push({ seed, problems });
  }
  throw new GenerationFailedError(request.topic, request.difficulty, failures);
}
