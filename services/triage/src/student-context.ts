import type { EventPayload } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

type StudentContext = EventPayload<'concepts.requests'>['context'];

const RECENT_ERRORS = 5;
const RECENT_WINDOW_MS = 60 * 60 * 1_000;

/**
 * Context enhancement: the topic the student is on (the request's, else the one they
 * touched last), their mastery level there and their recent error types.
 */
export async function studentContext(
  deps: ServiceDeps,
  userId: string,
  topic: string | null,
): Promise<StudentContext> {
  const since = new Date(Date.now() - RECENT_WINDOW_MS);
  const [recent, lastTopic] = await Promise.all([
    deps.db
      .selectFrom('code_runs')
      .select(['error_type', 'created_at'])
      .where('user_id', '=', userId)
      .where('error_type', 'is not', null)
      .where('created_at', '>=', since)
      .orderBy('created_at', 'desc')
      .limit(RECENT_ERRORS)
      .execute(),
    topic
      ? Promise.resolve(undefined)
      : deps.db
          .selectFrom('progress')
          .innerJoin('topics', 'topics.id', 'progress.topic_id')
          .select('topics.slug')
          .where('progress.user_id', '=', userId)
          .orderBy('progress.updated_at', 'desc')
          .executeTakeFirst(),
  ]);
  const slug = topic ?? lastTopic?.slug ?? null;
  const mastery = slug
    ? await deps.db
        .selectFrom('progress')
        .innerJoin('topics', 'topics.id', 'progress.topic_id')
        .select('progress.level')
        .where('progress.user_id', '=', userId)
        .where('topics.slug', '=', slug)
        .executeTakeFirst()
    : undefined;
  return {
    topic: slug,
    masteryLevel: mastery?.level ?? null,
    recentErrors: recent.map((r) => ({
      type: r.error_type as string,
      at: new Date(r.created_at).toISOString(),
    })),
  };
}
