import type { EventPayload } from '@learnflow/contracts';
import { masteryByTopic, recentRunErrors, type ServiceDeps } from '@learnflow/platform';

type StudentContext = EventPayload<'concepts.requests'>['context'];

const RECENT_ERRORS = 5;
const RECENT_WINDOW_MS = 60 * 60 * 1_000;

/**
 * Context enhancement: the topic the student is on (the request's, else the one whose mastery
 * changed last), their mastery level there and their recent error types, from triage's own read
 * models of runs and mastery.
 */
export async function studentContext(
  deps: ServiceDeps,
  userId: string,
  topic: string | null,
): Promise<StudentContext> {
  const [recent, mastery] = await Promise.all([
    recentRunErrors(deps.db, 'triage_run_errors', userId, {
      withinMs: RECENT_WINDOW_MS,
      limit: RECENT_ERRORS,
    }),
    masteryByTopic(deps.db, 'triage_mastery', userId),
  ]);
  const slug = topic ?? mastery[0]?.topic ?? null;
  return {
    topic: slug,
    masteryLevel: mastery.find((m) => m.topic === slug)?.level ?? null,
    recentErrors: recent.map((r) => ({ type: r.type, at: r.at.toISOString() })),
  };
}
