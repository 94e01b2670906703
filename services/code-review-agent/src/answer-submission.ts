import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { codeOfRequest, formatReview, reviewCode } from '@learnflow/tutor';
import { publishReviewed } from './publish-reviewed.ts';

type RoutedRequest = EventPayload<'code.submissions'>;

export const ASK_FOR_CODE =
  "I'd love to review your code! Paste it in the code editor (or in your message between ``` marks) and ask again, and I'll tell you what you did well and what could be even better.";

/**
 * Answers a chat request routed for review: the formatted review on `learning.responses`
 * (with the score and findings as data) and a `code.reviewed` progress event. Without
 * code, it kindly asks for some.
 */
export async function answerSubmission(
  deps: ServiceDeps,
  request: RoutedRequest,
  correlationId: string,
): Promise<void> {
  const code = codeOfRequest(request);
  const review = code === null ? null : await reviewCode(code);
  const response: EventPayload<'learning.responses'> = {
    requestId: request.requestId,
    userId: request.userId,
    intent: 'review',
    agent: 'code-review-agent',
    kind: 'final',
    text: review ? formatReview(review) : ASK_FOR_CODE,
    data: review
      ? {
          score: review.score,
          findings: review.findings,
          strengths: review.strengths,
          summary: review.summary,
        }
      : { needsCode: true },
  };
  const context = { userId: request.userId, correlationId };
  await deps.events.publish(TOPICS.learningResponses.name, 'learnflow.learning.responded', response, context);
  if (review) {
    await publishReviewed(
      deps,
      { userId: request.userId, topic: request.topic, requestId: request.requestId, source: 'chat' },
      review,
      correlationId,
    );
  }
}
