import { reviewCode } from '@learnflow/tutor';
import type { Logger } from 'pino';

/** The code-review score of a submission (0-100), or null when the review cannot run. */
export async function qualityScore(code: string, log: Pick<Logger, 'warn'>): Promise<number | null> {
  try {
    return (await reviewCode(code)).score;
  } catch (error) {
    log.warn({ err: error }, 'code review failed; the submission is stored without a quality score');
    return null;
  }
}
