import { maskStrings } from './mask-strings.ts';

/** `line` with every whole-word use of `name` outside strings and comments replaced by `replacement`. */
export function replaceName(line: string, name: string, replacement: string): string {
  const masked = maskStrings(line);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\w.])${escaped}(?!\\w)`, 'g');
  let out = '';
  let last = 0;
  for (const match of masked.matchAll(pattern)) {
    const at = match.index ?? 0;
    out += line.slice(last, at) + replacement;
    last = at + name.length;
  }
  return out + line.slice(last);
}

/** Whether `line` uses `name` as a whole word outside strings and comments. */
export function usesName(line: string, name: string): boolean {
  return replaceName(line, name, '\u0000') !== line;
}
