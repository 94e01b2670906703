import type { ReviewBody, ReviewResult } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { formatReview, reviewCode } from '@learnflow/tutor';
import { publishReviewed } from './publish-reviewed.ts';

/** `POST /api/review`: reviews the code, counts it towards the student's progress, returns it. */
export async function reviewForUser(
  deps: ServiceDeps,
  userId: string,
  body: ReviewBody,
  correlationId: string,
): Promise<ReviewResult> {
  const review = await reviewCode(body.code);
  await publishReviewed(deps, { userId, topic: body.topic ?? null, source: 'api' }, review, correlationId);
  return { ...review, text: formatReview(review) };
}
