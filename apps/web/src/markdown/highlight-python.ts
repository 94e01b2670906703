import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser } from '@lezer/python';

/** A piece of a highlighted line: its text and the `tok-*` classes the editor uses too. */
export interface Token {
  text: string;
  className: string;
}

/** Python source split into lines of tokens, with the same classes as the CodeMirror editor. */
export function highlightPython(code: string): Token[][] {
  const lines: Token[][] = [[]];
  try {
    highlightCode(
      code,
      parser.parse(code),
      classHighlighter,
      (text, className) => (lines[lines.length - 1] as Token[]).push({ text, className }),
      () => lines.push([]),
    );
  } catch {
    return code.split('\n').map((text) => [{ text, className: '' }]);
  }
  return lines;
}
