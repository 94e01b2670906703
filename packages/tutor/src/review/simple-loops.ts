const FOR = /^(\s*)for\s+(.+?)\s+in\s+(.+?):\s*$/;
const IF = /^\s*if\s+(.+?):\s*$/;
const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * A `for` loop whose body is one statement, maybe under one `if`, right after a line that starts a
 * name (`squares = []`, `total = 0`): the shape of a loop that only builds that name.
 */
export interface SimpleLoop {
  /** The `for` line, from 1. */
  line: number;
  indent: string;
  target: string;
  iterable: string;
  /** The name the line before starts, and what it starts it as. */
  name: string;
  start: string;
  /** The `if` the statement is under, or null. */
  condition: string | null;
  statement: string;
}

/** Every simple loop of the code (`SimpleLoop`). */
export function simpleLoops(code: string): SimpleLoop[] {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const loops: SimpleLoop[] = [];
  lines.forEach((text, index) => {
    const header = FOR.exec(text);
    if (!header) return;
    const [, indent = '', target = '', iterable = ''] = header;
    const before = lines
      .slice(0, index)
      .reverse()
      .find((row) => row.trim() !== '');
    const started = before && new RegExp(`^${indent}([A-Za-z_]\\w*)\\s*=\\s*(.+?)\\s*$`).exec(before);
    if (!started?.[1] || !started[2]) return;
    const body: string[] = [];
    for (const row of lines.slice(index + 1)) {
      if (row.trim() !== '' && indentOf(row) <= indent.length) break;
      if (row.trim() !== '') body.push(row);
    }
    if (body.length === 0 || body.length > 2) return;
    const guard = body.length === 2 ? IF.exec(body[0] ?? '') : null;
    if (body.length === 2 && (!guard || indentOf(body[1] ?? '') <= indentOf(body[0] ?? ''))) return;
    loops.push({
      line: index + 1,
      indent,
      target,
      iterable,
      name: started[1],
      start: started[2],
      condition: guard?.[1] ?? null,
      statement: (body.at(-1) ?? '').trim(),
    });
  });
  return loops;
}
