import type { Diagnostic } from '@astral-sh/ruff-wasm-nodejs';
import type { Review, ReviewFinding, ReviewSeverity } from '@learnflow/contracts';
import { checkEmptyElse } from './check-empty-else.ts';
import { checkFunctionShape } from './check-function-shape.ts';
import { checkListBuilding } from './check-list-building.ts';
import { checkRangeLen } from './check-range-len.ts';
import { checkShortNames } from './check-short-names.ts';
import { checkSumLoop } from './check-sum-loop.ts';
import { explainDiagnostic } from './explain-diagnostic.ts';
import { explainSyntaxError } from './explain-syntax-error.ts';
import { findStrengths } from './find-strengths.ts';
import { loadRuff } from './load-ruff.ts';
import { tokenize } from './python-tokens.ts';
import { SYNTAX_ERROR_SCORE, scoreFindings } from './score-findings.ts';

/** At most this many findings are returned (the score counts them all). */
export const MAX_FINDINGS = 100;

const RANK: Readonly<Record<ReviewSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Reviews Python code with Ruff plus LearnFlow's own checks (LF001 long function, LF002 deep
 * nesting, LF003 single-letter names, LF004 `range(len(x))` loops, LF005 a loop that only builds a list, LF006 one that only adds up a number, LF007 an `else` that only passes). Code that does not parse
 * gets a single syntax finding, since Ruff's other rules are unreliable on invalid code.
 */
export async function reviewCode(code: string): Promise<Review> {
  if (code.trim() === '') {
    return { score: 0, findings: [], strengths: [], summary: 'There is no code to review yet.' };
  }
  const { workspace } = await loadRuff();
  const diagnostics = workspace.check(code) as Diagnostic[];
  const syntaxErrors = diagnostics.filter((d) => d.code === null || d.code === 'invalid-syntax');
  if (syntaxErrors.length > 0) {
    const finding = explainSyntaxError(code, syntaxErrors);
    return {
      score: SYNTAX_ERROR_SCORE,
      findings: [finding],
      strengths: [],
      summary: `Python cannot read this code yet: there is a syntax error on line ${finding.line}. Fix it first, then the full review can run.`,
    };
  }
  const tokens = tokenize(workspace, code);
  const findings = [
    ...diagnostics.map(explainDiagnostic),
    ...checkFunctionShape(tokens),
    ...checkShortNames(tokens),
    ...checkRangeLen(tokens, code),
    ...checkListBuilding(code),
    ...checkSumLoop(code),
    ...checkEmptyElse(tokens),
  ];
  const score = scoreFindings(findings);
  return {
    score,
    findings: topFindings(findings),
    strengths: findStrengths(tokens, findings),
    summary: summarize(score, findings),
  };
}

/** The most severe findings when there are too many, in the order of the code. */
function topFindings(findings: readonly ReviewFinding[]): ReviewFinding[] {
  return [...findings]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line)
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function summarize(score: number, findings: readonly ReviewFinding[]): string {
  if (findings.length === 0) return `Score ${score}/100: no issues found.`;
  const count = (severity: ReviewSeverity) => findings.filter((f) => f.severity === severity).length;
  const parts = [
    [count('error'), 'likely bug', 'likely bugs'],
    [count('warning'), 'thing to improve', 'things to improve'],
    [count('info'), 'style tip', 'style tips'],
  ] as const;
  const described = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `Score ${score}/100: ${described.join(', ')}.`;
}
