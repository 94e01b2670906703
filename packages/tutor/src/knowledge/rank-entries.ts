import { readFileSync } from 'node:fs';
import type { QuestionEntry } from '@learnflow/curriculum';
import { z } from 'zod';
import type { EntryHit } from './knowledge-index.ts';
import type { MeaningHit } from './meaning-index.ts';

/** What the ranking weighs of each entry that may answer a question. */
export const RANK_FEATURES = [
  /** Cosine similarity with the entry's closest way of asking. */
  'closest',
  'second',
  'closestThree',
  /** With the entry's direct answer. */
  'answer',
  /** The words' BM25F score as a share of the best entry's. */
  'words',
  /** The idf-weighted and the plain overlap of words with the closest way of asking (`EntryHit`). */
  'phrasing',
  'wording',
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];

export const RankWeightsSchema = z.object({
  /** What the weights were fitted on, for whoever reads the file. */
  fittedOn: z.string(),
  weights: z.record(z.enum(RANK_FEATURES), z.number()),
});
export type RankWeights = Record<RankFeature, number>;

/** Every feature at 0. */
export const noWeights = (): RankWeights =>
  Object.fromEntries(RANK_FEATURES.map((f) => [f, 0])) as RankWeights;

export const RANK_WEIGHTS_FILE = new URL('./rank-weights.json', import.meta.url);

let fitted: RankWeights | undefined;
/** The weights `npm run retrieval:fit` fitted on the train split. */
export function rankWeights(): RankWeights {
  fitted ??= RankWeightsSchema.parse(JSON.parse(readFileSync(RANK_WEIGHTS_FILE, 'utf8'))).weights;
  return fitted;
}

export interface Candidate {
  entry: QuestionEntry;
  /** `closest` is its similarity in meaning, which the thresholds read. */
  features: RankWeights;
}

/** How many of the entries closest in meaning are ranked, beside every entry the words found. */
const CLOSEST = 10;

/**
 * The entries that may answer a question, each with its features: the closest in meaning and those the
 * words found. `meaning` is every entry, closest first (`MeaningIndex.search` without a limit).
 */
export function candidateEntries(words: EntryHit[], meaning: MeaningHit[]): Candidate[] {
  const top = words[0]?.score || 1;
  const byId = new Map(meaning.map((m) => [m.entry.id, m]));
  const chosen = new Map(meaning.slice(0, CLOSEST).map((m) => [m.entry.id, m]));
  for (const w of words) chosen.set(w.entry.id, byId.get(w.entry.id) ?? noMeaning(w));
  return [...chosen.values()].map((m) => {
    const hit = words.find((w) => w.entry.id === m.entry.id);
    return {
      entry: m.entry,
      features: {
        closest: m.similarity,
        second: m.second,
        closestThree: m.closestThree,
        answer: m.answer,
        words: hit ? hit.score / top : 0,
        phrasing: hit?.phrasing ?? 0,
        wording: hit?.wording ?? 0,
      },
    };
  });
}

const noMeaning = (hit: EntryHit): MeaningHit => ({
  entry: hit.entry,
  similarity: 0,
  second: 0,
  closestThree: 0,
  answer: 0,
});

/** A candidate's score: its features weighed. */
export const rankScore = (features: RankWeights, weights: RankWeights = rankWeights()): number =>
  RANK_FEATURES.reduce((sum, f) => sum + weights[f] * features[f], 0);
