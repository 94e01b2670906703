import { findOperations } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine } from './wording.ts';

/** ZeroDivisionError: names the divisor, and why it is 0 when the code shows it (an empty list, a counter at 0). */
export function explainZeroDivision(context: ErrorContext): Explained {
  const { line, message } = context;
  const where = onLine(line);
  const source = context.source?.trim() ?? '';
  const modulo = /modulo/.test(message) && !/division/.test(message);
  const operators = modulo ? ['%'] : ['/', '//', '%'];
  const ops = operators.flatMap((operator) =>
    findOperations(source, operator).map((op) => ({ ...op, operator })),
  );
  const op = ops.find((o) => /^(?:0+(?:\.0*)?|len\(.*\))$/.test(o.right)) ?? ops[0];
  const divisor = op?.right.replace(/^\((.*)\)$/, '$1') ?? '';
  const operator = op?.operator ?? (modulo ? '%' : '/');
  const action = operator === '%' ? 'take the remainder of a division by' : 'divide by';
  const why =
    'Dividing by zero has no answer in maths (how many times does 0 fit into 10?), so Python stops instead of guessing. `%` (the remainder) divides too, so it has the same rule.';
  const details: Record<string, string | number> = { operator, divisor };
  const emptyList = /^len\(\s*(.+?)\s*\)$/.exec(divisor)?.[1];

  if (emptyList) {
    return {
      cause: 'zero.empty-list',
      title: `\`${emptyList}\` is empty, so \`len(${emptyList})\` is 0`,
      what: `${capital(where)}, you ${action} ${code(divisor)}, the number of items in ${code(emptyList)}. On this run ${code(emptyList)} has no items, so you are dividing by 0.`,
      why,
      hints: [
        `What is in ${code(emptyList)} when ${lineRef(line)} runs?`,
        `${code(emptyList)} is empty, so ${code(divisor)} is 0 — for example the average of no numbers.`,
        `Handle the empty case first: ${code(`if ${emptyList}:`)} before dividing (or ${code(`if len(${emptyList}) == 0: return 0`)}).`,
      ],
      details: { ...details, list: emptyList },
    };
  }
  if (/^0+(?:\.0*)?$/.test(divisor)) {
    return {
      cause: 'zero.literal',
      title: `Dividing by the number 0`,
      what: `${capital(where)}, you ${action} ${code(divisor)}, which is zero.`,
      why,
      hints: [
        `Look at the number after ${code(operator)} ${where}.`,
        `It is ${code(divisor)}.`,
        "Use the number you meant to divide by, which can't be 0.",
      ],
      details,
    };
  }
  const assigned = /^[A-Za-z_]\w*$/.test(divisor)
    ? findDefinitions(context.lines).filter((d) => d.name === divisor && (line === null || d.line <= line))
    : [];
  const zeroStart = assigned.find((d) => d.kind === 'assign' && /^0+(?:\.0*)?$/.test(d.value ?? ''));
  const neverChanged = zeroStart && assigned.every((d) => d === zeroStart);
  return {
    cause: neverChanged ? 'zero.never-updated' : 'zero.division',
    title: divisor ? `\`${divisor}\` is 0 here` : 'Division by zero',
    what: `${capital(where)}, you ${action} ${divisor ? code(divisor) : 'a number'}, and on this run it is 0.${zeroStart ? ` It starts at 0 on line ${zeroStart.line}${neverChanged ? ' and nothing changes it before this line' : ''}.` : ''}`,
    why,
    hints: [
      `Find out what ${divisor ? code(divisor) : 'the number you divide by'} is just before ${lineRef(line)} (a \`print\` helps).`,
      neverChanged
        ? `${code(divisor)} is still 0: the code that should change it never ran (or changes a different variable).`
        : `${divisor ? code(divisor) : 'The number you divide by'} is 0 on this run.`,
      `Make sure it can't be 0, or check first: ${code(`if ${divisor || 'n'} != 0:`)} before dividing.`,
    ],
    details,
  };
}
