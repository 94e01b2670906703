import type { Workspace } from '@astral-sh/ruff-wasm-nodejs';

/** One token of Ruff's Python lexer: its kind (`Def`, `Identifier`, `Indent`...), text and line. */
export interface PyToken {
  kind: string;
  text: string;
  /** 1-based line of the token's first character. */
  line: number;
}

// `Kind start..end,`, and for strings `String 16..26 (flags = DOUBLE_QUOTES),`.
const TOKEN_LINE = /^\s*(\w+) (\d+)\.\.(\d+)(?: \(flags = [^)]*\))?,$/;

/**
 * The tokens of code that parses, read from Ruff's token dump (`Kind start..end` with UTF-8
 * byte offsets). Comments and non-logical newlines are kept; callers skip what they ignore.
 */
export function tokenize(workspace: Workspace, code: string): PyToken[] {
  const bytes = Buffer.from(code, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  const tokens: PyToken[] = [];
  for (const row of workspace.tokens(code).split('\n')) {
    const match = TOKEN_LINE.exec(row);
    if (!match) continue;
    const start = Number(match[2]);
    const end = Number(match[3]);
    tokens.push({
      kind: match[1] as string,
      text: bytes.subarray(start, end).toString('utf8'),
      line: lineOf(lineStarts, start),
    });
  }
  return tokens;
}

function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Tokens that carry no code: layout and comments. */
export const isLayout = (token: PyToken) =>
  token.kind === 'Comment' ||
  token.kind === 'NonLogicalNewline' ||
  token.kind === 'Newline' ||
  token.kind === 'Indent' ||
  token.kind === 'Dedent';

/** The logical lines of the code: each statement's tokens, without layout. */
export function logicalLines(tokens: readonly PyToken[]): PyToken[][] {
  const lines: PyToken[][] = [];
  let current: PyToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'Newline') {
      if (current.length > 0) lines.push(current);
      current = [];
    } else if (!isLayout(token)) current.push(token);
  }
  if (current.length > 0) lines.push(current);
  return lines;
}
