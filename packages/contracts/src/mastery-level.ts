import { z } from 'zod';

/** A student's mastery of a topic, in words: 0-40 Beginner, 41-70 Learning, 71-90 Proficient, 91-100 Mastered. */
export const LevelSchema = z.enum(['Beginner', 'Learning', 'Proficient', 'Mastered']);
export type Level = z.infer<typeof LevelSchema>;

/** The levels, lowest first. */
export const LEVELS: readonly Level[] = LevelSchema.options;

/** The level of a whole-number mastery score. */
export function levelOf(mastery: number): Level {
  if (mastery <= 40) return 'Beginner';
  if (mastery <= 70) return 'Learning';
  if (mastery <= 90) return 'Proficient';
  return 'Mastered';
}
