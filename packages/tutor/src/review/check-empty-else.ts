import type { ReviewFinding } from '@learnflow/contracts';
import type { PyToken } from './python-tokens.ts';
import { inline } from './rule-advice.ts';

// Between `else:` and its body: layout that carries no code.
const SKIPPED = new Set(['Newline', 'NonLogicalNewline', 'Comment', 'Indent']);
const LINE_ENDS = new Set(['Newline', 'NonLogicalNewline', 'Comment']);

/**
 * LF007: an `else:` (of an `if`, a loop or a `try`) whose whole body is `pass`, on its own line or after the
 * colon. It does nothing: without it the code does exactly the same.
 */
export function checkEmptyElse(tokens: readonly PyToken[]): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as PyToken;
    if (token.kind !== 'Else' || tokens[i + 1]?.kind !== 'Colon') continue;
    let j = i + 2;
    const indented = tokens[j]?.kind === 'Newline';
    while (j < tokens.length && SKIPPED.has((tokens[j] as PyToken).kind)) j++;
    if (tokens[j]?.kind !== 'Pass') continue;
    j++;
    if (tokens[j] !== undefined && tokens[j]?.kind !== 'Newline' && tokens[j]?.kind !== 'Comment') continue;
    while (j < tokens.length && LINE_ENDS.has((tokens[j] as PyToken).kind)) j++;
    // An indented body ends at the `pass` when a dedent (or the end of the code) follows it.
    if (indented && tokens[j] !== undefined && tokens[j]?.kind !== 'Dedent') continue;
    findings.push({
      rule: 'LF007',
      line: token.line,
      column: 1,
      message: `The ${inline('else')} branch only says ${inline('pass')}`,
      explanation: `An ${inline('else:')} whose only statement is ${inline('pass')} does nothing: when the condition is false, Python would carry on after the ${inline('if')} anyway. It makes a reader look for a case that is not there.`,
      suggestion: `Delete the ${inline('else:')} line and its ${inline('pass')}; the code does exactly the same without them.`,
      severity: 'info',
    });
  }
  return findings;
}
