import type { Level } from '../api/types.ts';

/** The CSS class of a level: Beginner red, Learning yellow, Proficient green, Mastered blue. */
export const levelClass = (level: Level) => `level-${level.toLowerCase()}`;
