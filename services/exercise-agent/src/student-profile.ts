import type { Level } from '@learnflow/contracts';
import { masteryByTopic, recentRunErrors, type ServiceDeps } from '@learnflow/platform';

const RECENT_ERRORS = 20;
const RECENT_WINDOW_MS = 24 * 60 * 60 * 1_000;

export interface StudentProfile {
  /** The student's level on the topic; a topic not started yet is Beginner (mastery 0). */
  level: Level;
  /** Their most common error type of the last day, or null. */
  focusError: string | null;
}

/** The most common type, the most recent one on a tie; `errors` are newest first. */
export function mostCommonError(errors: readonly { type: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const { type } of errors) counts.set(type, (counts.get(type) ?? 0) + 1);
  let best: string | null = null;
  for (const [type, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** What generation adapts to: the student's mastery level on the topic and their recent errors (its own read models). */
export async function studentProfile(
  deps: ServiceDeps,
  userId: string,
  topic: string,
): Promise<StudentProfile> {
  const [mastery, errors] = await Promise.all([
    masteryByTopic(deps.db, 'exercise_mastery', userId),
    recentRunErrors(deps.db, 'exercise_run_errors', userId, {
      withinMs: RECENT_WINDOW_MS,
      limit: RECENT_ERRORS,
    }),
  ]);
  return {
    level: mastery.find((m) => m.topic === topic)?.level ?? 'Beginner',
    focusError: mostCommonError(errors),
  };
}
