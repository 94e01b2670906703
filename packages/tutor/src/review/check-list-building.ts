import type { ReviewFinding } from '@learnflow/contracts';
import { escapeRegex } from '../debug/source/escape-regex.ts';
import { inline, snippet } from './rule-advice.ts';

const FOR = /^(\s*)for\s+(.+?)\s+in\s+(.+?):\s*$/;
const IF = /^\s*if\s+(.+?):\s*$/;
const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * LF005: a loop whose only work is to append to a list it starts empty just before (`squares = []`, then
 * `for n in nums: squares.append(n * n)`, maybe under one `if`): a list comprehension says the same in one
 * line. The suggestion is the student's own loop rewritten.
 */
export function checkListBuilding(code: string): ReviewFinding[] {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const findings: ReviewFinding[] = [];
  lines.forEach((text, index) => {
    const header = FOR.exec(text);
    if (!header) return;
    const [, indent = '', target = '', iterable = ''] = header;
    const before = lines
      .slice(0, index)
      .reverse()
      .find((row) => row.trim() !== '');
    const start = before && new RegExp(`^${indent}([A-Za-z_]\\w*)\\s*=\\s*\\[\\s*\\]\\s*$`).exec(before);
    const name = start?.[1];
    if (!name) return;
    const body: string[] = [];
    for (const row of lines.slice(index + 1)) {
      if (row.trim() !== '' && indentOf(row) <= indent.length) break;
      if (row.trim() !== '') body.push(row);
    }
    const append = new RegExp(`^\\s*${escapeRegex(name)}\\.append\\((.+)\\)\\s*$`);
    const guard = body.length === 2 ? IF.exec(body[0] ?? '') : null;
    const added = append.exec(body.at(-1) ?? '');
    if (!added?.[1] || (body.length === 2 && (!guard || indentOf(body[1] ?? '') <= indentOf(body[0] ?? ''))))
      return;
    if (body.length > 2 || body.length === 0) return;
    const condition = guard?.[1] ? ` if ${guard[1]}` : '';
    const comprehension = `${name} = [${added[1]} for ${target} in ${iterable}${condition}]`;
    findings.push({
      rule: 'LF005',
      line: index + 1,
      column: indent.length + 1,
      message: `This loop only builds ${inline(name)}: a list comprehension says it in one line`,
      explanation: `The loop starts ${inline(name)} empty and its only job is to ${inline(`${name}.append(...)`)} one item per pass${condition ? ' that passes the `if`' : ''}. A list comprehension writes exactly that, what goes in and from where, as one expression, so the reader sees at once that ${inline(name)} is a new list made from ${inline(iterable)}.`,
      suggestion: `Replace the empty list and the loop with:${snippet(comprehension)}`,
      severity: 'info',
    });
  });
  return findings;
}
