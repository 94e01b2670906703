import type { ReviewFinding } from '@learnflow/contracts';
import type { PyToken } from './python-tokens.ts';
import { inline, snippet } from './rule-advice.ts';

const is = (token: PyToken | undefined, kind: string, text?: string) =>
  token?.kind === kind && (text === undefined || token.text === text);

/**
 * LF004: `for i in range(len(items))` (or `range(0, len(items))`), which loops over
 * positions to look each item up, where Python can loop over the items directly.
 */
export function checkRangeLen(tokens: readonly PyToken[]): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'For') return;
    const inAt = tokens.findIndex((t, i) => i > index && t.kind === 'In');
    if (inAt === -1) return;
    let at = inAt + 1;
    if (!is(tokens[at], 'Identifier', 'range') || !is(tokens[at + 1], 'Lpar')) return;
    at += 2;
    if (is(tokens[at], 'Int', '0') && is(tokens[at + 1], 'Comma')) at += 2;
    if (!is(tokens[at], 'Identifier', 'len') || !is(tokens[at + 1], 'Lpar')) return;
    const argument = balanced(tokens, at + 1);
    if (!argument || !is(tokens[argument.end + 1], 'Rpar')) return;
    const target = tokens.slice(index + 1, inAt);
    const position = target.length === 1 && target[0] ? target[0].text : 'i';
    const items = argument.text;
    const item = /^[a-z_]\w+s$/.test(items) && items.length > 3 ? items.slice(0, -1) : 'item';
    findings.push({
      rule: 'LF004',
      line: token.line,
      column: 1,
      message: `${inline(`range(len(${items}))`)} loops over positions instead of items`,
      explanation: `This loop counts positions and then looks each item up with ${inline(`${items}[${position}]`)}. A Python \`for\` loop can hand you the items directly: shorter, easier to read, and no risk of an off-by-one mistake.`,
      suggestion: `Loop over the items, and use \`enumerate\` when you also need the position:${snippet(`for ${item} in ${items}:\n    print(${item})\n\nfor ${position}, ${item} in enumerate(${items}):\n    print(${position}, ${item})`)}`,
      severity: 'info',
    });
  });
  return findings;
}

/** The tokens from the `(` at `open` to its matching `)`, as text, and that `)`'s index. */
function balanced(tokens: readonly PyToken[], open: number): { text: string; end: number } | null {
  let depth = 0;
  let text = '';
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i] as PyToken;
    if (token.kind === 'Lpar' || token.kind === 'Lsqb' || token.kind === 'Lbrace') depth++;
    if (token.kind === 'Rpar' || token.kind === 'Rsqb' || token.kind === 'Rbrace') depth--;
    if (depth === 0) return { text, end: i };
    if (i > open) text += token.kind === 'Comma' ? ', ' : token.text;
  }
  return null;
}
