import type { ExerciseDefinition } from '@learnflow/contracts';
import { basicsExercises } from './basics.ts';
import { controlFlowExercises } from './control-flow.ts';
import { dataStructuresExercises } from './data-structures.ts';
import { errorsExercises } from './errors.ts';
import { filesExercises } from './files.ts';
import { functionsExercises } from './functions.ts';
import { librariesExercises } from './libraries.ts';
import { oopExercises } from './oop.ts';

/** The exercise bank: every module's exercises, in curriculum order. */
export const exercises: ExerciseDefinition[] = [
  ...basicsExercises,
  ...controlFlowExercises,
  ...dataStructuresExercises,
  ...functionsExercises,
  ...oopExercises,
  ...filesExercises,
  ...errorsExercises,
  ...librariesExercises,
];

const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));

/** The bank's exercise with this slug, or `undefined`. */
export function exerciseBySlug(slug: string): ExerciseDefinition | undefined {
  return bySlug.get(slug);
}
