import type { Level } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

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

/** What generation adapts to: the student's mastery level on the topic and their recent errors. */
export async function studentProfile(
  deps: ServiceDeps,
  userId: string,
  topic: string,
): Promise<StudentProfile> {
  const [progress, errors] = await Promise.all([
    deps.db
      .selectFrom('progress')
      .innerJoin('topics', 'topics.id', 'progress.topic_id')
      .select('progress.level')
      .where('progress.user_id', '=', userId)
      .where('topics.slug', '=', topic)
      .executeTakeFirst(),
    deps.db
      .selectFrom('code_runs')
      .select('error_type')
      .where('user_id', '=', userId)
      .where('error_type', 'is not', null)
      .where('created_at', '>=', new Date(Date.now() - RECENT_WINDOW_MS))
      .orderBy('created_at', 'desc')
      .limit(RECENT_ERRORS)
      .execute(),
  ]);
  return {
    level: progress?.level ?? 'Beginner',
    focusError: mostCommonError(errors.map((e) => ({ type: e.error_type as string }))),
  };
}
