import { detectSignals } from './detect-signals.ts';
import { INTENTS, type Intent } from './intent-schema.ts';
import { type LabelledMessage, loadDataset } from './load-dataset.ts';
import { FEATURE_WEIGHTS, type FeatureWeights, messageFeatures } from './message-features.ts';
import { type NaiveBayesModel, trainNaiveBayes } from './naive-bayes.ts';

/** The trained statistical part of triage and the feature weights it was trained with. */
export interface IntentModel {
  bayes: NaiveBayesModel<Intent>;
  weights: FeatureWeights;
}

/** Laplace smoothing of the naive Bayes model; chosen with the feature weights. */
export const SMOOTHING = 1;

/** Trains on exactly the given labelled messages. */
export function trainIntentModel(
  examples: readonly LabelledMessage[],
  weights: FeatureWeights = FEATURE_WEIGHTS,
  smoothing: number = SMOOTHING,
): IntentModel {
  const bayes = trainNaiveBayes(
    INTENTS,
    examples.map((example) => ({
      features: messageFeatures(detectSignals(example.text, example.code), weights),
      label: example.intent,
    })),
    smoothing,
  );
  return { bayes, weights };
}

let trained: IntentModel | undefined;

/** The model trained on the train split of `dataset/messages.jsonl`, trained once at first use. */
export function intentModel(): IntentModel {
  trained ??= trainIntentModel(loadDataset().filter((example) => example.split === 'train'));
  return trained;
}
