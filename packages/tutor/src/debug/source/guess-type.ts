import type { Definition } from './find-definitions.ts';
import { splitTopLevel } from './split-top-level.ts';

/** What an expression most likely holds, and where that came from. */
export interface GuessedType {
  /** A Python type name: `str`, `int`, `float`, `list`, `dict`, `set`, `tuple`, `bool`, `NoneType`. */
  type: string;
  /** The value came from `input()` (always text). */
  fromInput: boolean;
  /** 1-based line of the assignment the guess came from, when it came from one. */
  line: number | null;
}

const callTypes: Record<string, string> = {
  input: 'str',
  str: 'str',
  int: 'int',
  len: 'int',
  float: 'float',
  list: 'list',
  sorted: 'list',
  dict: 'dict',
  set: 'set',
  tuple: 'tuple',
  bool: 'bool',
  range: 'range',
};
const methodTypes: Record<string, string> = {
  upper: 'str',
  lower: 'str',
  strip: 'str',
  title: 'str',
  capitalize: 'str',
  replace: 'str',
  join: 'str',
  format: 'str',
  split: 'list',
  count: 'int',
  find: 'int',
  index: 'int',
  keys: 'dict_keys',
  values: 'dict_values',
  items: 'dict_items',
  append: 'NoneType',
  sort: 'NoneType',
  reverse: 'NoneType',
  extend: 'NoneType',
  insert: 'NoneType',
  remove: 'NoneType',
  clear: 'NoneType',
};

function literalType(expr: string): string | null {
  if (/^[rRuUfF]{0,2}(['"])/.test(expr)) return 'str';
  if (/^-?\d[\d_]*$/.test(expr)) return 'int';
  if (/^-?(\d[\d_]*)?\.\d*([eE][-+]?\d+)?$|^-?\d+[eE][-+]?\d+$/.test(expr) && /\d/.test(expr)) return 'float';
  if (expr === 'True' || expr === 'False') return 'bool';
  if (expr === 'None') return 'NoneType';
  if (expr.startsWith('[')) return 'list';
  if (expr === '{}' || (expr.startsWith('{') && splitTopLevel(expr.slice(1, -1), ':').length > 1))
    return 'dict';
  if (expr.startsWith('{')) return 'set';
  if (expr.startsWith('(') && expr.endsWith(')') && splitTopLevel(expr.slice(1, -1)).length > 1)
    return 'tuple';
  return null;
}

/**
 * The type `expr` most likely has on 1-based `line`, from literals, well-known calls and the last simple
 * assignment before that line; `null` when it cannot be told.
 */
export function guessType(
  expr: string,
  definitions: readonly Definition[],
  line: number,
  depth = 0,
): GuessedType | null {
  const text = expr.trim();
  const literal = literalType(text);
  if (literal) return { type: literal, fromInput: false, line: null };
  const call = /^([A-Za-z_]\w*)\s*\(/.exec(text);
  if (call?.[1] && callTypes[call[1]] && text.endsWith(')')) {
    return { type: callTypes[call[1]] ?? 'object', fromInput: call[1] === 'input', line: null };
  }
  const method = /\.([A-Za-z_]\w*)\s*\([^()]*\)$/.exec(text);
  if (method?.[1] && methodTypes[method[1]]) {
    return { type: methodTypes[method[1]] ?? 'object', fromInput: false, line: null };
  }
  if (!/^[A-Za-z_]\w*$/.test(text) || depth > 3) return null;
  const last = definitions.filter((d) => d.name === text && d.line <= line && d.kind !== 'global').at(-1);
  if (!last) return null;
  if (last.kind === 'for' && /^range\s*\(/.test(last.value ?? ''))
    return { type: 'int', fromInput: false, line: last.line };
  if (last.kind !== 'assign' || last.value === null) return null;
  const inner = guessType(last.value, definitions, last.line - 1, depth + 1);
  return inner ? { ...inner, line: inner.line ?? last.line } : null;
}
