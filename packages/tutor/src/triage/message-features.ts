import type { MessageSignals } from './detect-signals.ts';
import { stemWord } from './stem-word.ts';

/** How much each kind of feature counts, as a number of word occurrences. */
export interface FeatureWeights {
  word: number;
  bigram: number;
  /** Each character 3- and 4-gram of a word, so misspellings still share most of their features. */
  charGram: number;
  signal: number;
  /** Each pair of signals that fired together, so the model can learn "code and error words" apart. */
  signalPair: number;
}

/** The weights in use; chosen by cross-validation on the train split only (see dataset/README.md). */
export const FEATURE_WEIGHTS: FeatureWeights = {
  word: 1,
  bigram: 1,
  charGram: 0.2,
  signal: 3,
  signalPair: 1,
};

/** The sparse, weighted features of a message for the naive Bayes model. */
export function messageFeatures(
  signals: MessageSignals,
  weights: FeatureWeights = FEATURE_WEIGHTS,
): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string, weight: number) => {
    if (weight > 0) features.set(feature, (features.get(feature) ?? 0) + weight);
  };
  const stems = signals.words.map(stemWord);
  let previous = '^';
  for (const stem of stems) {
    add(`w:${stem}`, weights.word);
    add(`b:${previous}_${stem}`, weights.bigram);
    previous = stem;
  }
  for (const word of signals.words) {
    const padded = `#${word}#`;
    for (const size of [3, 4]) {
      for (let start = 0; start + size <= padded.length; start++) {
        add(`c:${padded.slice(start, start + size)}`, weights.charGram);
      }
    }
  }
  for (const [index, name] of signals.names.entries()) {
    add(`s:${name}`, weights.signal);
    for (const other of signals.names.slice(index + 1)) add(`p:${name}+${other}`, weights.signalPair);
  }
  return features;
}
