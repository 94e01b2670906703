import type { ReviewFinding } from '@learnflow/contracts';
import { escapeRegex } from '../debug/source/escape-regex.ts';
import { inline, snippet } from './rule-advice.ts';
import { simpleLoops } from './simple-loops.ts';

const RANGE_LEN = /^range\(\s*len\(\s*([A-Za-z_][\w.]*)\s*\)\s*\)$/;

/**
 * LF006: a loop whose only work is to add to a number it starts at 0 just before (`total = 0`, then
 * `for p in prices: total += p`, maybe under one `if`): `sum()` says the same in one call. The
 * suggestion is the student's own loop rewritten: `sum(prices)` for the items themselves (also over
 * `range(len(prices))` with `prices[i]`), else `sum(expression for ... in ...)`.
 */
export function checkSumLoop(code: string): ReviewFinding[] {
  return simpleLoops(code).flatMap(
    ({ line, indent, target, iterable, name, start, condition, statement }) => {
      const own = escapeRegex(name);
      const added =
        new RegExp(`^${own}\\s*\\+=\\s*(.+)$`).exec(statement)?.[1] ??
        new RegExp(`^${own}\\s*=\\s*${own}\\s*\\+\\s*(.+)$`).exec(statement)?.[1];
      if (!/^0(\.0)?$/.test(start) || !added || new RegExp(`\\b${own}\\b`).test(added)) return [];
      const positions = RANGE_LEN.exec(iterable)?.[1];
      const whole =
        condition === null &&
        (added === target || (positions !== undefined && added === `${positions}[${target}]`));
      const total = whole
        ? `sum(${positions ?? iterable})`
        : `sum(${added} for ${target} in ${iterable}${condition ? ` if ${condition}` : ''})`;
      return [
        {
          rule: 'LF006',
          line,
          column: indent.length + 1,
          message: `This loop only adds up ${inline(name)}: ${inline('sum()')} does it in one call`,
          explanation: `The loop starts ${inline(name)} at ${inline(start)} and its only job is to add one value per pass${condition ? ' that passes the `if`' : ''}. Python's built-in ${inline('sum()')} adds up every value it is given, so one line says what the loop means: ${inline(name)} is the total of those values.`,
          suggestion: `Replace the start and the loop with:${snippet(`${name} = ${total}`)}`,
          severity: 'info',
        },
      ];
    },
  );
}
