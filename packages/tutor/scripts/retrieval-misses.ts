/**
 * `npm run retrieval:misses`: the figures of every split and the train and dev questions retrieval gets
 * wrong, to improve it from. Test misses are never printed: the test split is what tells whether a change
 * helps questions nobody tuned on.
 */
import { describeScores, evaluateRetrieval } from '../src/knowledge/evaluate-retrieval.ts';

for (const split of ['train', 'dev'] as const) {
  const scores = await evaluateRetrieval(split);
  console.log(describeScores(split, scores));
  for (const m of scores.misses)
    console.log(
      `  ${JSON.stringify(m.question)}: expected ${m.expected ?? 'none'}, got ${m.got ?? `a question (${m.choices.join(', ') || 'nothing close'})`}`,
    );
}
