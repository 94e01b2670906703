import { editDistance } from './edit-distance.ts';

// Words that decide an intent or a struggle, so a misspelling of them must still count.
const KEYWORDS = [
  'understand',
  'confused',
  'confusing',
  'stuck',
  'frustrated',
  'struggling',
  'sense',
  'exercise',
  'practice',
  'progress',
  'difference',
  'explain',
  'error',
  'exception',
  'problem',
  'question',
  'challenge',
  'function',
  'variable',
  'dictionary',
  'comprehension',
  'inheritance',
  'traceback',
  'improve',
  'review',
  'streak',
  'mastery',
  'please',
  'because',
  'something',
  'harder',
  'easier',
  'working',
  'doesnt',
];
// Real words one edit away from a keyword, which must stay as they are.
const PROTECTED = new Set(['stack', 'stick', 'stock', 'struck', 'errors', 'problems', 'questions']);
const byFirstLetter = new Map<string, string[]>();
for (const keyword of KEYWORDS) {
  const list = byFirstLetter.get(keyword.charAt(0)) ?? [];
  list.push(keyword);
  byFirstLetter.set(keyword.charAt(0), list);
}

/**
 * `word`, or the keyword it is a likely misspelling of: same first letter, at most one edit (two for keywords
 * of eight letters or more), counting a swap of neighbours as one edit ("undrestand" -> "understand").
 */
export function correctTypo(word: string): string {
  let corrected = corrections.get(word);
  if (corrected === undefined) {
    corrected = closestKeyword(word);
    if (corrections.size < CACHE_LIMIT) corrections.set(word, corrected);
  }
  return corrected;
}

const CACHE_LIMIT = 20_000;
const corrections = new Map<string, string>();

function closestKeyword(word: string): string {
  if (word.length < 4 || PROTECTED.has(word)) return word;
  for (const keyword of byFirstLetter.get(word.charAt(0)) ?? []) {
    if (keyword === word) return word;
    const allowed = keyword.length >= 8 ? 2 : keyword.length >= 5 ? 1 : 0;
    if (Math.abs(keyword.length - word.length) <= allowed && editDistance(word, keyword) <= allowed) {
      return keyword;
    }
  }
  return word;
}
