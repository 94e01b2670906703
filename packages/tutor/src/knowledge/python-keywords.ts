/** Python keywords that are also English stop words; they count as terms only where they are meant as Python. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'as',
  'for',
  'from',
  'if',
  'in',
  'is',
  'or',
  'with',
  'not',
]);

/** Words after a keyword that show it names the Python construct: "for loop", "if statement", "in operator". */
const CONSTRUCT =
  /^(loops?|statements?|operators?|keywords?|clauses?|blocks?|expressions?|conditions?|else|elif|conditionals?|checks?)$/;

/** The operators a student lists together: "and or not", "and vs &". */
const LOGICAL = new Set(['and', 'or', 'not', 'vs', 'versus']);

/**
 * The positions of `words` where a keyword is meant as Python: followed by a construct word, quoted in the
 * original text, asked about on its own ("what does in do", "how does with work"), or listed with other
 * logical operators ("and or not").
 */
export function pythonKeywordPositions(words: string[], text: string): Set<number> {
  const quoted = new Set(
    [...text.toLowerCase().matchAll(/[`'"](\w+)[`'"]/g)]
      .map((m) => m[1])
      .filter((w) => KEYWORDS.has(w ?? '')),
  );
  const kept = new Set<number>();
  words.forEach((word, i) => {
    if (!KEYWORDS.has(word)) return;
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    const asked =
      (/^(does|do|is|about|use|using|the|keyword|make)$/.test(before) || before === word) &&
      /^(do|does|mean|means|work|works|keyword|for|on)?$/.test(after);
    const listed = word !== 'not' && (LOGICAL.has(before) || LOGICAL.has(after)) && before !== 'is';
    const chained = word === 'from' && /^(raise|yield)$/.test(before);
    const trailingIf =
      word === 'if' && after === '' && /^(line|inline|liner|single|nested|an|one)$/.test(before);
    if (
      chained ||
      trailingIf ||
      CONSTRUCT.test(after) ||
      quoted.has(word) ||
      (asked && (after !== '' || before === word)) ||
      listed
    )
      kept.add(i);
  });
  return kept;
}
