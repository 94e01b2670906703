import type { QuestionEntry } from '@learnflow/curriculum';
import { normalizeTokens } from '../triage/normalize-tokens.ts';
import { knowledgeBase, meaningIndex } from './knowledge-base.ts';
import type { EntryHit, KnowledgeIndex } from './knowledge-index.ts';
import type { MeaningIndex } from './meaning-index.ts';
import { type Candidate, candidateEntries, rankScore } from './rank-entries.ts';

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

/** A question this close in meaning to an entry is about the knowledge base, however many of its words no entry uses. */
export const SAME_MEANING = 0.65;
/** Below this similarity to its closest entry a question is answered by none; below the second, the tutor asks. */
export const NO_ENTRY_SIMILARITY = 0.4;
export const ANSWER_SIMILARITY = 0.5;
/** The lead of the first entry's rank score over the runner-up's under which the tutor asks which one is meant. */
export const RANK_LEAD = 0.02;
/** How far under the first a choice offered may score. */
export const CHOICE_SPREAD = 0.5;
/** What being in the student's current topic adds to an entry's rank score: it breaks near-ties. */
export const TOPIC_NUDGE = 0.025;

const asMatch = ({ entry, output, score }: EntryMatch): EntryMatch => ({ entry, output, score });

type Base = { index: KnowledgeIndex; outputs: Record<string, { stdout: string }> };

/**
 * The knowledge-base entry that answers a student's question, with its example's real output; or, when the
 * match is weak or a near tie, the 2-3 closest entries to offer instead of answering the wrong one. By
 * meaning and words together when the sentence encoder is installed, by words alone when it is not.
 */
export async function findEntry(
  question: string,
  options: { topic?: string | null } = {},
  base: Base = knowledgeBase(),
  meaning: MeaningIndex | null | undefined = undefined,
): Promise<EntryLookup> {
  const byMeaning = meaning === undefined ? await meaningIndex() : meaning;
  const topic = options.topic ?? null;
  const hits = base.index.search(question, { topic, limit: byMeaning ? 10 : 3 });
  const meant = byMeaning ? await byMeaning.search(question) : [];
  if (outsideTheBase(question, hits, base.index, meant[0]?.similarity ?? 0))
    return { best: null, choices: [] };
  if (!byMeaning) return findByWords(question, hits, base);
  return decide(candidateEntries(hits, meant), { topic, vague: bareTerm(question, base.index) }, base);
}

/** The entries a question's answer is chosen from, by meaning and words, with their features: what `npm run retrieval:fit` learns from. */
export async function entryCandidates(
  question: string,
  meaning: MeaningIndex,
  base: Base = knowledgeBase(),
): Promise<Candidate[]> {
  return candidateEntries(base.index.search(question, { limit: 10 }), await meaning.search(question));
}

/** A bare term ("dictionary", "list methods"): fewer than two searchable words and three words in all. */
const bareTerm = (question: string, index: KnowledgeIndex) =>
  index.wordCount(question) < 2 && normalizeTokens(question).length < 3;

/**
 * A question about another language, or about something no entry covers ("django", "the weather"): a third
 * of its words in no entry, asked unlike any entry in words and in meaning.
 */
function outsideTheBase(question: string, hits: EntryHit[], index: KnowledgeIndex, meant: number): boolean {
  const closest = Math.max(0, ...hits.map((h) => (h.phrasing + h.wording) / 2));
  return (
    (hits.length === 0 && meant < SAME_MEANING) ||
    (index.unknownShare(question) >= OUTSIDE_SHARE && closest < SAME_ASKING && meant < SAME_MEANING) ||
    (OTHER_LANGUAGE.test(question) && !/\bpython\b/i.test(question))
  );
}

/**
 * Meaning and words together: each candidate's features weighed as fitted on the train split
 * (`rank-weights.json`); the student's current topic breaks near-ties. A bare term ("dictionary") is answered
 * only by an entry asked almost exactly so ("f-strings"); otherwise the tutor asks which entry is meant.
 */
function decide(
  candidates: Candidate[],
  { topic, vague }: { topic: string | null; vague: boolean },
  base: Base,
): EntryLookup {
  const ranked = candidates
    .map((c) => ({
      entry: c.entry,
      output: base.outputs[c.entry.id]?.stdout ?? '',
      similarity: c.features.closest,
      score: rankScore(c.features) + (topic && c.entry.topic === topic ? TOPIC_NUDGE : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.similarity < NO_ENTRY_SIMILARITY) return { best: null, choices: [] };
  const clear = vague ? first.similarity >= WORD_FOR_WORD : first.similarity >= ANSWER_SIMILARITY;
  if (clear && (!second || first.score - second.score >= RANK_LEAD))
    return { best: asMatch(first), choices: [] };
  return {
    best: null,
    choices: ranked
      .slice(0, 3)
      .filter((m) => m.score >= first.score - CHOICE_SPREAD)
      .map(asMatch),
  };
}

/** By words alone (BM25F with the phrasing lift), for when the sentence encoder is not installed. */
function findByWords(question: string, hits: EntryHit[], base: Base): EntryLookup {
  const matches = hits.map((h) => ({
    entry: h.entry,
    output: base.outputs[h.entry.id]?.stdout ?? '',
    score: h.score,
    closeness: (h.phrasing + h.wording) / 2,
    wording: h.wording,
  }));
  const [first, second] = matches;
  const [closest, runnerUp] = [...matches].sort((a, b) => b.closeness - a.closeness);
  if (!first) return { best: null, choices: [] };
  const specific = !bareTerm(question, base.index) || (closest?.wording ?? 0) >= WORD_FOR_WORD;
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
