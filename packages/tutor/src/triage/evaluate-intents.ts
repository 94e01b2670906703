import { type ClassifyIntentInput, classifyIntent, type IntentClassification } from './classify-intent.ts';
import { INTENTS, type Intent } from './intent-schema.ts';
import type { LabelledMessage } from './load-dataset.ts';

/** Precision and recall of one intent; `NaN` when it was never predicted / never expected. */
export interface IntentScore {
  intent: Intent;
  support: number;
  precision: number;
  recall: number;
}

/** How a classifier did on a set of labelled messages. */
export interface IntentEvaluation {
  total: number;
  accuracy: number;
  perIntent: IntentScore[];
  /** `confusion[expected][predicted]`: how many messages of one intent were routed to each intent. */
  confusion: Record<Intent, Record<Intent, number>>;
  mistakes: { example: LabelledMessage; predicted: IntentClassification }[];
}

/** Classifies every example, as text and code only, and scores the result. */
export async function evaluateIntents(
  examples: readonly LabelledMessage[],
  classify: (input: ClassifyIntentInput) => Promise<IntentClassification> = classifyIntent,
): Promise<IntentEvaluation> {
  const zeros = () => Object.fromEntries(INTENTS.map((intent) => [intent, 0])) as Record<Intent, number>;
  const confusion = Object.fromEntries(INTENTS.map((intent) => [intent, zeros()])) as Record<
    Intent,
    Record<Intent, number>
  >;
  const mistakes: IntentEvaluation['mistakes'] = [];
  for (const example of examples) {
    const predicted = await classify({ message: example.text, code: example.code });
    confusion[example.intent][predicted.intent] += 1;
    if (predicted.intent !== example.intent) mistakes.push({ example, predicted });
  }
  const correct = INTENTS.reduce((sum, intent) => sum + confusion[intent][intent], 0);
  const perIntent = INTENTS.map((intent) => {
    const support = INTENTS.reduce((sum, predicted) => sum + confusion[intent][predicted], 0);
    const predictedAs = INTENTS.reduce((sum, expected) => sum + confusion[expected][intent], 0);
    const hits = confusion[intent][intent];
    return { intent, support, precision: hits / predictedAs, recall: hits / support };
  });
  return { total: examples.length, accuracy: correct / examples.length, perIntent, confusion, mistakes };
}

/** A plain-text report: accuracy, per-intent precision and recall, and the confusion matrix. */
export function formatEvaluation(title: string, evaluation: IntentEvaluation): string {
  const pct = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1)}%`.padStart(6));
  const width = Math.max(...INTENTS.map((intent) => intent.length)) + 1;
  const lines = [
    `${title}: accuracy ${pct(evaluation.accuracy)} on ${evaluation.total} messages`,
    `${'intent'.padEnd(width)} support precision recall`,
    ...evaluation.perIntent.map(
      (score) =>
        `${score.intent.padEnd(width)} ${String(score.support).padStart(7)} ${pct(score.precision).padStart(9)} ${pct(score.recall)}`,
    ),
    '',
    `confusion (rows: expected, columns: predicted)`,
    `${''.padEnd(width)}${INTENTS.map((intent) => intent.slice(0, 8).padStart(9)).join('')}`,
    ...INTENTS.map(
      (expected) =>
        `${expected.padEnd(width)}${INTENTS.map((predicted) => String(evaluation.confusion[expected][predicted]).padStart(9)).join('')}`,
    ),
  ];
  return lines.join('\n');
}
