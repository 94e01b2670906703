/**
 * `npm run retrieval:fit`: fits the knowledge base's ranking weights (rank-weights.json) on the train split of
 * the labelled questions. Try it after adding many entries or phrasings, then `npm run retrieval:misses`: keep
 * the new weights only when the dev figure does not drop (a refit after a few entries moves dev by a
 * question or two either way). The test split is never looked at.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labelledQuestions } from '../src/knowledge/evaluate-retrieval.ts';
import { entryCandidates } from '../src/knowledge/find-entry.ts';
import { fitRankWeights, type RankExample } from '../src/knowledge/fit-rank-weights.ts';
import { meaningIndex } from '../src/knowledge/knowledge-base.ts';
import { RANK_WEIGHTS_FILE } from '../src/knowledge/rank-entries.ts';

const meaning = await meaningIndex();
if (!meaning) {
  console.error('retrieval:fit needs the sentence encoder: run `npm run learnflow -- model fetch` first');
  process.exit(1);
}
const examples: RankExample[] = [];
for (const { question, entry, split } of labelledQuestions())
  if (split === 'train' && entry)
    examples.push({ candidates: await entryCandidates(question, meaning), entry });
const weights = fitRankWeights(examples);
const rounded = Object.fromEntries(Object.entries(weights).map(([f, w]) => [f, Number(w.toFixed(4))]));
writeFileSync(
  RANK_WEIGHTS_FILE,
  `${JSON.stringify({ fittedOn: `the train split's ${examples.length} questions with an entry (npm run retrieval:fit)`, weights: rounded }, null, 2)}\n`,
);
console.log(`fitted on ${examples.length} train questions, written to ${fileURLToPath(RANK_WEIGHTS_FILE)}:`);
console.log(rounded);
