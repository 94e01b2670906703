import { type Candidate, noWeights, RANK_FEATURES, type RankWeights, rankScore } from './rank-entries.ts';

/** A labelled question's candidates and the entry that answers it. */
export interface RankExample {
  candidates: Candidate[];
  entry: string;
}

/** How sharply the candidates' scores are turned into the chance of each being the answer. */
const TEMPERATURE = 10;

/**
 * The features' weights that make the labelled entry the likeliest of its question's candidates: listwise
 * logistic regression (softmax over each question's candidates), by gradient descent from "meaning plus a
 * quarter of the words". Deterministic: the same examples give the same weights. Questions whose entry is
 * not among their candidates teach nothing and are left out.
 */
export function fitRankWeights(examples: RankExample[], { epochs = 300, rate = 0.5 } = {}): RankWeights {
  const usable = examples.filter((e) => e.candidates.some((c) => c.entry.id === e.entry));
  let weights: RankWeights = { ...noWeights(), closest: 1, words: 0.25 };
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = noWeights();
    for (const { candidates, entry } of usable) {
      const scores = candidates.map((c) => TEMPERATURE * rankScore(c.features, weights));
      const most = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - most));
      const total = exp.reduce((a, b) => a + b, 0);
      candidates.forEach((c, i) => {
        const error = (exp[i] as number) / total - (c.entry.id === entry ? 1 : 0);
        for (const f of RANK_FEATURES) gradient[f] += TEMPERATURE * error * c.features[f];
      });
    }
    const step = rate / Math.max(1, usable.length);
    weights = Object.fromEntries(
      RANK_FEATURES.map((f) => [f, weights[f] - step * gradient[f]]),
    ) as RankWeights;
  }
  return weights;
}
