import { maskStrings } from './mask-strings.ts';

const openers = '([{';
const closers = ')]}';

/** `text` split at each `separator` outside brackets and strings, each part trimmed; `[]` for blank text. */
export function splitTopLevel(text: string, separator = ','): string[] {
  if (text.trim() === '') return [];
  const masked = maskStrings(text);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < masked.length; index++) {
    const char = masked[index] ?? '';
    if (openers.includes(char)) depth += 1;
    else if (closers.includes(char)) depth -= 1;
    else if (depth === 0 && masked.startsWith(separator, index)) {
      parts.push(text.slice(start, index).trim());
      start = index + separator.length;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
