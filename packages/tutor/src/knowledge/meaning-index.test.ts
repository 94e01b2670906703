import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQuestions, type QuestionEntry } from '@learnflow/curriculum';
import { afterAll, describe, expect, it } from 'vitest';
import { installedModel } from '../embedding/model-file.ts';
import { SentenceEncoder } from '../embedding/sentence-encoder.ts';
import { MeaningIndex } from './meaning-index.ts';

const model = installedModel();
const dir = mkdtempSync(join(tmpdir(), 'meaning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(model !== null || process.env.CI === 'true')('MeaningIndex', async () => {
  const encoder = await SentenceEncoder.open(
    model ?? 'the model is not installed: npm run learnflow -- model fetch',
  );
  afterAll(() => encoder.close());
  const embedded: string[] = [];
  const counting = {
    embed(text: string) {
      embedded.push(text);
      return encoder.embed(text);
    },
  };
  const ids = ['reverse-a-string', 'create-a-dictionary', 'what-is-recursion', 'float-precision-problem'];
  const entries = loadQuestions().filter((e) => ids.includes(e.id));
  const cache = join(dir, 'vectors.json');
  const build = (list: QuestionEntry[]) => MeaningIndex.build(list, counting, cache, 'model-sha');

  it('finds the entry a question means, worded unlike any of its phrasings', async () => {
    const index = await build(entries);
    const [first] = await index.search('flip the letters of a word so it reads backwards', 2);
    expect(first?.entry.id).toBe('reverse-a-string');
    expect(first?.similarity).toBeGreaterThan(0.5);
  });

  it('embeds each text once: a rebuild reads the cache, an edited phrasing alone is embedded again', async () => {
    embedded.length = 0;
    await build(entries);
    expect(embedded).toEqual([]);
    const [first, ...rest] = entries as [QuestionEntry, ...QuestionEntry[]];
    await build([{ ...first, questions: [...first.questions, 'a phrasing a teacher just added'] }, ...rest]);
    expect(embedded).toEqual(['a phrasing a teacher just added']);
  });
});
