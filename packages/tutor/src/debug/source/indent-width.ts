/** The width of `line`'s leading whitespace, a tab counting as moving to the next multiple of 8 like Python. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 8 - (width % 8);
    else break;
  }
  return width;
}
