import { type EventPayload, type Review, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

export interface ReviewedBy {
  userId: string;
  topic: string | null;
  /** The chat request the review answered, when it came from the chat. */
  requestId?: string;
  source: 'api' | 'chat';
}

/** Tells progress that a student's code was reviewed: the score feeds the topic's 20% code quality. */
export async function publishReviewed(
  deps: ServiceDeps,
  by: ReviewedBy,
  review: Review,
  correlationId: string,
): Promise<void> {
  const event: EventPayload<'progress.events'> = {
    userId: by.userId,
    topic: by.topic,
    kind: 'code.reviewed',
    score: review.score,
    detail: {
      source: by.source,
      ...(by.requestId ? { requestId: by.requestId } : {}),
      findings: review.findings.length,
      rules: [...new Set(review.findings.map((f) => f.rule))],
    },
  };
  await deps.events.publish(TOPICS.progressEvents.name, 'learnflow.progress.code-reviewed', event, {
    userId: by.userId,
    correlationId,
  });
}
