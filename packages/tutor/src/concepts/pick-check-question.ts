import type { QuestionEntry } from '@learnflow/curriculum';

// Words every question of a quiz may say, which tell nothing about what it asks.
const COMMON = new Set(
  'the and for what does this code print prints python its each own line lines are not from that which you your with when then than into separated'.split(
    ' ',
  ),
);
const WORD = /[a-z_][a-z0-9_]{2,}/g;

const wordsOf = (text: string) =>
  new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON.has(w)));

/**
 * Which of the topic quiz's questions checks what the entry explains: the one sharing the most of the entry's
 * words (its title, keywords and example code), each word weighed by how few of the quiz's questions use it, so
 * "what does enumerate do" is checked with the `enumerate` question rather than any loop question. `fallback`
 * when no question shares a word.
 */
export function pickCheckQuestion(
  entry: Pick<QuestionEntry, 'title' | 'keywords' | 'code'>,
  questions: readonly { prompt: string; choices: readonly string[] }[],
  fallback: number,
): number {
  const wanted = wordsOf([entry.title, ...entry.keywords, entry.code].join(' '));
  const asked = questions.map((q) => wordsOf([q.prompt, ...q.choices].join(' ')));
  const uses = new Map<string, number>();
  for (const words of asked) for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  let best = fallback;
  let bestScore = 0;
  asked.forEach((words, index) => {
    let score = 0;
    for (const word of words) if (wanted.has(word)) score += 1 / (uses.get(word) ?? 1);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
