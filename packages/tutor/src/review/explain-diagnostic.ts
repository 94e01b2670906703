import type { Diagnostic } from '@astral-sh/ruff-wasm-nodejs';
import type { ReviewFinding, ReviewSeverity } from '@learnflow/contracts';
import { BUGBEAR } from './catalog-bugbear.ts';
import { NAMING } from './catalog-naming.ts';
import { PYCODESTYLE } from './catalog-pycodestyle.ts';
import { PYFLAKES } from './catalog-pyflakes.ts';
import { PYLINT } from './catalog-pylint.ts';
import { SIMPLIFY } from './catalog-simplify.ts';
import type { AdviceText, RuleAdvice } from './rule-advice.ts';

/** Every Ruff rule the review explains in its own words. */
export const RULE_ADVICE: Readonly<Record<string, RuleAdvice>> = {
  ...PYFLAKES,
  ...PYCODESTYLE,
  ...NAMING,
  ...BUGBEAR,
  ...SIMPLIFY,
  ...PYLINT,
};

const FAMILIES: readonly [prefix: string, severity: ReviewSeverity, what: string][] = [
  ['PLE', 'error', 'Python would refuse this or fail when it runs.'],
  ['F', 'warning', 'It is usually a leftover or a bug.'],
  ['B', 'warning', 'The code runs, but probably does not do what you meant.'],
  ['C4', 'info', 'There is a shorter, clearer way to build this collection.'],
  ['SIM', 'info', 'There is a simpler way to write the same thing.'],
  ['N', 'info', 'Python code follows naming conventions so that everyone can read it easily.'],
];

/** Ruff's diagnostic as a finding a beginner can act on. */
export function explainDiagnostic(diagnostic: Diagnostic): ReviewFinding {
  const rule = diagnostic.code ?? 'ruff';
  const subject = /`([^`]+)`/.exec(diagnostic.message)?.[1] ?? '';
  const advice = RULE_ADVICE[rule] ?? fallbackAdvice(rule, diagnostic);
  return {
    rule,
    line: diagnostic.start_location.row,
    column: diagnostic.start_location.column,
    message: diagnostic.message,
    explanation: render(advice.explanation, subject),
    suggestion: render(advice.suggestion, subject),
    severity: advice.severity,
  };
}

function render(text: AdviceText, subject: string): string {
  return typeof text === 'string' ? text : text(subject);
}

function fallbackAdvice(rule: string, diagnostic: Diagnostic): RuleAdvice {
  const [, severity, what] = FAMILIES.find(([prefix]) => rule.startsWith(prefix)) ?? [
    '',
    'info',
    'Experienced Python programmers avoid this pattern because it makes code harder to read or to change.',
  ];
  const fix = diagnostic.fix?.message;
  return {
    severity,
    explanation: `${diagnostic.message}. ${what}`,
    suggestion: fix
      ? `${fix}.`
      : 'Read the line again with this message in mind, and try the change it hints at.',
  };
}
