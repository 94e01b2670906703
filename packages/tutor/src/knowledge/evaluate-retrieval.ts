import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stableHash } from '../triage/stable-hash.ts';
import { findEntry } from './find-entry.ts';

const LabelledSchema = z.object({ question: z.string().min(1), entry: z.string().nullable() });
export type Split = 'train' | 'dev' | 'test';

/** The split of a labelled question, by a stable hash of its text: 25% test, 25% dev, the rest train. */
export const splitOfQuestion = (question: string): Split => {
  const bucket = stableHash(question) % 100;
  return bucket < 25 ? 'test' : bucket < 50 ? 'dev' : 'train';
};

/** The labelled questions (retrieval-questions.jsonl): each with the entry that answers it, or null for none. */
export function labelledQuestions(file = new URL('./retrieval-questions.jsonl', import.meta.url)) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      ...LabelledSchema.parse(JSON.parse(line)),
      split: splitOfQuestion(JSON.parse(line).question),
    }));
}

export interface RetrievalScores {
  questions: number;
  /** Questions with an entry answered by exactly that entry. */
  top1: number;
  /** Questions with an entry that got a clarifying question instead. */
  clarified: number;
  /** Questions no entry answers that got an entry presented as the answer. */
  wronglyAnswered: number;
  unanswerable: number;
  misses: { question: string; expected: string | null; got: string | null; choices: string[] }[];
}

/** Top-1 accuracy (a clarifying question counts as a miss) and the clarification rate of one split. */
export function evaluateRetrieval(split: Split): RetrievalScores {
  const scores: RetrievalScores = {
    questions: 0,
    top1: 0,
    clarified: 0,
    wronglyAnswered: 0,
    unanswerable: 0,
    misses: [],
  };
  for (const q of labelledQuestions().filter((l) => l.split === split)) {
    const found = findEntry(q.question);
    const got = found.best?.entry.id ?? null;
    if (q.entry === null) {
      scores.unanswerable++;
      if (got) scores.wronglyAnswered++;
    } else {
      scores.questions++;
      if (got === q.entry) scores.top1++;
      else if (!got) scores.clarified++;
    }
    if (got !== q.entry)
      scores.misses.push({
        question: q.question,
        expected: q.entry,
        got,
        choices: found.choices.map((c) => c.entry.id),
      });
  }
  return scores;
}
