import type { DiffLine } from '@learnflow/contracts';

/** Past this many line pairs the table is too big to build: the diff is the whole of both sides. */
const MAX_CELLS = 4_000_000;

const linesOf = (text: string) =>
  text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

/**
 * The line diff from `before` to `after` (a longest common subsequence of lines), in the
 * order of `after`, removed lines just before what replaced them.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  if (a.length * b.length > MAX_CELLS)
    return [
      ...a.map((text) => ({ op: 'removed' as const, text })),
      ...b.map((text) => ({ op: 'added' as const, text })),
    ];
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = common[i] as Uint32Array;
    const next = common[i + 1] as Uint32Array;
    for (let j = b.length - 1; j >= 0; j--)
      row[j] =
        a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] as string });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && (common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0))) {
      out.push({ op: 'removed', text: a[i] as string });
      i++;
    } else {
      out.push({ op: 'added', text: b[j] as string });
      j++;
    }
  }
  return out;
}
