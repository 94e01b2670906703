import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stableHash } from '../triage/stable-hash.ts';
import { type EntryLookup, findEntry } from './find-entry.ts';

const LabelledSchema = z.object({ question: z.string().min(1), entry: z.string().nullable() });
export type Split = 'train' | 'dev' | 'test';
/**
 * Where a labelled question comes from: `tuned`, the questions retrieval was tuned on until December 2026
 * (their test split was looked at too); `heldout`, questions written after that from the entries' titles
 * alone, before retrieval ever ran on them, whose test split nobody reads.
 */
export type Source = 'tuned' | 'heldout';

const FILES: Record<Source, URL> = {
  tuned: new URL('./retrieval-questions.jsonl', import.meta.url),
  heldout: new URL('./retrieval-questions-heldout.jsonl', import.meta.url),
};

/** The split of a labelled question, by a stable hash of its text: 25% test, 25% dev, the rest train. */
export const splitOfQuestion = (question: string): Split => {
  const bucket = stableHash(question) % 100;
  return bucket < 25 ? 'test' : bucket < 50 ? 'dev' : 'train';
};

/** A labelled question: the entry that answers it (null for none), its split and where it comes from. */
export interface LabelledQuestion {
  question: string;
  entry: string | null;
  split: Split;
  source: Source;
}

/** Every labelled question of both files, each in its split by the same hash. */
export function labelledQuestions(): LabelledQuestion[] {
  return (Object.keys(FILES) as Source[]).flatMap((source) =>
    readFileSync(FILES[source], 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const { question, entry } = LabelledSchema.parse(JSON.parse(line));
        return { question, entry, split: splitOfQuestion(question), source };
      }),
  );
}

export interface RetrievalMiss {
  question: string;
  expected: string | null;
  got: string | null;
  choices: string[];
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
  /** The questions answered otherwise than labelled; always empty for the test split, which is never tuned on. */
  misses: RetrievalMiss[];
}

let looked: Promise<Map<string, EntryLookup>> | undefined;

/** What retrieval answers to every labelled question, looked up once per process. */
function lookups(): Promise<Map<string, EntryLookup>> {
  looked ??= (async () => {
    const found = new Map<string, EntryLookup>();
    for (const { question } of labelledQuestions())
      if (!found.has(question)) found.set(question, await findEntry(question));
    return found;
  })();
  return looked;
}

/**
 * Top-1 accuracy (a clarifying question counts as a miss) and the clarification rate of one split, of both
 * files or of one.
 */
export async function evaluateRetrieval(split: Split, source?: Source): Promise<RetrievalScores> {
  const scores: RetrievalScores = {
    questions: 0,
    top1: 0,
    clarified: 0,
    wronglyAnswered: 0,
    unanswerable: 0,
    misses: [],
  };
  const chosen = labelledQuestions().filter(
    (l) => l.split === split && (source === undefined || l.source === source),
  );
  const found = await lookups();
  for (const q of chosen) {
    const { best, choices } = found.get(q.question) as EntryLookup;
    const got = best?.entry.id ?? null;
    if (q.entry === null) {
      scores.unanswerable++;
      if (got) scores.wronglyAnswered++;
    } else {
      scores.questions++;
      if (got === q.entry) scores.top1++;
      else if (!got) scores.clarified++;
    }
    if (got !== q.entry && split !== 'test')
      scores.misses.push({
        question: q.question,
        expected: q.entry,
        got,
        choices: choices.map((c) => c.entry.id),
      });
  }
  return scores;
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

/** One line of figures: questions, top-1, clarified, wrong entry, and the unanswerable ones answered anyway. */
export function describeScores(name: string, s: RetrievalScores): string {
  const wrong = s.questions - s.top1 - s.clarified;
  return `${name}: ${s.questions} questions, top-1 ${percent(s.top1, s.questions)}, clarified ${percent(s.clarified, s.questions)}, wrong entry ${percent(wrong, s.questions)}; ${s.unanswerable} with no entry, ${s.wronglyAnswered} of them answered anyway`;
}
