import { builtinNames } from '../python/builtin-names.ts';
import { escapeRegex } from '../source/escape-regex.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { maskStrings } from '../source/mask-strings.ts';
import { mutators, whileLoops } from '../source/while-loops.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { code } from './wording.ts';

const words = new Set(['and', 'or', 'not', 'in', 'is', 'True', 'False', 'None', ...builtinNames]);

function changes(body: string[], name: string): boolean {
  const n = escapeRegex(name);
  const assigned = new RegExp(
    `(?:^|[\\s,(])${n}\\s*(?:[-+*/%]|//|\\*\\*)?=(?!=)|\\bfor\\s+(?:.*\\b)?${n}\\b.*\\bin\\b|\\b${n}\\s*:=`,
  );
  const mutated = new RegExp(`\\b${n}${mutators.source}`);
  return body.some((text) => assigned.test(text) || mutated.test(text));
}

/** A run the sandbox stopped at its time limit: usually a loop whose condition never becomes False. */
export function explainTimeout(context: ErrorContext): Explained {
  const loops = whileLoops(context.lines);
  const ownFunctions = findDefinitions(context.lines)
    .filter((d) => d.kind === 'def')
    .map((d) => new RegExp(`\\b${escapeRegex(d.name)}\\s*\\(`));
  const why =
    'The sandbox stops every program after a few seconds, so a program that never finishes is cut off. The usual cause is a `while` loop whose condition never becomes False, because nothing inside the loop changes it.';
  for (const loop of loops) {
    const forever = /^(?:True|1)$/.test(loop.condition.trim());
    const exits = loop.body.some((text) =>
      /^\s*(?:break|return)\b|\b(?:exit|quit)\s*\(|sys\.exit\s*\(/.test(text),
    );
    if (forever && !exits) {
      return {
        line: loop.line,
        cause: 'timeout.while-true-no-break',
        title: `\`while ${loop.condition}:\` on line ${loop.line} never stops`,
        what: `The loop on line ${loop.line} runs "while True", which is always true, and nothing inside it ever uses \`break\` to leave. So it ran until the time limit stopped the program.`,
        why,
        hints: [
          `Look at the loop on line ${loop.line}: how is it supposed to end?`,
          `${code(`while ${loop.condition}:`)} never becomes False by itself, and the loop has no \`break\`.`,
          'Add a `break` inside an `if` for the moment the loop should stop (e.g. `if answer == "quit": break`), or write the real condition after `while`.',
        ],
        details: { loopLine: loop.line, condition: loop.condition },
      };
    }
    const variables = [...new Set(loop.condition.match(/[A-Za-z_]\w*(?:\.\w+)*/g) ?? [])]
      .map((name) => name.split('.')[0] ?? name)
      .filter((name) => !words.has(name));
    const callsOwn = loop.body.some((text) => ownFunctions.some((call) => call.test(text)));
    if (
      !forever &&
      !callsOwn &&
      variables.length > 0 &&
      !exits &&
      variables.every((name) => !changes(loop.body, name))
    ) {
      const names = variables.map((name) => code(name)).join(' and ');
      return {
        line: loop.line,
        cause: 'timeout.loop-variable-unchanged',
        title: `The loop on line ${loop.line} never changes ${variables.map((name) => `\`${name}\``).join(', ')}, so it never ends`,
        what: `The loop ${code(`while ${loop.condition}:`)} on line ${loop.line} keeps going while its condition is True. Nothing inside the loop changes ${names}, so the condition stays True forever and the program ran until the time limit stopped it.`,
        why,
        hints: [
          `Look at the lines inside the loop on line ${loop.line}: which of them changes ${names}?`,
          `None of them does, so ${code(loop.condition)} is True on every turn.`,
          `Update it inside the loop so the condition eventually becomes False, e.g. ${code(`${variables[0]} += 1`)} as the last line of the loop body.`,
        ],
        details: { loopLine: loop.line, condition: loop.condition, variables: variables.join(', ') },
      };
    }
  }
  const sleep = context.lines.findIndex((text) => /\bsleep\s*\(\s*\d{2,}/.test(maskStrings(text)));
  const loop = loops[0];
  return {
    ...(loop ? { line: loop.line } : sleep >= 0 ? { line: sleep + 1 } : {}),
    cause: loop ? 'timeout.loop-never-ends' : 'timeout.too-slow',
    title: 'The program took too long and was stopped',
    what: loop
      ? `The program ran until the time limit. The \`while\` loop on line ${loop.line} (${code(`while ${loop.condition}:`)}) most likely never reaches a point where its condition is False.`
      : 'The program ran until the time limit: it is doing far more work than expected, or waiting (e.g. `time.sleep`).',
    why,
    hints: [
      loop
        ? `Follow the loop on line ${loop.line} by hand for two or three turns: what happens to the values in its condition?`
        : 'Find the part of the program that repeats the most (loops, functions calling themselves).',
      loop
        ? 'On some path through the loop the condition never becomes False (e.g. an `if` skips the update).'
        : 'It repeats far too many times (e.g. `range(10 ** 9)`) or waits too long.',
      loop
        ? 'Make sure every turn of the loop moves towards the end (update the variable on every path), or add a `break`.'
        : 'Reduce the number of repetitions, or remove long waits, and try with small values first.',
    ],
    details: loop ? { loopLine: loop.line, condition: loop.condition } : {},
  };
}
