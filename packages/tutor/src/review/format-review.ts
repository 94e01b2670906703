import type { Review, ReviewFinding, ReviewSeverity } from '@learnflow/contracts';

/** Findings the Markdown review walks through; the rest are summed up in one line. */
export const TOP_FINDINGS = 5;

const RANK: Readonly<Record<ReviewSeverity, number>> = { error: 0, warning: 1, info: 2 };

function headline(review: Review): string {
  const { score, findings } = review;
  if (findings[0]?.rule === 'syntax-error')
    return "Almost there! Python can't read this code yet because of one syntax mistake. Let's fix that first.";
  if (findings.length === 0) return 'Excellent work: I found nothing to improve!';
  if (score >= 90) return 'Great job! Just a little polish left.';
  if (score >= 70) return 'Good work! A few changes will make this code even better.';
  if (score >= 40) return 'Nice effort! Here are the most useful things to work on next.';
  return "Good start! Let's work through these one at a time: each fix makes the next one easier.";
}

function renderFinding(finding: ReviewFinding, index: number): string {
  return [
    `**${index + 1}. Line ${finding.line}: ${finding.message}** (\`${finding.rule}\`)`,
    '',
    finding.explanation,
    '',
    `**Try this:** ${finding.suggestion}`,
  ].join('\n');
}

/**
 * The review as Markdown for the chat: the score, what the code does well, then the most
 * important findings (bugs first) with their explanations, in an encouraging tone.
 */
export function formatReview(review: Review): string {
  const parts = [`## Code review: ${review.score}/100`, headline(review)];
  if (review.strengths.length > 0)
    parts.push(`**What you did well**\n${review.strengths.map((s) => `- ${s}`).join('\n')}`);
  const ranked = [...review.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line);
  const top = ranked.slice(0, TOP_FINDINGS);
  if (top.length > 0) {
    parts.push(top.length === 1 ? '**What to improve**' : `**What to improve** (most important first)`);
    parts.push(...top.map(renderFinding));
  }
  const rest = ranked.length - top.length;
  if (rest > 0)
    parts.push(
      `_…and ${rest} smaller point${rest === 1 ? '' : 's'} (${[...new Set(ranked.slice(TOP_FINDINGS).map((f) => f.rule))].join(', ')}); fix the ones above first._`,
    );
  if (review.findings.length > 0)
    parts.push(
      'Make one change at a time, run your code to check it still works, and ask me for another review anytime.',
    );
  return parts.join('\n\n');
}
