/**
 * How long the tutor's retrieval takes per question, by part, over the 807 questions of the retrieval
 * evaluation set, one at a time in this process (no server). The last line is one JSON object; its `digest` is
 * a hash of every decision (the entry answered, or the choices offered, with their scores), so a change that
 * only makes retrieval faster keeps it.
 *   npx tsx bench/retrieval-speed.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { installedModel } from '../packages/tutor/src/embedding/model-file.ts';
import { SentenceEncoder } from '../packages/tutor/src/embedding/sentence-encoder.ts';
import { findEntry } from '../packages/tutor/src/knowledge/find-entry.ts';
import { knowledgeBase, meaningIndex } from '../packages/tutor/src/knowledge/knowledge-base.ts';

const questions = readFileSync(
  new URL('../packages/tutor/src/knowledge/retrieval-questions.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { question: string }).question);

const model = installedModel();
const meaning = await meaningIndex();
if (!model || !meaning)
  throw new Error('the sentence encoder is not installed: npm run learnflow -- model fetch');
const encoder = await SentenceEncoder.open(model);
const { index } = knowledgeBase();

/** Mean milliseconds per question, after one warm-up pass over the first 100. */
async function perQuestion(label: string, part: (question: string) => unknown): Promise<number> {
  for (const question of questions.slice(0, 100)) await part(question);
  const started = performance.now();
  for (const question of questions) await part(question);
  const ms = (performance.now() - started) / questions.length;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms`);
  return Math.round(ms * 1000) / 1000;
}

console.log(`retrieval, ${questions.length} questions, mean per question:`);
const figures = {
  embed_ms: await perQuestion('embed the question (ONNX)', (q) => encoder.embed(q)),
  meaning_search_ms: await perQuestion('meaning index search (embed included)', (q) => meaning.search(q)),
  words_search_ms: await perQuestion('words index search', (q) => index.search(q, { limit: 10 })),
  find_entry_ms: await perQuestion('findEntry (all of it)', (q) => findEntry(q)),
};
const decisions: string[] = [];
for (const question of questions) {
  const { best, choices } = await findEntry(question);
  decisions.push(best?.entry.id ?? '-', ...choices.map((c) => `${c.entry.id}:${c.score.toFixed(6)}`));
}
await encoder.close();
const digest = createHash('sha256').update(decisions.join(',')).digest('hex').slice(0, 16);
console.log(JSON.stringify({ bench: 'retrieval-speed', questions: questions.length, ...figures, digest }));
