import type { RunResult } from '@learnflow/sandbox';
import type { LogicFinding } from './types.ts';

const round = (value: number) => Math.round(Math.min(Math.max(value, 0), 0.99) * 100) / 100;

// A loop (or a loop's "new best" branch) the program reached and left without running its body once, in a run
// that finished by itself.
const NEVER_RAN = 0.8;

/**
 * Adjusts a finding's confidence with what the traced run of the student's code showed: a loop reported as
 * endless that timed out is confirmed, one in a program that finished is dropped; a function reported as
 * returning nothing is confirmed when the trace shows it returning `None`; a loop whose body never ran is
 * only ever known from the trace, with the values its condition or iterable had when the loop was reached, and so
 * is a "new largest" branch that never ran because the start value beat every item.
 */
export function confirmWithTrace(finding: LogicFinding, run: RunResult): LogicFinding {
  const steps = run.trace?.steps ?? [];
  if (finding.kind === 'loop-never-runs' || finding.kind === 'extreme-start-value')
    return confirmNeverRan(finding, run);
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

function confirmNeverRan(finding: LogicFinding, run: RunResult): LogicFinding {
  const trace = run.trace;
  const bodyLine = Number(finding.detail.bodyLine);
  const reached = trace?.steps.find((step) => step.event === 'line' && step.line === finding.line);
  if (
    !trace ||
    trace.truncated ||
    run.timedOut ||
    run.error ||
    !reached ||
    trace.steps.some((s) => s.line === bodyLine)
  )
    return { ...finding, confidence: 0 };
  const names = (finding.detail.variables ?? '').split(', ').filter(Boolean);
  const values = names
    .map((name) => [name, reached.locals[name] ?? reached.globals[name]] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name} = ${value}`)
    .join(', ');
  return { ...finding, confidence: NEVER_RAN, detail: { ...finding.detail, values } };
}
