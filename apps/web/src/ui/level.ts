import type { Level } from '../api/types.ts';

export const LEVELS: readonly Level[] = ['Beginner', 'Learning', 'Proficient', 'Mastered'];

/** The level of a mastery score (ARCHITECTURE.md: 0-40, 41-70, 71-90, 91-100). */
export function levelOf(mastery: number): Level {
  if (mastery > 90) return 'Mastered';
  if (mastery > 70) return 'Proficient';
  if (mastery > 40) return 'Learning';
  return 'Beginner';
}

/** The CSS class of a level: Beginner red, Learning yellow, Proficient green, Mastered blue. */
export const levelClass = (level: Level) => `level-${level.toLowerCase()}`;
