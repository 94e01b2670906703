/**
 * Edit distance where inserting, deleting or changing a character, or swapping two neighbours (`nmae` -> `name`),
 * each cost 1 (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => table[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) table[i * cols] = i;
  for (let j = 0; j < cols; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      table[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** 1 for equal strings down to 0 for nothing in common, like difflib's `ratio()`; case is ignored. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a.toLowerCase(), b.toLowerCase()) / longest;
}

/**
 * The candidate closest to `word` (a name differing only in case wins), or `null` when none reaches `cutoff`.
 * On a tie the earlier candidate wins, so callers list the likelier ones (names from the student's code) first.
 */
export function closestMatch(word: string, candidates: Iterable<string>, cutoff = 0.6): string | null {
  let best: string | null = null;
  let bestScore = cutoff;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const score = similarity(word, candidate);
    if (score > bestScore || (score === bestScore && best === null)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
