import type { ExerciseDefinition } from '@learnflow/contracts';
import { loadExercises } from '@learnflow/curriculum';

/**
 * The exercise bank, in curriculum order and easy to hard within a topic: the `exercises/<slug>/` folders
 * of packages/curriculum/content, validated when this module loads.
 */
export const exercises: ExerciseDefinition[] = loadExercises();

const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));

/** The bank's exercise with this slug, or `undefined`. */
export function exerciseBySlug(slug: string): ExerciseDefinition | undefined {
  return bySlug.get(slug);
}
