import type { RunResult } from '@learnflow/sandbox';
import type { LogicFinding } from './types.ts';

const round = (value: number) => Math.round(Math.min(Math.max(value, 0), 0.99) * 100) / 100;

/**
 * Adjusts a finding's confidence with what the traced run of the student's code showed: a loop reported as
 * endless that timed out is confirmed, one in a program that finished is dropped; a function reported as
 * returning nothing is confirmed when the trace shows it returning `None`.
 */
export function confirmWithTrace(finding: LogicFinding, run: RunResult): LogicFinding {
  const steps = run.trace?.steps ?? [];
  if (finding.kind === 'while-never-ends') {
    if (run.timedOut) return { ...finding, confidence: round(finding.confidence + 0.1) };
    const reached = steps.some((step) => step.line === finding.line);
    // The program ended by itself: the loop ended too, or never ran (then it may still be a trap, but unproven).
    if (!run.trace?.truncated)
      return { ...finding, confidence: round(finding.confidence - (reached ? 0.6 : 0.2)) };
  }
  if (finding.kind === 'no-return' || finding.kind === 'print-instead-of-return') {
    const returns = steps.filter((step) => step.event === 'return' && step.function === finding.name);
    if (returns.some((step) => step.locals.__return__ !== 'None')) return { ...finding, confidence: 0 };
    if (returns.length > 0) return { ...finding, confidence: round(finding.confidence + 0.05) };
  }
  return finding;
}
