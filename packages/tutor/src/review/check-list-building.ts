import type { ReviewFinding } from '@learnflow/contracts';
import { escapeRegex } from '../debug/source/escape-regex.ts';
import { inline, snippet } from './rule-advice.ts';
import { simpleLoops } from './simple-loops.ts';

/**
 * LF005: a loop whose only work is to append to a list it starts empty just before (`squares = []`, then
 * `for n in nums: squares.append(n * n)`, maybe under one `if`): a list comprehension says the same in one
 * line. The suggestion is the student's own loop rewritten.
 */
export function checkListBuilding(code: string): ReviewFinding[] {
  return simpleLoops(code).flatMap(
    ({ line, indent, target, iterable, name, start, condition, statement }) => {
      const added = new RegExp(`^${escapeRegex(name)}\\.append\\((.+)\\)$`).exec(statement)?.[1];
      if (!/^\[\s*\]$/.test(start) || !added) return [];
      const guard = condition ? ` if ${condition}` : '';
      const comprehension = `${name} = [${added} for ${target} in ${iterable}${guard}]`;
      return [
        {
          rule: 'LF005',
          line,
          column: indent.length + 1,
          message: `This loop only builds ${inline(name)}: a list comprehension says it in one line`,
          explanation: `The loop starts ${inline(name)} empty and its only job is to ${inline(`${name}.append(...)`)} one item per pass${guard ? ' that passes the `if`' : ''}. A list comprehension writes exactly that, what goes in and from where, as one expression, so the reader sees at once that ${inline(name)} is a new list made from ${inline(iterable)}.`,
          suggestion: `Replace the empty list and the loop with:${snippet(comprehension)}`,
          severity: 'info',
        },
      ];
    },
  );
}
