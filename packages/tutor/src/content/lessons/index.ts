import type { Lesson } from '@learnflow/contracts';
import { loadLessons } from '@learnflow/curriculum';

/**
 * Every lesson of the curriculum, keyed by topic slug (db/seed/curriculum.json): the `lesson.md` of each
 * topic folder of packages/curriculum/content, validated when this module loads.
 */
export const lessons: Record<string, Lesson> = loadLessons();

/** The lesson of a topic, or undefined for an unknown slug. */
export const lessonFor = (slug: string): Lesson | undefined =>
  Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
