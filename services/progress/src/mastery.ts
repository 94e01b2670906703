import type { MasteryComponents } from '@learnflow/contracts';

/** The weights of the business rule, in tenths: 40% exercises, 30% quizzes, 20% quality, 10% consistency. */
export const WEIGHTS = { exercises: 4, quizzes: 3, quality: 2, consistency: 1 } as const;

/** A component as stored (numeric(5,2)): clamped to 0-100 and rounded half-up to hundredths. */
export const toHundredths = (value: number) =>
  Math.floor(Math.min(100, Math.max(0, value)) * 100 + 0.5 + 1e-9) / 100;

/**
 * Mastery from its components: the weighted sum, rounded half-up to a whole number.
 * Computed in integer thousandths so 40.5 is exactly 40.5 (and becomes 41), never 40.4999.
 */
export function masteryOf(components: MasteryComponents): number {
  let thousandths = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    thousandths += WEIGHTS[key] * Math.round(toHundredths(components[key]) * 100);
  }
  return Math.floor((thousandths + 500) / 1_000);
}

export const DIFFICULTY_WEIGHT = { easy: 1, medium: 2, hard: 3 } as const;

/**
 * Exercises component: the difficulty-weighted mean of the best score on each of the
 * topic's exercises, where the topic's bank exercises count 0 until attempted and a
 * generated exercise joins once attempted.
 */
export function exercisesComponent(
  exercises: readonly { difficulty: keyof typeof DIFFICULTY_WEIGHT; best: number | null }[],
): number {
  let weighted = 0;
  let total = 0;
  for (const exercise of exercises) {
    const weight = DIFFICULTY_WEIGHT[exercise.difficulty];
    weighted += weight * (exercise.best ?? 0);
    total += weight;
  }
  return total === 0 ? 0 : toHundredths(weighted / total);
}

/** Consistency component: the streak, capped at a week, as a percentage. */
export const consistencyComponent = (streak: number) => toHundredths((Math.min(streak, 7) / 7) * 100);
