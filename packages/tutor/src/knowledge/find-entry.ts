import type { QuestionEntry } from '@learnflow/curriculum';
import { knowledgeBase } from './knowledge-base.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Below this top score, or this lead over the runner-up, the tutor asks instead of answering (tuned on dev). */
export const MIN_SCORE = 4;
export const MIN_LEAD = 1.08;

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
  }));
  const [first, second] = matches;
  if (!first || first.score < MIN_SCORE / 2) return { best: null, choices: [] };
  const confident = first.score >= MIN_SCORE && (!second || first.score >= second.score * MIN_LEAD);
  if (confident) return { best: first, choices: [] };
  return { best: null, choices: matches.filter((m) => m.score >= first.score * 0.5) };
}
