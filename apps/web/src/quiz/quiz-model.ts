import type { QuestionResult, QuizAttemptResult } from '../api/practice-types.ts';

/** The per-question verdicts of an attempt, by question id. */
export function questionResults(result: QuizAttemptResult): Map<string, QuestionResult> {
  return new Map(result.results.map((r) => [r.questionId, r]));
}

/** A few words for a score, so the number is never the only feedback. */
export function scoreMessage(score: number): string {
  if (score >= 80) return 'Great work!';
  if (score >= 50) return 'Good effort: read the explanations of the ones you missed.';
  return 'Read the explanations, revisit the lesson, then try again.';
}
