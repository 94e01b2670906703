import { indentWidth } from './indent-width.ts';

/** A `def` around a line: its name, where it starts and ends, and its body. */
export interface EnclosingFunction {
  name: string;
  /** 1-based line of the `def`. */
  line: number;
  /** 1-based last line of the body. */
  end: number;
  /** The body's lines (after the `def` line). */
  body: string[];
}

/** The function whose body holds 1-based `line` (the innermost one), or `null` at module level. */
export function enclosingFunction(lines: readonly string[], line: number): EnclosingFunction | null {
  let indent = indentWidth(lines[line - 1] ?? '');
  for (let index = line - 1; index >= 0; index--) {
    const text = lines[index] ?? '';
    if (text.trim() === '' || indentWidth(text) >= indent) continue;
    indent = indentWidth(text);
    const def = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(text);
    if (def?.[1]) return functionAt(lines, index + 1, def[1]);
  }
  return null;
}

/** The function defined on 1-based `line`. */
export function functionAt(lines: readonly string[], line: number, name: string): EnclosingFunction {
  const indent = indentWidth(lines[line - 1] ?? '');
  let end = line;
  for (let index = line; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (text.trim() === '') continue;
    if (indentWidth(text) <= indent) break;
    end = index + 1;
  }
  return { name, line, end, body: lines.slice(line, end) };
}
