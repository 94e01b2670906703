import type { Difficulty, Level } from '@learnflow/contracts';

export interface AdaptedDifficulty {
  difficulty: Difficulty;
  /** Why it differs from the request, for the student; `null` when it does not. */
  reason: string | null;
}

/**
 * Fits a requested difficulty to the student's level on the topic: a Beginner gets at most
 * medium (a step they can take), a student who Mastered the topic at least medium.
 */
export function adaptDifficulty(requested: Difficulty, level: Level): AdaptedDifficulty {
  if (level === 'Beginner' && requested === 'hard')
    return {
      difficulty: 'medium',
      reason:
        'You are a Beginner on this topic, so this is a medium exercise: solve it and the hard ones are next.',
    };
  if (level === 'Mastered' && requested === 'easy')
    return {
      difficulty: 'medium',
      reason: 'You have mastered this topic, so this is a medium exercise rather than an easy one.',
    };
  return { difficulty: requested, reason: null };
}

/** The difficulty to practise at for a level: the one that stretches without overwhelming. */
export const difficultyFor = (level: Level | null): Difficulty =>
  level === 'Proficient' || level === 'Mastered' ? 'hard' : level === 'Learning' ? 'medium' : 'easy';
