import type { Lesson } from '@learnflow/contracts';
import { basicsLessons } from './basics.ts';
import { controlFlowLessons } from './control-flow.ts';
import { dataStructuresLessons } from './data-structures.ts';
import { errorsLessons } from './errors.ts';
import { filesLessons } from './files.ts';
import { functionsLessons } from './functions.ts';
import { librariesLessons } from './libraries.ts';
import { oopLessons } from './oop.ts';

/** Every lesson of the curriculum, keyed by topic slug (db/seed/curriculum.json). */
export const lessons: Record<string, Lesson> = {
  ...basicsLessons,
  ...controlFlowLessons,
  ...dataStructuresLessons,
  ...functionsLessons,
  ...oopLessons,
  ...filesLessons,
  ...errorsLessons,
  ...librariesLessons,
};

/** The lesson of a topic, or undefined for an unknown slug. */
export const lessonFor = (slug: string): Lesson | undefined =>
  Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
