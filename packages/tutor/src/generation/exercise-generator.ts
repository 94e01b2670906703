import type { Difficulty, ExerciseDefinition } from '@learnflow/contracts';

export interface GenerationRequest {
  /** A curriculum topic slug. */
  topic: string;
  difficulty: Difficulty;
  /** Same seed, same request: same exercise. */
  seed: number;
  /** The student's most common recent error type (e.g. `IndexError`): the prompt points it out. */
  focusError?: string | null;
}

/** A candidate exercise, not yet validated in the sandbox. */
export interface GeneratedExercise {
  definition: ExerciseDefinition;
  /** Which generator made it and from what: kept with the exercise as its provenance. */
  provenance: { generator: string; template: string | null; seed: number; model?: string };
}

/**
 * Writes candidate exercises. The offline implementation fills parameterised templates
 * (`createTemplateGenerator`); an LLM-backed one (when `LEARNFLOW_LLM_*` is configured) plugs in
 * behind the same interface. Every candidate goes through `generateValidatedExercise`, which
 * runs it in the sandbox before anyone sees it.
 */
export interface ExerciseGenerator {
  readonly kind: string;
  /** The topics it can write for. */
  supports(topic: string): boolean;
  generate(request: GenerationRequest): Promise<GeneratedExercise>;
}
