import type { Explained } from '../types.ts';
/** Inline code for Markdown, safe when the code itself holds a backtick; "that code" when there is none. */
export function code(text: string): string {
  if (text.trim() === '') return 'that code';
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** `line 3`, or "the line Python points at" when the line is unknown. */
export function lineRef(line: number | null): string {
  return line === null ? 'the line Python points at' : `line ${line}`;
}

/** `1 item`, `3 items`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `on line 3`, or `here` when the line is unknown. */
export function onLine(line: number | null): string {
  return line === null ? 'here' : `on line ${line}`;
}

const glosses: Record<string, string> = {
  str: 'text (a `str`)',
  int: 'a whole number (an `int`)',
  float: 'a decimal number (a `float`)',
  bool: '`True`/`False` (a `bool`)',
  list: 'a list',
  dict: 'a dictionary (`dict`)',
  set: 'a set',
  tuple: 'a tuple (a list that can never change)',
  NoneType: '`None` (Python\'s "no value")',
  function: 'a function',
  builtin_function_or_method: 'a built-in function',
  method: 'a method',
  module: 'a module',
  range: 'a range',
  type: 'a type (like `int` or a class)',
};

/** A type name as a beginner reads it: `str` -> "text (a `str`)". */
export function describeType(type: string): string {
  return glosses[type] ?? `a \`${type}\` value`;
}

/** The common name of a type, without the gloss: `str` -> "text". */
export function shortType(type: string): string {
  const names: Record<string, string> = {
    str: 'text',
    int: 'a number',
    float: 'a number',
    NoneType: 'None',
    builtin_function_or_method: 'a built-in function',
  };
  return names[type] ?? `a ${type}`;
}

/** `text` with its first letter in capitals. */
export function capital(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** An explanation from its parts, in the order every explainer writes them. */
export function simple(
  cause: string,
  title: string,
  what: string,
  why: string,
  hints: [string, string, string],
  details: Record<string, string | number> = {},
): Explained {
  return { cause, title, what, why, hints, details };
}
