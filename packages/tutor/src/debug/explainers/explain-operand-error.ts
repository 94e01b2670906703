import { findCall, findOperations, type Operation } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { type GuessedType, guessType } from '../source/guess-type.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { noneOrigin } from './none-origin.ts';
import { capital, code, describeType, lineRef, onLine } from './wording.ts';

interface Operands {
  operator: string;
  leftType: string;
  rightType: string;
  left: string | null;
  right: string | null;
  leftGuess: GuessedType | null;
  rightGuess: GuessedType | null;
}

const numbers = new Set(['int', 'float']);
const augmented = (operator: string) => operator.length > 1 && operator.endsWith('=') && operator !== '==';

/** Reads the operator and operand types from a TypeError message; `null` when it is not an operand error. */
function readMessage(message: string): { operator: string; leftType: string; rightType: string } | null {
  const concat = /^can only concatenate (\w+) \(not "(\w+)"\) to \w+$/.exec(message);
  if (concat) return { operator: '+', leftType: concat[1] ?? '', rightType: concat[2] ?? '' };
  const unsupported =
    /^unsupported operand type\(s\) for ([^:]+?)(?: or pow\(\))?: '(\w+)' and '(\w+)'$/.exec(message);
  if (unsupported)
    return {
      operator: unsupported[1] ?? '',
      leftType: unsupported[2] ?? '',
      rightType: unsupported[3] ?? '',
    };
  const compare = /^'([<>=!]+)' not supported between instances of '(\w+)' and '(\w+)'$/.exec(message);
  if (compare) return { operator: compare[1] ?? '', leftType: compare[2] ?? '', rightType: compare[3] ?? '' };
  const multiply = /^can't multiply sequence by non-int of type '(\w+)'$/.exec(message);
  if (multiply) return { operator: '*', leftType: 'str', rightType: multiply[1] ?? '' };
  return null;
}

function findOperands(context: ErrorContext, read: NonNullable<ReturnType<typeof readMessage>>): Operands {
  const definitions = findDefinitions(context.lines);
  const line = context.line ?? Number.MAX_SAFE_INTEGER;
  const guess = (text: string) => guessType(text, definitions, line);
  const source = context.source ?? '';
  let candidates: Operation[];
  if (augmented(read.operator)) {
    const match = new RegExp(
      `^\\s*([\\w.\\[\\]"']+)\\s*${read.operator.replace(/[*+?^$|\\/]/g, '\\$&')}\\s*(.+)$`,
    ).exec(source);
    candidates = match
      ? [{ left: match[1] ?? '', leftChain: match[1] ?? '', right: (match[2] ?? '').trim() }]
      : [];
  } else {
    candidates = findOperations(source, read.operator);
  }
  const score = (op: Operation) => {
    let points = 0;
    if (guess(op.right)?.type === read.rightType) points += 2;
    if (guess(op.left)?.type === read.leftType || guess(op.leftChain)?.type === read.leftType) points += 1;
    return points;
  };
  const best = candidates.reduce<Operation | null>(
    (top, op) => (top === null || score(op) > score(top) ? op : top),
    null,
  );
  const left = best ? (best.leftChain.length <= 40 ? best.leftChain : best.left) : null;
  return {
    ...read,
    left,
    right: best?.right ?? null,
    leftGuess: best ? (guess(best.left) ?? guess(best.leftChain)) : null,
    rightGuess: best ? guess(best.right) : null,
  };
}

/** `source` with the `+` operand `text` wrapped in `str(...)`; `null` when it cannot be found. */
function wrapOperand(source: string, text: string, side: 'left' | 'right'): string | null {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(side === 'right' ? `\\+\\s*${escaped}` : `${escaped}\\s*\\+`).exec(source);
  if (!match) return null;
  const wrapped = match[0].replace(text, `str(${text})`);
  return source.slice(0, match.index) + wrapped + source.slice(match.index + match[0].length);
}

/** `"Age: "`, which is text (a `str`) — or just the type when the operand text is unknown. */
function operand(text: string | null, type: string): string {
  return text ? `${code(text)}, which is ${describeType(type)}` : describeType(type);
}

/** TypeError from an operator: text + number, comparing text with a number, `None` in a sum, text * text... */
export function explainOperandError(context: ErrorContext): Explained | null {
  const read = readMessage(context.message);
  if (!read) return null;
  const ops = findOperands(context, read);
  const { operator, leftType, rightType, left, right } = ops;
  const where = onLine(context.line);
  const source = context.source?.trim() ?? '';
  const op = code(operator);
  const both = `${operand(left, leftType)}${left ? ',' : ''} and ${operand(right, rightType)}`;
  const details = { operator, leftType, rightType, left: left ?? '', right: right ?? '' };
  const types = [leftType, rightType];
  const isCompare = /^[<>]=?$/.test(operator);

  if (types.includes('NoneType')) {
    const noneSide = leftType === 'NoneType' ? left : right;
    const origin = noneOrigin(noneSide ?? '', context.lines, context.line);
    return {
      cause: 'type.none-operand',
      title: `One side of \`${operator}\` is \`None\``,
      what: `${capital(where)}, you used ${op} with ${both}. ${origin.story}`,
      why: '`None` is Python\'s way of saying "no value". You can\'t add, compare or do maths with it.',
      hints: [
        `Check what ${noneSide ? code(noneSide) : 'each side'} holds right before ${lineRef(context.line)} runs.`,
        origin.story,
        origin.fix,
      ],
      details: { ...details, noneFrom: origin.cause },
    };
  }

  const textSide = leftType === 'str' ? 'left' : rightType === 'str' ? 'right' : null;
  const sum = findCall(source, 'sum');
  if (operator === '+' && !left && !right && sum && types.includes('str')) {
    const items = sum.args || 'items';
    return {
      cause: 'type.sum-of-text',
      title: '`sum()` can only add numbers, but there is text in the list',
      what: `${capital(where)}, ${code(`sum(${items})`)} adds the items one by one, starting from 0, and found text (a \`str\`) among them. Text like ${code('"5"')} is not the number ${code('5')}.`,
      why: '`sum()` uses `+` on each item. A number plus text has no meaning, so Python stops.',
      hints: [
        `Check what kind of values are inside ${code(items)}.`,
        'Some items are text, maybe read with `input()` or from a file, and were never turned into numbers.',
        `Convert them while adding: ${code(`sum(int(x) for x in ${items})`)}.`,
      ],
      details,
    };
  }
  const otherType = textSide === 'left' ? rightType : leftType;
  const textGuess = textSide === 'left' ? ops.leftGuess : ops.rightGuess;
  const otherText = textSide === 'left' ? right : left;
  const textText = textSide === 'left' ? left : right;
  if (textSide && numbers.has(otherType) && textGuess?.fromInput && textText) {
    const inputLine = textGuess.line ? context.lines[textGuess.line - 1]?.trim() : null;
    const wrap = otherType === 'float' ? 'float' : 'int';
    const fixed = inputLine?.replace(/\binput\s*\((.*)\)/, (call) => `${wrap}(${call})`);
    return {
      cause: 'type.input-not-converted',
      title: `\`${textText}\` is text from \`input()\`, not a number`,
      what: `${capital(where)}, you used ${op} with ${both}. ${code(textText)} came from \`input()\`${textGuess.line ? ` on line ${textGuess.line}` : ''}, and \`input()\` always gives you text, even when the person types digits.`,
      why: `Python won't mix text and numbers with ${op}: ${code('"5"')} (text) and ${code('5')} (a number) are different kinds of values.`,
      hints: [
        `Where does ${code(textText)} get its value? Look at the \`input()\` call${textGuess.line ? ` on line ${textGuess.line}` : ''}.`,
        `\`input()\` returns text (a \`str\`), so ${code(textText)} is text, and ${op} can't combine it with the number ${otherText ? code(otherText) : ''}.`,
        `Turn the answer into a number right away${fixed ? `: ${code(fixed)}` : ` with ${code(`${wrap}(input(...))`)}`}.`,
      ],
      details: { ...details, inputLine: textGuess.line ?? 0 },
    };
  }

  if (textSide && numbers.has(otherType) && (operator === '+' || operator === '+=')) {
    const fixed = otherText ? wrapOperand(source, otherText, textSide === 'left' ? 'right' : 'left') : null;
    return {
      cause: `type.str-plus-${otherType}`,
      title: `Text and a number can't be joined with \`+\``,
      what: `${capital(where)}, you used ${op} with ${both}. Python can add two numbers or join two pieces of text, but not one of each.`,
      why: '`+` means two different things: for numbers it adds (`2 + 3` is `5`), for text it glues (`"a" + "b"` is `"ab"`). With one of each, Python refuses to guess which you meant.',
      hints: [
        `Look at the two sides of the ${op} ${where}: what kind of value is each one?`,
        `${otherText ? code(otherText) : 'One side'} is a number (${code(otherType)}), but ${textText ? code(textText) : 'the other side'} is text (${code('str')}).`,
        fixed
          ? `Turn the number into text with \`str()\`: ${code(fixed)}. An f-string also works: ${code(`f"...{${otherText}}"`)}.`
          : 'Turn the number into text with `str(...)` before joining, or use an f-string like `f"Age: {age}"`.',
      ],
      details,
    };
  }

  if (isCompare && textSide && numbers.has(otherType)) {
    return {
      cause: 'type.compare-str-number',
      title: "Text and a number can't be compared with `<` or `>`",
      what: `${capital(where)}, you compared with ${op}: ${both}.`,
      why: 'Python can tell which of two numbers is bigger, or which text comes first alphabetically, but not whether text is bigger than a number.',
      hints: [
        `Check what kind of value each side of ${op} holds ${where}.`,
        `${textText ? code(textText) : 'One side'} is text; ${otherText ? code(otherText) : 'the other'} is a number. Text read with \`input()\` stays text until you convert it.`,
        `Convert the text to a number first, e.g. ${code(`int(${textText ?? 'value'})`)}.`,
      ],
      details,
    };
  }

  if (operator === '*' && leftType === 'str') {
    const byFloat = rightType === 'float';
    return {
      cause: byFloat ? 'type.multiply-by-float' : 'type.multiply-text',
      title: byFloat
        ? 'Text can only be repeated a whole number of times'
        : "Text can't be multiplied by text",
      what: `${capital(where)}, you used \`*\` with a piece of text (or a list) and ${describeType(rightType)}.`,
      why: byFloat
        ? '`"ab" * 3` repeats text 3 times; repeating it 2.5 times has no meaning, so Python needs a whole number (`int`).'
        : '`*` with text repeats it (`"ab" * 3` is `"ababab"`), so the other side must be a whole number. If you wanted maths, both sides must be numbers.',
      hints: [
        `Look at the \`*\` ${where}: what kind of value is each side?`,
        byFloat
          ? 'The number of repeats is a decimal number (`float`).'
          : 'Both sides are text; maybe they came from `input()` and were never turned into numbers.',
        byFloat
          ? 'Use a whole number, e.g. `int(...)` or `round(...)` around it.'
          : 'If you want to do maths, convert them first with `int(...)` or `float(...)`.',
      ],
      details,
    };
  }

  const listSide = leftType === 'list' && (operator === '+' || operator === '+=');
  return {
    cause: listSide ? 'type.list-plus-item' : textSide ? 'type.str-plus-other' : 'type.unsupported-operand',
    title: `\`${operator}\` doesn't work between ${describeType(leftType)} and ${describeType(rightType)}`,
    what: `${capital(where)}, you used ${op} with ${both}.`,
    why: `Each kind of value supports its own operations. Python has no rule for ${op} between ${describeType(leftType)} and ${describeType(rightType)}, so it stops.`,
    hints: [
      `Look at both sides of ${op} ${where} and ask what kind of value each one holds.`,
      `The left side is ${describeType(leftType)} and the right side is ${describeType(rightType)}; ${op} can't combine them.`,
      listSide
        ? `To add one item to a list, use ${code(`${left ?? 'items'}.append(${right ?? 'item'})`)}; ${op} only joins two lists.`
        : `Convert one side so both are the same kind (e.g. \`str(...)\`, \`int(...)\`, \`list(...)\`), or use a different operation.`,
    ],
    details,
  };
}
