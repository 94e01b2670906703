import { normalizeTokens } from '../triage/normalize-tokens.ts';
import { stemWord } from '../triage/stem-word.ts';
import { pythonKeywordPositions } from './python-keywords.ts';
import { pythonTerms } from './python-terms.ts';
import { SYNONYMS } from './synonyms.ts';

const STOP = new Set(
  'a an and are as at be been but by can could do does did doing for from get got go how i if in into is it its me my of on or so than that the their them then there these they this to was we what whats when where which who why will with would you your im dont cant hows please python py use using used way ways work works working want need help mean means tell know write make thing something someone just like also should any some all one explain explained explanation meaning happen happens happened example examples show correct right best understand confused possible between exactly actually really go goes put there quick quickly quickest fastest easy easily easiest simple simply simplest cleanest proper properly good nice neat elegant efficient efficiently basically isnt doesnt didnt wasnt arent wont very thing things stuff even about people sometimes always still'.split(
    ' ',
  ),
);

/** "mean" is a stop word ("what does it mean") except where it names the average: "the mean of", "calculate mean". */
const isAverage = (words: string[], i: number) =>
  words[i] === 'mean' &&
  (words[i + 1] === 'of' ||
    /^(the|a|calculate|find|get|compute|arithmetic|work)$/.test(words[i - 1] ?? '') ||
    /^(average|value|score|median|mode)s?$/.test(words[i + 1] ?? ''));

/** Exception names written as two words ("key error") become the class name ("keyerror"). */
const ERROR_PREFIX =
  /^(key|type|value|index|name|attribute|syntax|indentation|recursion|import|zerodivision|file|unboundlocal|stopiteration|assertion|runtime|overflow|permission|eof|os|lookup|arithmetic)$/;

/**
 * A word's stem for matching: the triage stem, then a final "ing" or "e" dropped and a doubled final
 * consonant undoubled, so "change", "changed" and "changing" or "run" and "running" are one term.
 */
export function termStem(word: string): string {
  let stem = stemWord(word);
  if (stem.length >= 6 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length >= 5 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length >= 4 && /([^aeioulsz])\1$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** A symbol's terms are words ("reverse", "slice") or markers ("sym_eq"); the words are stemmed like the text. */
const symbolTerm = (term: string) => (/^[a-z]+$/.test(term) ? termStem(term) : term);

/**
 * The searchable terms of a text, the same for entries and questions: Python symbols (`==`, `[::-1]`,
 * `**kwargs`), words normalised by triage (shorthand, typos), synonyms folded, stemmed, stop words dropped,
 * plus each name written as a call (`call_items` for `.items()`) and each pair of neighbouring words (`a+b`)
 * so a phrase counts more than its words apart. `correct` maps
 * each stemmed word to the one meant (the index passes its typo correction for questions).
 */
export function entryTerms(
  text: string,
  options: { pairs?: boolean; correct?: (term: string) => string } = {},
): string[] {
  const words = normalizeTokens(text.replace(/([a-z])([A-Z])/g, '$1 $2'));
  const keywords = pythonKeywordPositions(words, text);
  const called = new Set([...text.toLowerCase().matchAll(/\b([a-z_]+)\(/g)].map((m) => m[1]));
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if ((next === 'error' || next === 'exception') && ERROR_PREFIX.test(word)) {
      joined.push(word === 'stopiteration' ? word : `${word}${next}`);
      i++;
    } else if (keywords.has(i)) joined.push(`kw_${word}`);
    else if (isAverage(words, i)) joined.push('average');
    else joined.push(word);
  }
  const terms = joined
    .filter((w) => (!STOP.has(w) || called.has(w)) && (w.length > 1 || /\d/.test(w)))
    .map((w) => (w.startsWith('kw_') ? w : termStem(SYNONYMS.get(w) ?? w)))
    .map((t) => options.correct?.(t) ?? t);
  // "KeyboardInterrupt" is also asked as one word: "keyboardinterrupt" ("KeyError" already joins above).
  const camel = [...text.matchAll(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g)]
    .map((m) => m[0].toLowerCase())
    .filter((w) => !/(error|exception)$/.test(w))
    .map(termStem);
  const pairs = options.pairs === false ? [] : terms.slice(1).map((t, i) => `${terms[i]}+${t}`);
  const calls = [...called].map((name) => `call_${name}`);
  return [...pythonTerms(text).map(symbolTerm), ...terms, ...camel, ...calls, ...pairs];
}
