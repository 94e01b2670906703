import { closestMatch } from '../python/similarity.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { guessType } from '../source/guess-type.ts';
import { literalItems } from '../source/literal-items.ts';
import { maskStrings } from '../source/mask-strings.ts';
import { splitTopLevel } from '../source/split-top-level.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine, plural } from './wording.ts';

function conversion(context: ErrorContext, fn: 'int' | 'float', text: string): Explained {
  const where = onLine(context.line);
  const shown = code(`'${text}'`);
  const source = context.source?.trim() ?? '';
  const call = new RegExp(`\\b${fn}\\(\\s*(.+?)\\s*\\)`).exec(source);
  const arg = call?.[1] ?? 'text';
  const fromInput =
    /input\(/.test(arg) || guessType(arg, findDefinitions(context.lines), context.line ?? 1e9)?.fromInput;
  const why = `${code(`${fn}()`)} turns text into a number, but only when the text looks exactly like ${fn === 'int' ? 'a whole number, such as `"42"`' : 'a number, such as `"3.5"`'}. Anything else and Python can't guess what number you mean.`;
  if (text.trim() === '') {
    return {
      cause: 'value.empty-number',
      title: `\`${fn}()\` got empty text`,
      what: `${capital(where)}, ${code(`${fn}(${arg})`)} got empty text ${code("''")}${fromInput ? ' — the person just pressed Enter without typing anything' : ''}.`,
      why,
      hints: [
        `Check what ${code(arg)} holds when ${lineRef(context.line)} runs.`,
        'The text is empty, and empty text is not a number.',
        `Check before converting, e.g. ${code(`if ${arg === 'text' ? 'answer' : arg}.strip() != "":`)}, or ask again until something is typed.`,
      ],
      details: { function: fn, text },
    };
  }
  const decimal = fn === 'int' && /^\s*[-+]?\d*\.\d+\s*$/.test(text);
  if (decimal) {
    return {
      cause: 'value.int-from-decimal',
      title: `\`int()\` can't read the decimal number ${shown}`,
      what: `${capital(where)}, ${code(`int(${arg})`)} got ${shown}. It has a decimal point, and \`int()\` only reads whole numbers from text.`,
      why,
      hints: [
        `Look at the text passed to \`int()\` ${where}.`,
        `${shown} is a decimal number, so \`int()\` refuses it.`,
        `Use ${code(`float(${arg})`)} instead, or ${code(`int(float(${arg}))`)} if you want to drop the decimals.`,
      ],
      details: { function: fn, text },
    };
  }
  const spaced = /^\s*[-+]?[\d,. ]+\s*$/.test(text) && /[, ]/.test(text.trim());
  return {
    cause: fn === 'int' ? 'value.int-parse' : 'value.float-parse',
    title: `${shown} is not a number, so \`${fn}()\` can't convert it`,
    what: `${capital(where)}, ${code(`${fn}(${arg})`)} got ${shown}, which isn't ${fn === 'int' ? 'a whole number' : 'a number'}${fromInput ? ' (it is what was typed at the `input()` prompt)' : ''}.`,
    why,
    hints: [
      `Check what text reaches ${code(`${fn}()`)} ${where}.`,
      spaced
        ? `${shown} contains commas or spaces, which \`${fn}()\` can't read.`
        : `${shown} has characters that aren't digits.`,
      spaced
        ? `Remove them first, e.g. ${code(`${fn}(${arg}.replace(",", ""))`)}.`
        : fn === 'int'
          ? `Only convert text that is a number: check with ${code(`${arg}.isdigit()`)} first, or use \`try:\` / \`except ValueError:\` to ask again.`
          : `Only convert text that is a number: put ${code(`float(${arg})`)} inside \`try:\` and handle \`except ValueError:\` (e.g. ask again).`,
    ],
    details: { function: fn, text },
  };
}

function unpacking(context: ErrorContext, expected: number, got: number | null, tooMany: boolean): Explained {
  const where = onLine(context.line);
  const source = context.source?.trim() ?? '';
  const masked = maskStrings(source);
  const definitions = findDefinitions(context.lines);
  const loop = /^for\s+(.+?)\s+in\s+(.+?)\s*:/d.exec(masked);
  const match = loop ?? /^([\w\s,()*[\]]+?)\s*=(?!=)\s*(.+)$/d.exec(masked);
  const part = (group: number) => {
    const span = match?.indices?.[group];
    return span ? source.slice(span[0], span[1]).trim() : '';
  };
  const targets = part(1);
  const value = part(2);
  const names = splitTopLevel(targets.replace(/^\(|\)$/g, '')).length || expected;
  const contents = /^[A-Za-z_]\w*$/.test(value)
    ? literalItems(value, definitions, context.lines, context.line ?? 1e9)
    : null;
  const isDict =
    contents?.kind === 'dict' || guessType(value, definitions, context.line ?? 1e9)?.type === 'dict';
  if (loop && isDict) {
    return {
      cause: 'value.unpack-dict-items',
      title: 'Looping over a dictionary gives only its keys',
      what: `${capital(where)}, ${code(`for ${targets} in ${value}:`)} expects ${expected} values each time, but looping over the dictionary ${code(value)} gives one key at a time.`,
      why: 'A `for` loop over a dictionary goes through its keys only. `.items()` gives `(key, value)` pairs, which can be split into two variables.',
      hints: [
        `What does one turn of the loop over ${code(value)} give you?`,
        `Each turn gives just a key, so it can't be split into ${code(targets)}.`,
        `Loop over the pairs: ${code(`for ${targets} in ${value}.items():`)}.`,
      ],
      details: { expected, variables: targets, value },
    };
  }
  const literal = /^[[(]/.test(value)
    ? splitTopLevel(value.slice(1, -1)).filter((i) => i !== '').length
    : null;
  const bare = !loop && splitTopLevel(value).length > 1 ? splitTopLevel(value).length : null;
  const count =
    got ??
    literal ??
    bare ??
    (contents && !contents.changes && contents.kind !== 'dict' ? contents.items.length : null);
  const rightSide = value ? code(value) : 'the right side';
  return {
    cause: tooMany ? 'value.unpack-too-many' : 'value.unpack-too-few',
    title: tooMany
      ? `More values than variables: ${count ?? `more than ${expected}`} values for ${plural(names, 'variable')}`
      : `Fewer values than variables: ${count ?? 'fewer'} values for ${plural(names, 'variable')}`,
    what: `${capital(where)}, you split ${rightSide} into ${plural(names, 'variable')}${targets ? ` (${code(targets)})` : ''}, but it holds ${count === null ? (tooMany ? 'more' : 'fewer') : count} values${loop ? ' on at least one turn of the loop' : ''}.`,
    why: 'Writing `a, b = ...` (unpacking) gives each variable one value, so the number of values on the right must match the number of names on the left exactly.',
    hints: [
      `Count the names left of ${loop ? '`in`' : '`=`'} and the values in ${rightSide}.`,
      `There are ${names} names but ${count ?? (tooMany ? 'more' : 'fewer')} values.`,
      tooMany
        ? `Add a variable for each value, or take only what you need, e.g. ${code(`${targets.split(',')[0]?.trim() || 'a'}, *rest = ${value || '...'}`)}.`
        : 'Remove a variable, or make sure the right side holds one value per name.',
    ],
    details: { expected, ...(count !== null ? { got: count } : {}), variables: targets, value },
  };
}

/** ValueError: text that isn't a number, unpacking the wrong count, `remove` of a missing item, maths domain... */
export function explainValueError(context: ErrorContext): Explained {
  const { message } = context;
  const where = onLine(context.line);
  const source = context.source?.trim() ?? '';
  const intText = /^invalid literal for int\(\) with base \d+: '(.*)'$/.exec(message);
  if (intText) return conversion(context, 'int', intText[1] ?? '');
  const floatText = /^could not convert string to float: '(.*)'$/.exec(message);
  if (floatText) return conversion(context, 'float', floatText[1] ?? '');
  const many = /^too many values to unpack \(expected (\d+)(?:, got (\d+))?\)/.exec(message);
  if (many) return unpacking(context, Number(many[1]), many[2] ? Number(many[2]) : null, true);
  const few = /^not enough values to unpack \(expected (\d+), got (\d+)\)/.exec(message);
  if (few) return unpacking(context, Number(few[1]), Number(few[2]), false);

  const notIn = /^list\.remove\(x\): x not in list|^(.+) is not in list$/.exec(message);
  if (notIn) {
    const call = /([\w.]+)\.(remove|index)\(\s*(.+?)\s*\)/.exec(source);
    const [, target = 'items', method = 'remove', item = notIn[1] ?? 'x'] = call ?? [];
    const contents = literalItems(target, findDefinitions(context.lines), context.lines, context.line ?? 1e9);
    const near = contents
      ? closestMatch(
          item.replace(/^['"]|['"]$/g, ''),
          contents.items.map((i) => i.replace(/^['"]|['"]$/g, '')),
        )
      : null;
    return {
      cause: 'value.not-in-list',
      title: `${code(item)} is not in \`${target}\``,
      what: `${capital(where)}, ${code(`${target}.${method}(${item})`)} looks for ${code(item)}, but ${code(target)} doesn't contain it.${contents && !contents.changes ? ` It holds ${contents.items.map((i) => code(i)).join(', ') || 'nothing'}.` : ''}`,
      why: `\`.${method}(x)\` only works when \`x\` is in the list; it doesn't quietly skip a missing item.`,
      hints: [
        `Check what ${code(target)} holds when ${lineRef(context.line)} runs.`,
        near
          ? `${code(item)} is not in the list, but ${code(near)} is: check spelling and capitals.`
          : `${code(item)} is not in ${code(target)} at that moment.`,
        `Check first: ${code(`if ${item} in ${target}:`)} before ${code(`${target}.${method}(${item})`)}.`,
      ],
      details: { target, item, method, ...(near ? { suggestion: near } : {}) },
    };
  }
  if (/^math domain error/.test(message)) {
    const fn = /math\.(\w+)\(/.exec(source)?.[1] ?? 'sqrt';
    return {
      cause: 'value.math-domain',
      title: `\`math.${fn}\` got a number it can't work with`,
      what: `${capital(where)}, ${code(`math.${fn}(...)`)} got a value outside what it accepts${fn === 'sqrt' ? ', a negative number' : fn.startsWith('log') ? ', zero or a negative number' : ''}.`,
      why:
        fn === 'sqrt'
          ? 'A negative number has no real square root, so `math.sqrt(-4)` is an error.'
          : 'Some maths functions only work for some numbers: `log` needs a number above 0, `sqrt` needs 0 or more.',
      hints: [
        `Print the value passed to ${code(`math.${fn}`)} just before ${lineRef(context.line)}.`,
        `That value is outside what ${code(`math.${fn}`)} accepts.`,
        `Check the value first (e.g. ${code('if x >= 0:')}), or use ${code('abs(x)')} if the sign doesn't matter.`,
      ],
      details: { function: fn },
    };
  }
  if (/^Exceeds the limit \(\d+ digits\)/.test(message)) {
    return {
      cause: 'value.int-too-long',
      title: 'The number has too many digits to turn into text',
      what: `${capital(where)}, a whole number with thousands of digits was turned into text (for example by \`print\` or \`str()\`).`,
      why: 'Python limits this to 4300 digits, because turning gigantic numbers into text is very slow. Usually such a number means a calculation grew much more than intended.',
      hints: [
        'Look at how the number was calculated: does it grow in a loop?',
        'It has more than 4300 digits.',
        'Check the calculation (e.g. `**` or a loop that multiplies too often); print `len(str(n))` on a smaller case to see how it grows.',
      ],
      details: {},
    };
  }
  const empty = /^(max|min)\(\) (?:arg is an empty sequence|iterable argument is empty)/.exec(message)?.[1];
  if (empty) {
    return {
      cause: 'value.empty-sequence',
      title: `\`${empty}()\` got an empty list`,
      what: `${capital(where)}, ${code(`${empty}()`)} got a list (or other collection) with nothing in it.`,
      why: `There is no ${empty === 'max' ? 'biggest' : 'smallest'} item in an empty list, so Python can't give an answer.`,
      hints: [
        `Check what you pass to ${code(`${empty}()`)} ${where}.`,
        'It is empty when this line runs.',
        `Check it isn't empty first (${code('if items:')}), or give a fallback: ${code(`${empty}(items, default=0)`)}.`,
      ],
      details: { function: empty },
    };
  }
  return {
    cause: 'value.other',
    title: 'The value has the right type but an unusable content',
    what: `${capital(where)}, a function got a value of the right kind but with content it can't use: ${code(message)}.`,
    why: 'A ValueError means the type is fine (for example it is text) but the value itself is not acceptable.',
    hints: [
      `Print the values used ${where} to see what they really are.`,
      `Python's message says: ${code(message)}.`,
      'Check or clean the value before passing it on, or handle it with `try:` / `except ValueError:`.',
    ],
    details: { message },
  };
}
