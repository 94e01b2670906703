const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * The innermost bracket opened and not closed before `beforeLine`, skipping strings and
 * comments: where Python's "unexpected end" error usually really starts.
 */
export function findUnclosedBracket(code: string, beforeLine: number): { char: string; line: number } | null {
  const stack: { char: string; line: number }[] = [];
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < code.length && line < beforeLine; i++) {
    const char = code[i] as string;
    if (char === '\n') {
      line++;
      if (quote?.length === 1) quote = null;
      continue;
    }
    if (quote) {
      if (char === '\\') i++;
      else if (code.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
    } else if (char === '#') {
      while (i + 1 < code.length && code[i + 1] !== '\n') i++;
    } else if (char === '"' || char === "'") {
      quote = code.startsWith(char.repeat(3), i) ? char.repeat(3) : char;
      i += quote.length - 1;
    } else if (char === '(' || char === '[' || char === '{') {
      stack.push({ char, line });
    } else if (CLOSERS[char] !== undefined && stack.at(-1)?.char === CLOSERS[char]) {
      stack.pop();
    }
  }
  return stack.at(-1) ?? null;
}
