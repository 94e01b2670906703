const CONTEXT = 2;
const HEAD = 5;
const LINE_MAX = 120;

/**
 * A few lines of a student's code for an alert's evidence: two either side of the error
 * line when it is known (each prefixed with its number, `>` on the error line), else the
 * first five lines. Long lines are cut; null for empty code.
 */
export function codeExcerpt(code: string, errorLine: number | null): string | null {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  if (lines.length === 0) return null;
  const known = errorLine !== null && errorLine >= 1 && errorLine <= lines.length;
  const first = known ? Math.max(1, errorLine - CONTEXT) : 1;
  const last = known ? Math.min(lines.length, errorLine + CONTEXT) : Math.min(lines.length, HEAD);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    const cut = text.length > LINE_MAX ? `${text.slice(0, LINE_MAX)}…` : text;
    out.push(`${n === errorLine ? '>' : ' '} ${String(n).padStart(width)} | ${cut}`);
  }
  if (last < lines.length)
    out.push(`  … ${lines.length - last} more line${lines.length - last === 1 ? '' : 's'}`);
  return out.join('\n');
}
