import type { QuestionEntry } from '@learnflow/curriculum';
import { normalizeTokens } from '../triage/normalize-tokens.ts';
import { knowledgeBase } from './knowledge-base.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Below this top score, or this lead over the runner-up, the tutor asks instead of answering (tuned on train and dev). */
export const MIN_SCORE = 4;
export const MIN_LEAD = 1.04;
/** A question a third or more of whose words no entry uses, and not asked like any entry's own, is about something outside the knowledge base. */
export const OUTSIDE_SHARE = 1 / 3;
/** A question about another language ("a for loop in java", "a linked list in c") is outside a Python tutor's knowledge base. */
export const OTHER_LANGUAGE =
  /(?<![\w+#])(java|javascript|typescript|c\+\+|c#|rust|golang|ruby|php|kotlin|swift|html|css|matlab)(?![\w+#])|\bin c\b/i;
/** A question asked almost word for word like one of an entry's ways of asking, and clearly closer to it than to the runner-up's, is answered by it. */
export const SAME_ASKING = 0.7;
export const SAME_ASKING_LEAD = 0.05;
/** A bare term ("dictionary", "list methods") is too vague for that rule unless it is one of the entry's phrasings almost exactly. */
export const WORD_FOR_WORD = 0.9;

export interface EntryMatch {
  entry: QuestionEntry;
  /** What the example prints, as the sandbox printed it (generated/example-outputs.json). */
  output: string;
  score: number;
}

export interface EntryLookup {
  /** The entry that answers the question, when retrieval is confident; else null. */
  best: EntryMatch | null;
  /** The closest entries (2-3) to offer as choices when `best` is null; empty when nothing is close. */
  choices: EntryMatch[];
}

const asMatch = ({ entry, output, score }: EntryMatch): EntryMatch => ({ entry, output, score });

/**
 * The knowledge-base entry that answers a student's question, with its example's real output; or, when the
 * match is weak or a near tie, the 2-3 closest entries to offer instead of answering the wrong one.
 */
export function findEntry(
  question: string,
  options: { topic?: string | null } = {},
  base: { index: KnowledgeIndex; outputs: Record<string, { stdout: string }> } = knowledgeBase(),
): EntryLookup {
  const hits = base.index.search(question, { topic: options.topic ?? null, limit: 3 });
  const matches = hits.map((h) => ({
    entry: h.entry,
    output: base.outputs[h.entry.id]?.stdout ?? '',
    score: h.score,
    closeness: (h.phrasing + h.wording) / 2,
    wording: h.wording,
  }));
  const [first, second] = matches;
  const [closest, runnerUp] = [...matches].sort((a, b) => b.closeness - a.closeness);
  const outside =
    base.index.unknownShare(question) >= OUTSIDE_SHARE && (closest?.closeness ?? 0) < SAME_ASKING;
  if (!first || outside || (OTHER_LANGUAGE.test(question) && !/\bpython\b/i.test(question)))
    return { best: null, choices: [] };
  const specific =
    base.index.wordCount(question) >= 2 ||
    normalizeTokens(question).length >= 3 ||
    (closest?.wording ?? 0) >= WORD_FOR_WORD;
  if (
    closest &&
    specific &&
    closest.closeness >= SAME_ASKING &&
    closest.closeness - (runnerUp?.closeness ?? 0) >= SAME_ASKING_LEAD
  )
    return { best: asMatch(closest), choices: [] };
  if (first.score < MIN_SCORE / 2) return { best: null, choices: [] };
  const confident = first.score >= MIN_SCORE && (!second || first.score >= second.score * MIN_LEAD);
  if (confident) return { best: asMatch(first), choices: [] };
  return { best: null, choices: matches.filter((m) => m.score >= first.score * 0.5).map(asMatch) };
}
