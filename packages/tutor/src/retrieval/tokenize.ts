const STOP = new Set(
  'a an and are as at be but by can do does for from how i if in into is it its me my of on or so than that the their them then there these they this to was we what when where which who why will with you your im dont cant whats hows pls please python'.split(
    ' ',
  ),
);

/** Lower-cased words (Python identifiers and keywords kept whole), stop words dropped, plural -s folded. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(singular);
}

function singular(word: string): string {
  if (word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
