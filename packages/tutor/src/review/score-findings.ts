import type { ReviewFinding, ReviewSeverity } from '@learnflow/contracts';

/** Points one finding costs, by severity. */
export const SEVERITY_WEIGHT: Readonly<Record<ReviewSeverity, number>> = { error: 15, warning: 8, info: 3 };

/** One rule never costs more than this many findings' worth: the same slip repeated is one lesson. */
export const RULE_CAP_FINDINGS = 2;

/** Code that does not parse cannot run yet: a low score, without zeroing the student's effort. */
export const SYNTAX_ERROR_SCORE = 10;

/**
 * The quality score: `100 - sum over rules of min(count * weight, 2 * weight)`, clamped to
 * 0-100, where weight is 15 for an error, 8 for a warning and 3 for an info finding.
 * Clean code scores 100; one unused import costs 8; a mutable default costs 15; ten
 * single-letter names cost 6 in all.
 */
export function scoreFindings(findings: readonly ReviewFinding[]): number {
  const byRule = new Map<string, { weight: number; count: number }>();
  for (const finding of findings) {
    const entry = byRule.get(finding.rule) ?? { weight: SEVERITY_WEIGHT[finding.severity], count: 0 };
    entry.count++;
    byRule.set(finding.rule, entry);
  }
  let deduction = 0;
  for (const { weight, count } of byRule.values()) deduction += Math.min(count, RULE_CAP_FINDINGS) * weight;
  return Math.max(0, Math.min(100, Math.round(100 - deduction)));
}
