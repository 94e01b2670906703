export { type AdaptedDifficulty, adaptDifficulty, difficultyFor } from './adapt-difficulty.ts';
export { errorFocus } from './error-focus.ts';
export type { ExerciseGenerator, GeneratedExercise, GenerationRequest } from './exercise-generator.ts';
export type { ExerciseTemplate, TemplateDraft } from './exercise-template.ts';
export {
  attemptSeed,
  GENERATION_ATTEMPTS,
  generateValidatedExercise,
} from './generate-validated-exercise.ts';
export { GenerationFailedError } from './generation-failed-error.ts';
export { type Rng, seededRandom } from './seeded-random.ts';
export { createTemplateGenerator } from './template-generator.ts';
export { TEMPLATES } from './templates/index.ts';
export { validateExercise } from './validate-exercise.ts';
