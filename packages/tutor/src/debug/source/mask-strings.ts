/**
 * `line` with the inside of every string literal replaced by `fill` and any comment by spaces, so code can be
 * searched without matching text in strings; positions are kept. An unterminated string is masked to the end.
 */
export function maskStrings(line: string, fill = ' '): string {
  let out = '';
  let index = 0;
  while (index < line.length) {
    const char = line[index] ?? '';
    if (char === '#') return out + ' '.repeat(line.length - index);
    if (char !== '"' && char !== "'") {
      out += char;
      index += 1;
      continue;
    }
    const quote = line.startsWith(char.repeat(3), index) ? char.repeat(3) : char;
    let end = index + quote.length;
    while (end < line.length && !line.startsWith(quote, end)) end += line[end] === '\\' ? 2 : 1;
    const close = Math.min(end, line.length);
    out += quote + fill.repeat(Math.max(0, close - index - quote.length));
    if (close < line.length) out += quote;
    index = close + (close < line.length ? quote.length : 0);
  }
  return out.slice(0, line.length);
}
