import type { ReviewFinding } from '@learnflow/contracts';
import { escapeRegex } from '../debug/source/escape-regex.ts';
import type { PyToken } from './python-tokens.ts';
import { inline, snippet } from './rule-advice.ts';

const is = (token: PyToken | undefined, kind: string, text?: string) =>
  token?.kind === kind && (text === undefined || token.text === text);

// A loop body longer than this is shown as a pattern, not rewritten.
const MAX_BODY_LINES = 6;

/**
 * LF004: `for i in range(len(items))` (or `range(0, len(items))`), which loops over
 * positions to look each item up, where Python can loop over the items directly. The
 * suggestion is the student's own loop rewritten when its body is short.
 */
export function checkRangeLen(tokens: readonly PyToken[], code: string): ReviewFinding[] {
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
      suggestion:
        rewritten(code, token.line, { items, position, item }) ??
        `Loop over the items, and use \`enumerate\` when you also need the position:${snippet(`for ${item} in ${items}:\n    print(${item})\n\nfor ${position}, ${item} in enumerate(${items}):\n    print(${position}, ${item})`)}`,
      severity: 'info',
    });
  });
  return findings;
}

/**
 * The loop on line `line` written over the items: `items[i]` becomes `item`, and the position stays (with
 * `enumerate`) only where the body still uses it. Null for a body too long to show, with no `items[i]`, one
 * that assigns to `items[i]`, or one that already has a variable named like the item.
 */
function rewritten(
  code: string,
  line: number,
  { items, position, item }: { items: string; position: string; item: string },
): string | null {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const header = lines[line - 1] ?? '';
  const indent = (text: string) => text.length - text.trimStart().length;
  const body: string[] = [];
  for (const text of lines.slice(line)) {
    if (text.trim() !== '' && indent(text) <= indent(header)) break;
    body.push(text);
  }
  while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
  const lookup = `\\b${escapeRegex(items)}\\[\\s*${escapeRegex(position)}\\s*\\]`;
  const named = (name: string) => new RegExp(`\\b${escapeRegex(name)}\\b`);
  // `items[i] = ...` changes the list: the position is needed, so the loop stays as it is.
  const assigned = new RegExp(`${lookup}\\s*(?:[-+*/%]|//|\\*\\*)?=(?!=)`);
  const source = body.join('\n');
  if (
    body.length === 0 ||
    body.length > MAX_BODY_LINES ||
    !new RegExp(lookup).test(source) ||
    assigned.test(source) ||
    named(item).test(source)
  )
    return null;
  const newBody = body.map((row) => row.replace(new RegExp(lookup, 'g'), item));
  const stillUsed = newBody.some((row) => named(position).test(row));
  const loop = stillUsed ? `for ${position}, ${item} in enumerate(${items}):` : `for ${item} in ${items}:`;
  const shift = indent(header);
  const own = [loop, ...newBody.map((row) => row.slice(Math.min(shift, indent(row))))].join('\n');
  return `Loop over the items${stillUsed ? ', with `enumerate` for the position you still use' : ''}:${snippet(own)}`;
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
