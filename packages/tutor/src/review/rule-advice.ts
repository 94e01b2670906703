import type { ReviewSeverity } from '@learnflow/contracts';

/** Text about a finding; a function receives the name Ruff's message quotes (`os`, `MyFunc`). */
export type AdviceText = string | ((subject: string) => string);

/** How the review explains one rule to a beginner. */
export interface RuleAdvice {
  severity: ReviewSeverity;
  /** What it means and why it matters. */
  explanation: AdviceText;
  /** How to improve it, with a small snippet when one helps. */
  suggestion: AdviceText;
}

export type AdviceCatalog = Readonly<Record<string, RuleAdvice>>;

/** A fenced Python snippet for a suggestion. */
export const snippet = (lines: string) => `\n\n\`\`\`python\n${lines}\n\`\`\``;

/** Inline code for Markdown, safe when the text holds a backtick. */
export const inline = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
