/**
 * A light suffix-stripping stem, enough to make "loops", "looping" and "looped" one feature on a small data
 * set; it is not a linguistic stemmer and only needs to be consistent. A stem keeps at least four letters.
 */
export function stemWord(word: string): string {
  let stem = word;
  if (stem.length > 5 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && /(?:ss|sh|ch|x)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length >= 7 && stem.endsWith('ing')) return stem.slice(0, -3);
  if (stem.length >= 6 && stem.endsWith('ed')) return stem.slice(0, -2);
  return stem;
}
