import { functionAt } from './enclosing-function.ts';
import { maskStrings } from './mask-strings.ts';

/** One `while` loop of the code. */
export interface Loop {
  /** 1-based line of the `while`. */
  line: number;
  condition: string;
  /** The body's lines, masked for searching (strings blanked, comments removed). */
  body: string[];
  /** The body's lines as written. */
  source: string[];
}

/** Calls that change a collection in place (`xs.append(...)`). */
export const mutators = /\.\s*(?:append|extend|insert|pop|remove|clear|add|update|discard)\s*\(/;

/** Every `while` loop in the code, with its condition and body. */
export function whileLoops(lines: readonly string[]): Loop[] {
  return lines.flatMap((text, index) => {
    const match = /^\s*while\s+(.+?)\s*:\s*$/.exec(maskStrings(text));
    if (!match) return [];
    const source = functionAt(lines, index + 1, 'while').body;
    return [{ line: index + 1, condition: match[1] ?? '', body: source.map((l) => maskStrings(l)), source }];
  });
}
