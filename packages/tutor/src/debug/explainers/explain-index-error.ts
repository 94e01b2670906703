import { escapeRegex } from '../source/escape-regex.ts';
import { findSubscripts } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { guessType } from '../source/guess-type.ts';
import { literalItems } from '../source/literal-items.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine, plural } from './wording.ts';

const why =
  'Python numbers the items of a list (or the characters of text) starting from 0. This position is called the index. A list with 3 items has the indexes 0, 1 and 2, so index 3 does not exist.';

/** IndexError: off-by-one loops, `xs[len(xs)]`, a too-large index, an empty list, `pop()` on an empty list. */
export function explainIndexError(context: ErrorContext): Explained {
  const { message, line } = context;
  const where = onLine(line);
  const source = context.source?.trim() ?? '';
  const definitions = findDefinitions(context.lines);
  const at = line ?? Number.MAX_SAFE_INTEGER;
  const container = /^(\w+)(?: assignment)? index out of range/.exec(message)?.[1] ?? 'list';
  const thing = container === 'string' ? 'text' : container;
  const unit = container === 'string' ? 'character' : 'item';

  if (/^pop from empty/.test(message)) {
    const target = /([\w.]+)\.pop\(/.exec(source)?.[1] ?? '';
    return {
      cause: 'index.pop-empty',
      title: `\`${target || 'The list'}\` is empty, so there is nothing to \`pop()\``,
      what: `${capital(where)}, you call ${code(`${target}.pop()`)}, but ${target ? code(target) : 'the list'} has no items left.`,
      why: '`.pop()` takes the last item out of a list. An empty list has no last item.',
      hints: [
        `Check how many items ${target ? code(target) : 'the list'} has when ${lineRef(line)} runs.`,
        `${target ? code(target) : 'The list'} is empty at that moment; maybe it was never filled, or a loop pops more often than it appends.`,
        `Only pop when there is something to pop: ${code(`if ${target || 'items'}:`)} before ${code(`${target || 'items'}.pop()`)}.`,
      ],
      details: { container, target },
    };
  }

  const subs = findSubscripts(source);
  const guessContainer = container === 'string' ? 'str' : container;
  const likely = subs.filter((s) => guessType(s.target, definitions, at)?.type === guessContainer);
  const pool = likely.length > 0 ? likely : subs;
  // With `xs[i] > xs[i + 1]`, the shifted index is the one that runs past the end.
  const sub = pool.find((s) => /len\(|[+]\s*\d+\s*$/.test(s.index)) ?? pool[0];
  const target = sub?.target ?? '';
  const index = sub?.index ?? '';
  const contents = target ? literalItems(target, definitions, context.lines, at) : null;
  const size = contents && !contents.changes ? contents.items.length : null;
  const sizeText =
    size === null
      ? ''
      : size === 0
        ? ` ${code(target)} is empty (it has no ${unit}s at all).`
        : ` ${code(target)} has ${plural(size, unit)}, so its last index is ${size - 1}.`;
  const details: Record<string, string | number> = { container, target, index };
  if (size !== null) details.length = size;

  if (/assignment index/.test(message)) {
    return {
      cause: 'index.assign-past-end',
      title: `\`${target}[${index}] = ...\` can only replace an item that already exists`,
      what: `${capital(where)}, you store a value at index ${code(index)} of ${code(target)}, but that position doesn't exist yet.${sizeText}`,
      why: `${why} Assigning with \`[ ]\` only replaces existing items; it never makes the list longer.`,
      hints: [
        `Check how long ${code(target)} is when ${lineRef(line)} runs.`,
        `Index ${code(index)} is past the end of ${code(target)}.`,
        `To add a new item at the end, use ${code(`${target}.append(...)`)} instead of ${code(`${target}[${index}] = ...`)}.`,
      ],
      details,
    };
  }

  const loopVariable = /^([A-Za-z_]\w*)(?:\s*[+-]\s*\d+)?$/.exec(index)?.[1] ?? index;
  const loop = definitions.filter((d) => d.kind === 'for' && d.name === loopVariable && d.line <= at).at(-1);
  const loopRange = loop?.value ?? '';
  const lenOf = `len\\(\\s*${escapeRegex(target)}\\s*\\)`;
  const rangePastEnd = new RegExp(`^range\\((?:.*,)?\\s*${lenOf}\\s*\\+\\s*1\\s*\\)`).test(
    loopRange.replace(/\s+/g, ' '),
  );
  const whilePastEnd = context.lines.some((text) =>
    new RegExp(`while\\s+${escapeRegex(index)}\\s*<=\\s*${lenOf}`).test(text),
  );
  const indexIsLen = new RegExp(`^${lenOf}$`).test(index);
  if (target && (rangePastEnd || whilePastEnd || indexIsLen)) {
    const fixed = indexIsLen
      ? source.replace(`[${index}]`, `[${index} - 1]`)
      : rangePastEnd
        ? (context.lines[(loop?.line ?? 1) - 1] ?? '').trim().replace(loopRange, `range(len(${target}))`)
        : (context.lines.find((text) => /while\s.*<=/.test(text)) ?? '').trim().replace('<=', '<');
    return {
      cause: 'index.off-by-one',
      title: `Off by one: the index goes one past the end of \`${target}\``,
      what: indexIsLen
        ? `${capital(where)}, you use ${code(`${target}[${index}]`)}. ${code(index)} is the number of ${unit}s, which is always one more than the last index.${sizeText}`
        : `${capital(where)}, ${code(`${target}[${index}]`)} runs with ${code(index)} going up to ${code(`len(${target})`)}, one past the last index${loop ? ` (see ${code(loopRange)} on line ${loop.line})` : ''}.${sizeText}`,
      why,
      hints: [
        indexIsLen
          ? `What is the biggest index that exists in ${code(target)}?`
          : `Check the last value ${code(index)} takes${loop ? ` in the loop on line ${loop.line}` : ''}.`,
        `The last index is ${code(`len(${target}) - 1`)}, but your code reaches ${code(`len(${target})`)}.`,
        `Stop one earlier: ${code(fixed)}${indexIsLen ? ` (or simply ${code(`${target}[-1]`)} for the last ${unit})` : ''}.`,
      ],
      details,
    };
  }
  const nextItem = new RegExp(`^${escapeRegex(loop?.name ?? '\u0000')}\\s*\\+\\s*1$`).test(
    index.replace(/\s+/g, ' '),
  );
  if (nextItem && /^range\(/.test(loopRange)) {
    return {
      cause: 'index.next-past-end',
      title: `\`${target}[${index}]\` looks one item past the end on the last loop`,
      what: `${capital(where)}, you read the next item, ${code(`${target}[${index}]`)}. On the last turn of the loop (line ${loop?.line}), ${code(loop?.name ?? 'i')} is already the last index, so ${code(index)} is past the end.${sizeText}`,
      why,
      hints: [
        `What is ${code(index)} on the very last turn of the loop on line ${loop?.line}?`,
        `When ${code(loop?.name ?? 'i')} is the last index, ${code(index)} doesn't exist.`,
        `Loop one step less: ${code(`range(len(${target}) - 1)`)}.`,
      ],
      details,
    };
  }
  const literal = /^-?\d+$/.test(index) ? Number(index) : null;
  if (size === 0) {
    return {
      cause: 'index.empty',
      title: `\`${target}\` is empty, so it has no ${unit} at index ${index}`,
      what: `${capital(where)}, you read ${code(`${target}[${index}]`)}, but ${code(target)} is empty (created on line ${contents?.line}).`,
      why,
      hints: [
        `How many ${unit}s does ${code(target)} have when ${lineRef(line)} runs?`,
        `${code(target)} has no ${unit}s at all.`,
        `Fill ${code(target)} first (e.g. with ${code(`${target}.append(...)`)}), or check ${code(`if ${target}:`)} before reading from it.`,
      ],
      details,
    };
  }
  if (literal !== null && size !== null) {
    return {
      cause: 'index.too-large',
      title: `\`${target}\` has ${plural(size, unit)}, so index ${literal} doesn't exist`,
      what: `${capital(where)}, you read ${code(`${target}[${index}]`)}.${sizeText}`,
      why,
      hints: [
        `Count the ${unit}s in ${code(target)} (line ${contents?.line}), starting from 0.`,
        `The indexes of ${code(target)} go from 0 to ${size - 1}; ${literal} is too far.`,
        `Use an index from 0 to ${size - 1}, e.g. ${code(`${target}[${size - 1}]`)} (or ${code(`${target}[-1]`)}) for the last ${unit}.`,
      ],
      details,
    };
  }
  return {
    cause: 'index.out-of-range',
    title: `The index is past the end of ${target ? `\`${target}\`` : `the ${thing}`}`,
    what: `${capital(where)}, you read ${target ? code(`${target}[${index}]`) : `an ${unit}`}, but ${target ? code(target) : `the ${thing}`} has fewer ${unit}s than that.${sizeText}`,
    why,
    hints: [
      `Find out how long ${target ? code(target) : `the ${thing}`} is and what ${index ? code(index) : 'the index'} is when ${lineRef(line)} runs (a \`print\` just before it helps).`,
      `${index ? code(index) : 'The index'} is at least ${target ? code(`len(${target})`) : 'the length'}, but the last index is ${target ? code(`len(${target}) - 1`) : 'the length minus 1'}.`,
      `Keep the index below ${target ? code(`len(${target})`) : 'the length'}, e.g. check ${code(`if ${index || 'i'} < len(${target || 'items'}):`)} first, or loop with ${code(`for item in ${target || 'items'}:`)}.`,
    ],
    details,
  };
}
