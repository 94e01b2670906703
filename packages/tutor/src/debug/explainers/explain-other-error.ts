import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine } from './wording.ts';

/** StopIteration, OverflowError, EOFError, RuntimeError and any error without its own explainer. */
export function explainOtherError(context: ErrorContext): Explained {
  const { type, message, line } = context;
  const where = capital(onLine(line));
  const source = context.source?.trim() ?? '';
  if (type === 'StopIteration') {
    const it = /next\(\s*([\w.]+)/.exec(source)?.[1] ?? '';
    return {
      cause: 'iteration.exhausted',
      title: `\`next(${it})\` ran out of items`,
      what: `${where}, ${code(`next(${it})`)} asks for the next item, but ${it ? code(it) : 'the iterator'} has already given out all of its items.`,
      why: '`next()` takes one item at a time from an iterator (something that hands out items, like `iter(list)` or a generator). When it runs out, it raises `StopIteration`.',
      hints: [
        `Count how many times \`next(${it})\` runs and how many items there are.`,
        `${it ? code(it) : 'The iterator'} is empty by the time ${lineRef(line)} runs.`,
        `Give a default for the end: ${code(`next(${it || 'it'}, None)`)}, or use a \`for\` loop, which stops by itself.`,
      ],
      details: { iterator: it },
    };
  }
  if (type === 'OverflowError') {
    return {
      cause: 'overflow.float',
      title: 'The number got too big for a decimal number',
      what: `${where}, a calculation produced a decimal number (a \`float\`) bigger than Python can store (about 1.8 × 10³⁰⁸): ${code(message)}.`,
      why: 'Whole numbers (`int`) can grow without limit, but decimal numbers (`float`) have a maximum size. `**`, `math.exp` and `math.pow` on big values can go past it.',
      hints: [
        `Look at the calculation ${onLine(line)}: which value grows so large?`,
        'A decimal number went past its maximum size, usually from a power or a loop that multiplies too often.',
        'Check the loop or the formula (should it grow that fast?), or keep it a whole number (`int`) with `**` on ints instead of floats.',
      ],
      details: { message },
    };
  }
  if (type === 'EOFError') {
    return {
      cause: 'input.no-more-input',
      title: '`input()` had nothing left to read',
      what: `${where}, ${code(source || 'input()')} waits for a typed answer, but this run has no more input to give it.`,
      why: 'When a program runs here, `input()` reads from the input box (stdin) given with the run. When that is empty, or every line has been used, there is nothing left and Python raises `EOFError` (End Of File).',
      hints: [
        `Count the \`input()\` calls your program makes, up to ${lineRef(line)}.`,
        'There are more `input()` calls than lines of input given to the run.',
        'Type one line of input per `input()` call in the input box before running, or test with fixed values instead of `input()`.',
      ],
      details: {},
    };
  }
  if (type === 'RuntimeError' && /changed size during iteration/.test(message)) {
    const what = /^(\w+)/.exec(message)?.[1]?.toLowerCase() === 'set' ? 'set' : 'dictionary';
    return {
      cause: 'runtime.changed-during-loop',
      title: `The ${what} was changed while a loop was going through it`,
      what: `${where}, your loop adds or removes items of the ${what} it is looping over.`,
      why: `A \`for\` loop walks through the ${what} item by item; adding or removing items in the middle would make it lose its place, so Python stops.`,
      hints: [
        'Find the loop and the line inside it that adds or removes items.',
        `The loop changes the same ${what} it is going through.`,
        `Loop over a copy instead, e.g. \`for key in list(d):\`, or collect the changes in a new ${what} and apply them after the loop.`,
      ],
      details: { message },
    };
  }
  return {
    cause: 'other.unknown',
    title: `${type}: ${message || 'the program stopped with an error'}`,
    what: `${where}, Python stopped with a ${code(type)}${message ? `: ${message}` : ''}.`,
    why: `A ${code(type)} means something went wrong while this line ran. The message after the colon says what Python noticed.`,
    hints: [
      `Look at the line Python points to${line === null ? '' : ` (line ${line})`} and at the values it uses.`,
      message
        ? `Python's message says: ${code(message)}.`
        : 'Print the values used on that line just before it runs to see what is unexpected.',
      'Check each value on that line against what it should be; fix the first one that is off.',
    ],
    details: { message },
  };
}
