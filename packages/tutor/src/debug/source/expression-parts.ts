import { maskStrings } from './mask-strings.ts';

/** One binary operation found in a line: the operands as written. */
export interface Operation {
  /** The operand just left of the operator. */
  left: string;
  /** Everything chained left of the operator with the same operator (`"a" + b` in `"a" + b + c`). */
  leftChain: string;
  right: string;
}

/** One `target[index]` found in a line. */
export interface Subscript {
  target: string;
  index: string;
}

const openers = '([{';
const closers = ')]}';
const stops = ',;=+-*/%<>!&|^~:@';
const keywordPrefix = /^(?:(?:return|if|elif|while|and|or|not|in|is|else|yield|assert|print)\s+)+/;

function operatorAt(masked: string, index: number, operator: string): boolean {
  if (!masked.startsWith(operator, index)) return false;
  const before = masked[index - 1] ?? '';
  const after = masked[index + operator.length] ?? '';
  if ('+-*/%=<>!&|^@'.includes(after)) return false;
  if ('*/<>=!'.includes(before) && operator !== '-' && operator !== '+') return false;
  if (before === operator[0]) return false;
  if (operator === '-' || operator === '+') {
    const previous = masked.slice(0, index).trimEnd();
    if (previous === '' || `${stops}([{`.includes(previous.at(-1) ?? '')) return false;
    if (/\b(?:return|and|or|not|in|if|else|print)$/.test(previous)) return false;
  }
  return true;
}

function walkLeft(masked: string, from: number, chainOperator: string | null): number {
  let index = from;
  while (index >= 0 && masked[index] === ' ') index -= 1;
  let depth = 0;
  for (; index >= 0; index--) {
    const char = masked[index] ?? '';
    if (closers.includes(char)) depth += 1;
    else if (openers.includes(char)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && chainOperator && operatorAt(masked, index, chainOperator)) {
    } else if (depth === 0 && (stops.includes(char) || char === ' ')) {
      if (char === ' ' && chainOperator) {
        const before = masked.slice(0, index).trimEnd();
        const next = masked.slice(index).trimStart();
        if (before.endsWith(chainOperator) || next.startsWith(chainOperator)) continue;
      }
      break;
    }
  }
  return index + 1;
}

function walkRight(masked: string, from: number): number {
  let index = from;
  while (index < masked.length && masked[index] === ' ') index += 1;
  if (masked[index] === '-' || masked[index] === '+') index += 1;
  let depth = 0;
  for (; index < masked.length; index++) {
    const char = masked[index] ?? '';
    if (openers.includes(char)) depth += 1;
    else if (closers.includes(char)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && (stops.includes(char) || char === ' ')) break;
  }
  return index;
}

const clean = (text: string) => text.trim().replace(keywordPrefix, '').trim();

/** Every binary `operator` (`+`, `/`, `%`...) in `line`, with its operands as written, left to right. */
export function findOperations(line: string, operator: string): Operation[] {
  const masked = maskStrings(line, 'x');
  const found: Operation[] = [];
  for (let index = 0; index < masked.length; index++) {
    if (!operatorAt(masked, index, operator)) continue;
    const right = line.slice(index + operator.length, walkRight(masked, index + operator.length));
    found.push({
      left: clean(line.slice(walkLeft(masked, index - 1, null), index)),
      leftChain: clean(line.slice(walkLeft(masked, index - 1, operator), index)),
      right: clean(right),
    });
    index += operator.length - 1;
  }
  return found;
}

/** Every `target[index]` in `line`, outermost first. */
export function findSubscripts(line: string): Subscript[] {
  const masked = maskStrings(line, 'x');
  const found: Subscript[] = [];
  for (const match of masked.matchAll(/([A-Za-z_][\w.]*(?:\([^()]*\))?|[)\]"'])\s*\[/g)) {
    const open = (match.index ?? 0) + match[0].length - 1;
    let depth = 0;
    let close = open;
    for (; close < masked.length; close++) {
      if (openers.includes(masked[close] ?? '')) depth += 1;
      else if (closers.includes(masked[close] ?? '') && --depth === 0) break;
    }
    const start = walkLeft(masked, open - 1, null);
    found.push({ target: line.slice(start, open).trim(), index: line.slice(open + 1, close).trim() });
  }
  return found;
}

/** The first call of a name in `line`, `name(args)`, with its arguments as written; `null` when there is none. */
export function findCall(line: string, name: string): { args: string; text: string } | null {
  const masked = maskStrings(line, 'x');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\w.])${escaped}\\s*\\(`).exec(masked);
  if (!match) return null;
  const open = match.index + match[0].length - 1;
  let depth = 0;
  let close = open;
  for (; close < masked.length; close++) {
    if (openers.includes(masked[close] ?? '')) depth += 1;
    else if (closers.includes(masked[close] ?? '') && --depth === 0) break;
  }
  return { args: line.slice(open + 1, close).trim(), text: line.slice(match.index, close + 1) };
}
