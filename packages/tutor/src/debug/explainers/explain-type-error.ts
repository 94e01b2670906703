import { builtinNames } from '../python/builtin-names.ts';
import { findCall, findSubscripts } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { guessType } from '../source/guess-type.ts';
import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { explainCallError } from './explain-call-error.ts';
import { explainOperandError } from './explain-operand-error.ts';
import { noneOrigin } from './none-origin.ts';
import { capital, code, describeType, lineRef, onLine, simple } from './wording.ts';

const functionTypes = new Set(['builtin_function_or_method', 'function', 'method']);

function noneExplained(context: ErrorContext, target: string, doing: string, cause: string): Explained {
  const origin = noneOrigin(target, context.lines, context.line);
  const where = onLine(context.line);
  const holder = target && target !== 'None' ? code(target) : 'the value';
  return {
    cause,
    title:
      target && target !== 'None'
        ? `\`${target}\` is \`None\` here`
        : '`None` is used where a real value is needed',
    what: `${capital(where)}, ${holder} is \`None\` when you ${doing}. ${origin.story}`,
    why: '`None` is Python\'s way of saying "no value". It has no items, can\'t be looped over and has no methods.',
    hints: [
      `Check what ${target ? code(target) : 'it'} holds right before ${lineRef(context.line)}.`,
      origin.story,
      origin.fix,
    ],
    details: { target, noneFrom: origin.cause },
  };
}

function notSubscriptable(context: ErrorContext, type: string): Explained {
  const definitions = findDefinitions(context.lines);
  const line = context.line ?? Number.MAX_SAFE_INTEGER;
  const subs = findSubscripts(context.source ?? '');
  const isFunction = (name: string) =>
    builtinNames.includes(name) || definitions.some((d) => d.kind === 'def' && d.name === name);
  const sub =
    subs.find((s) =>
      functionTypes.has(type) ? isFunction(s.target) : guessType(s.target, definitions, line)?.type === type,
    ) ?? subs[0];
  const target = sub?.target ?? '';
  const where = onLine(context.line);
  if (type === 'NoneType')
    return noneExplained(context, target, 'take an item out of it with `[...]`', 'type.none-subscript');
  if (functionTypes.has(type)) {
    return {
      cause: 'type.brackets-for-call',
      title: `\`${target || 'A function'}\` needs round brackets \`( )\`, not square ones`,
      what: `${capital(where)}, you wrote ${code(`${target}[${sub?.index ?? ''}]`)}. ${code(target)} is a function, and functions are called with round brackets.`,
      why: 'Round brackets `( )` run a function; square brackets `[ ]` pick an item out of a list, text or dictionary.',
      hints: [
        `Look at the brackets right after ${code(target)} ${where}.`,
        `${code(target)} is a function, so it needs ${code('( )')}.`,
        `Write ${code(`${target}(${sub?.index ?? ''})`)}.`,
      ],
      details: { type, target },
    };
  }
  return {
    cause: 'type.not-subscriptable',
    title: `${describeType(type)} has no items to pick with \`[ ]\``,
    what: `${capital(where)}, you wrote ${code(`${target}[${sub?.index ?? ''}]`)}, but ${target ? code(target) : 'that value'} is ${describeType(type)}, which has no items inside.`,
    why: 'Square brackets pick one item out of something that holds several: a list, a piece of text, a dictionary. A single number holds no items.',
    hints: [
      `Check what ${target ? code(target) : 'the value'} holds ${where}.`,
      `${target ? code(target) : 'It'} is ${describeType(type)}, not a list or text.`,
      type === 'int' || type === 'float'
        ? `If you wanted one digit, turn it into text first: ${code(`str(${target || 'n'})[${sub?.index ?? '0'}]`)}; otherwise check which variable should hold the list.`
        : `Use the variable that holds the list (or text), or store a list in ${target ? code(target) : 'it'} instead.`,
    ],
    details: { type, target },
  };
}

function notIterable(context: ErrorContext, type: string, unpack: boolean): Explained {
  const source = context.source ?? '';
  const masked = maskStrings(source);
  const where = onLine(context.line);
  const loop = /\bfor\s+.+?\s+in\s+(.+?)\s*:/d.exec(masked);
  const span = loop?.indices?.[1];
  const target = span
    ? source.slice(span[0], span[1]).trim()
    : (/\bin\s+([\w.]+)/.exec(masked)?.[1] ?? /=\s*([\w.()]+)\s*$/.exec(masked)?.[1] ?? '');
  if (type === 'NoneType')
    return noneExplained(
      context,
      target,
      unpack ? 'split it into several variables' : loop ? 'loop over it' : 'look inside it with `in`',
      'type.none-iterated',
    );
  if (functionTypes.has(type)) {
    return {
      cause: 'type.method-not-called',
      title: `\`${target}\` is a function that was never called`,
      what: `${capital(where)}, you loop over ${code(target)} itself. Without ${code('()')} at the end, the function is not run, so there is nothing to loop over.`,
      why: 'A function only runs when you put round brackets after its name. `text.upper` is the function; `text.upper()` is its result.',
      hints: [
        `Look at the end of ${code(target)} ${where}.`,
        `${code(target)} is missing its brackets ${code('()')}.`,
        `Write ${code(`${target}()`)}.`,
      ],
      details: { type, target },
    };
  }
  const isNumber = type === 'int' || type === 'float';
  if (unpack) {
    return {
      cause: 'type.unpack-non-iterable',
      title: `${capital(describeType(type))} is a single value and can't be split into several variables`,
      what: `${capital(where)}, you assign to several variables at once, but the right side is ${describeType(type)}, a single value.`,
      why: 'Writing `a, b = something` takes `something` apart into pieces, so it must hold several values, e.g. a list or tuple like `1, 2`.',
      hints: [
        `Look at the right side of ${code('=')} ${where}.`,
        `It gives one ${type}, but the left side expects several values.`,
        'Give one value per variable (e.g. `a, b = 1, 2`), or assign to a single variable.',
      ],
      details: { type, target },
    };
  }
  return {
    cause: 'type.not-iterable',
    title: `${describeType(type)} can't be looped over`,
    what: `${capital(where)}, you ${loop ? 'loop over' : 'go through'} ${target ? code(target) : 'a value'}, which is ${describeType(type)}. A loop needs something that holds several items.`,
    why: 'A `for` loop (or `in`) goes through the items of a list, text, range or dictionary one by one. A single number has no items.',
    hints: [
      `Look at what comes after \`in\` ${where}.`,
      `${target ? code(target) : 'It'} is ${describeType(type)}.${isNumber ? ' To repeat something that many times you need `range(...)`.' : ''}`,
      isNumber && loop
        ? `Use ${code(`range(${target})`)}: ${code(source.trim().replace(new RegExp(`\\bin\\s+${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`), `in range(${target}):`))}.`
        : `Loop over a list, text or \`range(...)\` instead.`,
    ],
    details: { type, target },
  };
}

/** TypeError in all its beginner forms. */
export function explainTypeError(context: ErrorContext): Explained {
  const { message } = context;
  const operand = explainOperandError(context);
  if (operand) return operand;
  const call = explainCallError(context);
  if (call) return call;
  const where = onLine(context.line);
  const source = context.source?.trim() ?? '';
  const sub = findSubscripts(source)[0];

  const notSub = /^'(\w+)' object is not subscriptable/.exec(message)?.[1];
  if (notSub) return notSubscriptable(context, notSub);
  const notIter = /^'(\w+)' object is not iterable|^argument of type '(\w+)' is not iterable/.exec(message);
  if (notIter) return notIterable(context, notIter[1] ?? notIter[2] ?? '', false);
  const unpack = /^cannot unpack non-iterable (\w+) object/.exec(message)?.[1];
  if (unpack) return notIterable(context, unpack, true);

  const assign = /^'(\w+)' object does not support item assignment/.exec(message)?.[1];
  if (assign) {
    const isText = assign === 'str';
    return simple(
      isText ? 'type.str-immutable' : assign === 'tuple' ? 'type.tuple-immutable' : 'type.item-assignment',
      isText ? "Text can't be changed one character at a time" : `${describeType(assign)} can't be changed`,
      `${capital(where)}, you try to replace an item inside ${sub ? code(sub.target) : 'a value'}, which is ${describeType(assign)}.`,
      isText
        ? 'Text (a `str`) can never be changed after it is made. You build a new piece of text instead and store it in the variable.'
        : 'A tuple can never be changed after it is made. A list (square brackets) can.',
      [
        `Look at ${sub ? code(`${sub.target}[${sub.index}] = ...`) : 'the assignment'} ${where}.`,
        `${sub ? code(sub.target) : 'It'} is ${describeType(assign)}, which can't be changed in place.`,
        isText && sub
          ? `Build a new text and store it: ${code(`${sub.target} = ${sub.index === '0' ? '' : `${sub.target}[:${sub.index}] + `}"..." + ${sub.target}[${/^\d+$/.test(sub.index) ? Number(sub.index) + 1 : `${sub.index} + 1`}:]`)}, or use ${code(`${sub.target}.replace(...)`)}.`
          : `Use a list instead: ${code(`${sub?.target ?? 'items'} = list(${sub?.target ?? 'items'})`)} first, then change its items.`,
      ],
      { type: assign, target: sub?.target ?? '' },
    );
  }

  const indices = /^(\w+) indices must be integers(?: or slices)?, not '?(\w+)'?/.exec(message);
  if (indices) {
    const [, container = '', type = ''] = indices;
    const fromInput =
      type === 'str' && sub
        ? guessType(sub.index, findDefinitions(context.lines), context.line ?? 1e9)?.fromInput
        : false;
    return simple(
      'type.index-not-int',
      `A position in a ${container} must be a whole number, not ${describeType(type)}`,
      `${capital(where)}, you use ${sub ? code(sub.index) : 'a value'} as the position in ${sub ? code(sub.target) : `a ${container}`}, but it is ${describeType(type)}.`,
      `Items in a ${container} are numbered 0, 1, 2... so the position in \`[ ]\` must be a whole number (an \`int\`).${type === 'str' && container === 'list' ? ' To look things up by a name, use a dictionary.' : ''}`,
      [
        `Look at what is inside the square brackets ${where}.`,
        type === 'float'
          ? `${sub ? code(sub.index) : 'The position'} is a decimal number. Dividing with \`/\` always gives one, even \`4 / 2\` is \`2.0\`.`
          : `${sub ? code(sub.index) : 'The position'} is text${fromInput ? ' from `input()`' : ''}.`,
        type === 'float'
          ? 'Use `//` to divide into a whole number, or wrap it in `int(...)`.'
          : `Convert it: ${code(`${sub?.target ?? 'items'}[int(${sub?.index ?? 'i'})]`)}${container === 'list' ? ', or use a dictionary if you want to look items up by name' : ''}.`,
      ],
      { container, type, target: sub?.target ?? '', index: sub?.index ?? '' },
    );
  }

  const noLen = /^object of type '(\w+)' has no len\(\)/.exec(message)?.[1];
  if (noLen) {
    if (noLen === 'NoneType')
      return noneExplained(
        context,
        /len\(\s*([\w.]+)\s*\)/.exec(source)?.[1] ?? '',
        'ask for its length',
        'type.none-len',
      );
    const arg = /len\(\s*(.+?)\s*\)/.exec(source)?.[1] ?? '';
    return simple(
      'type.no-len',
      `${describeType(noLen)} has no length`,
      `${capital(where)}, you call ${code(`len(${arg})`)}, but ${arg ? code(arg) : 'the value'} is ${describeType(noLen)}.`,
      '`len()` counts the items in a list, the characters in text or the keys of a dictionary. A number has no items to count.',
      [
        `Check what ${arg ? code(arg) : 'the value'} holds ${where}.`,
        `${arg ? code(arg) : 'It'} is ${describeType(noLen)}, not a list or text.`,
        noLen === 'int'
          ? `To count its digits, use ${code(`len(str(${arg || 'n'}))`)}; otherwise pass the list itself.`
          : 'Pass the list or text you want to measure.',
      ],
      { type: noLen, target: arg },
    );
  }

  const notInt = /^'(\w+)' object cannot be interpreted as an integer/.exec(message)?.[1];
  if (notInt) {
    return simple(
      notInt === 'float' ? 'type.float-as-int' : 'type.not-an-integer',
      `A whole number is needed here, not ${describeType(notInt)}`,
      `${capital(where)}, a function that needs a whole number (like \`range()\`) got ${describeType(notInt)}.`,
      notInt === 'float'
        ? '`range()` and friends count in whole steps, so they need an `int`. Dividing with `/` always gives a decimal number (`10 / 2` is `5.0`).'
        : `This function counts in whole steps, so it needs an \`int\`, not ${describeType(notInt)}.`,
      [
        `Find the value passed to \`range(...)\` (or similar) ${where}.`,
        notInt === 'float'
          ? 'That value is a decimal number (`float`), often from a `/` division.'
          : `That value is ${describeType(notInt)}${notInt === 'str' ? ', maybe from `input()`' : ''}.`,
        notInt === 'float'
          ? 'Use `//` (whole-number division) or `int(...)` to make it whole.'
          : 'Convert it with `int(...)` first.',
      ],
      { type: notInt },
    );
  }

  const unhashable = /^unhashable type: '(\w+)'/.exec(message)?.[1];
  if (unhashable) {
    return simple(
      'type.unhashable',
      `${describeType(unhashable)} can't be a dictionary key or a set item`,
      `${capital(where)}, ${describeType(unhashable)} is used as a dictionary key or put in a set.`,
      'Dictionary keys and set items must never change, so Python only allows unchangeable values there: numbers, text, tuples. Lists and dictionaries can change, so they are refused.',
      [
        `Find the key or set item ${where}.`,
        `It is ${describeType(unhashable)}, which can change, so it can't be a key.`,
        unhashable === 'list'
          ? 'Use a tuple instead, e.g. `tuple(my_list)` or `(1, 2)` in place of `[1, 2]`.'
          : 'Use text, a number or a tuple as the key instead.',
      ],
      { type: unhashable },
    );
  }

  const join = /^sequence item (\d+): expected str instance, (\w+) found/.exec(message);
  if (join) {
    const items = findCall(source, '.join')?.args || 'items';
    return simple(
      'type.join-non-str',
      '`join` can only glue text together',
      `${capital(where)}, \`join\` found ${describeType(join[2] ?? '')} at position ${join[1]} of ${code(items)}; every item must be text.`,
      '`", ".join(items)` glues pieces of text together. It won\'t turn numbers into text for you.',
      [
        `Look at the items of ${code(items)} ${where}.`,
        `Item ${join[1]} is ${describeType(join[2] ?? '')}, not text.`,
        `Turn each item into text first: ${code(`", ".join(str(item) for item in ${items})`)}.`,
      ],
      { index: Number(join[1]), type: join[2] ?? '' },
    );
  }

  const argType =
    /^(\w+)\(\) argument must be .*?, not '(\w+)'|^bad operand type for (?:unary )?([^:]+): '(\w+)'|^type (\w+) doesn't define __(\w+)__ method/.exec(
      message,
    );
  if (argType) {
    const fn = argType[1] ?? argType[3] ?? argType[6] ?? '';
    const type = argType[2] ?? argType[4] ?? argType[5] ?? '';
    if (type === 'NoneType')
      return noneExplained(
        context,
        /\(\s*([\w.]+)\s*\)/.exec(source)?.[1] ?? '',
        `pass it to ${code(`${fn}()`)}`,
        'type.none-argument',
      );
    return simple(
      'type.wrong-argument-type',
      `\`${fn}\` can't work with ${describeType(type)}`,
      `${capital(where)}, ${code(fn)} got ${describeType(type)}, which it can't handle.`,
      `Each function expects certain kinds of values. ${code(fn)} doesn't accept ${describeType(type)}.`,
      [
        `Look at what you pass to ${code(fn)} ${where}.`,
        `The value is ${describeType(type)}${type === 'str' ? ' — text, maybe from `input()`' : ''}.`,
        type === 'str'
          ? 'Convert it to a number first with `int(...)` or `float(...)`.'
          : `Pass the kind of value ${code(fn)} expects.`,
      ],
      { function: fn, type },
    );
  }

  return simple(
    'type.other',
    'A value of the wrong type was used',
    `${capital(where)}, Python got a kind of value (a type) it can't use there: ${message}`,
    'Every value in Python has a type: text (`str`), whole numbers (`int`), lists and so on. Each operation only works with certain types.',
    [
      `Look at the values used ${where} and what kind each one is.`,
      `Python's message says: ${code(message)}.`,
      'Convert the value to the type that is needed (e.g. `int(...)`, `str(...)`), or use a different operation.',
    ],
    { message },
  );
}
