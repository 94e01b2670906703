import type { ErrorExplanation } from './types.ts';

const hintLabels = ['Hint 1 — where to look', 'Hint 2 — what is wrong', 'Hint 3 — how to fix it'] as const;

/**
 * The explanation as Markdown for the chat: what happened, where (the quoted line), why, and the hints up to
 * `hintLevel`. Callers raise the level when the same error comes back (see `hintLevelFor`).
 */
export function formatExplanation(explanation: ErrorExplanation, hintLevel: 1 | 2 | 3): string {
  const parts = [`**${explanation.type}: ${explanation.title}**`, `**What happened:** ${explanation.what}`];
  if (explanation.line !== null || explanation.quotedLine !== null) {
    const where = explanation.line === null ? '**Where:**' : `**Where:** line ${explanation.line}`;
    parts.push(
      explanation.quotedLine === null ? where : `${where}\n\n\`\`\`python\n${explanation.quotedLine}\n\`\`\``,
    );
  }
  parts.push(`**Why:** ${explanation.why}`);
  const level = Math.min(Math.max(hintLevel, 1), 3);
  explanation.hints.slice(0, level).forEach((hint, index) => {
    parts.push(`**${hintLabels[index]}:** ${hint}`);
  });
  if (level < 3) parts.push('_Still stuck? Ask again and you will get the next hint._');
  return parts.join('\n\n');
}
