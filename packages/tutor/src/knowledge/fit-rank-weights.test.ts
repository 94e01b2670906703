import { loadQuestions } from '@learnflow/curriculum';
import { describe, expect, it } from 'vitest';
import { fitRankWeights, type RankExample } from './fit-rank-weights.ts';
import { type Candidate, noWeights, type RankWeights, rankScore } from './rank-entries.ts';

const [right, wrong] = loadQuestions();
if (!right || !wrong) throw new Error('the knowledge base has fewer than two entries');

const none = noWeights();
const candidate = (entry: Candidate['entry'], values: Partial<RankWeights>): Candidate => ({
  entry,
  features: { ...none, ...values },
});

describe('fitRankWeights', () => {
  it('learns to trust the feature that picks the labelled entry over the one that misleads', () => {
    // The right entry is a little less close in meaning than the wrong one but much closer to its direct answer.
    const pairs = Array.from({ length: 20 }, (_, i) => ({
      good: candidate(right, { closest: 0.6 + i / 100, answer: 0.7 }),
      bad: candidate(wrong, { closest: 0.65 + i / 100, answer: 0.3 }),
    }));
    const examples: RankExample[] = pairs.map(({ good, bad }) => ({
      entry: right.id,
      candidates: [good, bad],
    }));
    const before = { ...none, closest: 1, words: 0.25 };
    for (const { good, bad } of pairs)
      expect(rankScore(good.features, before)).toBeLessThan(rankScore(bad.features, before));

    const weights = fitRankWeights(examples);
    expect(weights.answer).toBeGreaterThan(0);
    for (const { good, bad } of pairs)
      expect(rankScore(good.features, weights)).toBeGreaterThan(rankScore(bad.features, weights));
    expect(fitRankWeights(examples)).toEqual(weights);
  });

  it('leaves out a question whose entry is not among its candidates', () => {
    const lost: RankExample = { entry: 'no-such-entry', candidates: [candidate(wrong, { closest: 0.9 })] };
    expect(fitRankWeights([lost])).toEqual(fitRankWeights([]));
  });
});
