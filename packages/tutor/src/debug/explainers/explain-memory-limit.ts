import { maskStrings } from '../source/mask-strings.ts';
import { mutators, whileLoops } from '../source/while-loops.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { code } from './wording.ts';

/** A run that used more memory than the sandbox allows: a list growing forever, or one gigantic value. */
export function explainMemoryLimit(context: ErrorContext): Explained {
  const limit = /(\d+)\s*MB/.exec(context.message)?.[1];
  const limitText = limit ? ` (${limit} MB)` : '';
  const growing = whileLoops(context.lines).find(
    (loop) =>
      /^(?:True|1)$/.test(loop.condition.trim()) &&
      loop.body.some((text) => mutators.test(text) || /\+=/.test(text)),
  );
  const why = `Every value your program keeps (each item in a list, each piece of text) uses memory, and programs here may only use a limited amount${limitText}. When the program keeps more and more, it is stopped.`;
  if (growing) {
    const at = growing.body.findIndex((text) => mutators.test(text) || /\+=/.test(text));
    const grows = growing.source[at]?.trim() ?? '';
    const target = /([\w.]+)\s*(?:\.\w+\(|\+=)/.exec(grows)?.[1] ?? 'the list';
    return {
      line: growing.line,
      cause: 'memory.growing-forever',
      title: `\`${target}\` keeps growing in an endless loop`,
      what: `The loop on line ${growing.line} never ends, and every turn adds more to ${code(target)} (${code(grows)}). It grew until the program ran out of memory${limitText}.`,
      why,
      hints: [
        `Look at the loop on line ${growing.line} and what it adds on each turn.`,
        `The loop never stops, so ${code(target)} grows without limit.`,
        'Give the loop an end (a real condition or a `break`), so it only adds as many items as you need.',
      ],
      details: { loopLine: growing.line, target, ...(limit ? { limitMb: Number(limit) } : {}) },
    };
  }
  const huge = context.lines.findIndex((text) =>
    /\*\s*\(?\s*10\s*\*\*\s*\d{2,}|\*\*\s*\d{3,}|range\(\s*10\s*\*\*\s*\d+/.test(maskStrings(text)),
  );
  const at = huge >= 0 ? huge + 1 : (context.line ?? undefined);
  return {
    ...(at ? { line: at } : {}),
    cause: huge >= 0 ? 'memory.huge-value' : 'memory.exceeded',
    title: 'The program used too much memory',
    what: `${huge >= 0 ? `Line ${huge + 1} builds an enormous value` : `The program${context.line ? ` (at line ${context.line})` : ''} kept more data than allowed`}, so it ran out of memory${limitText}.`,
    why,
    hints: [
      at
        ? `Look at line ${at}: how big does the value there get?`
        : 'Find the list or text in your program that grows the most.',
      'Something is much bigger than intended, e.g. a list built from a huge `range`, or text repeated millions of times.',
      'Work with smaller amounts, or process items one at a time in a loop instead of keeping them all in a list.',
    ],
    details: limit ? { limitMb: Number(limit) } : {},
  };
}
