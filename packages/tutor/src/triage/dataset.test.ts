import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS } from './intent-schema.ts';
import { loadDataset } from './load-dataset.ts';
import { TRACEBACK } from './signal-patterns.ts';
import { splitOf } from './split-of.ts';

const dataset = loadDataset();
const curriculum = JSON.parse(
  readFileSync(new URL('../../../../db/seed/curriculum.json', import.meta.url), 'utf8'),
) as { modules: { topics: { slug: string }[] }[] };
const topicSlugs = curriculum.modules.flatMap((module) => module.topics.map((topic) => topic.slug));

describe('dataset/messages.jsonl', () => {
  it('holds at least 360 distinct messages, at least 45 of each intent', () => {
    expect(dataset.length).toBeGreaterThanOrEqual(360);
    expect(new Set(dataset.map((row) => `${row.text}\n${row.code}`)).size).toBe(dataset.length);
    for (const intent of INTENTS) {
      expect(dataset.filter((row) => row.intent === intent).length).toBeGreaterThanOrEqual(45);
    }
  });

  it('assigns every split by the stable hash, about 30% held out, every intent in both', () => {
    const misplaced = dataset.filter((row) => row.split !== splitOf(row.text, row.code));
    expect(misplaced.map((row) => ({ text: row.text, split: splitOf(row.text, row.code) }))).toEqual([]);
    const share = dataset.filter((row) => row.split === 'test').length / dataset.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    for (const intent of INTENTS) {
      for (const split of ['train', 'test']) {
        expect(dataset.filter((row) => row.intent === intent && row.split === split).length).toBeGreaterThan(
          10,
        );
      }
    }
  });

  it('covers all 24 curriculum topics and names no other', () => {
    expect(topicSlugs).toHaveLength(24);
    const used = new Set(dataset.flatMap((row) => (row.topic === null ? [] : [row.topic])));
    expect([...used].sort()).toEqual([...topicSlugs].sort());
  });

  it('mixes code-only, traceback-only, code with text, short and long messages', () => {
    const count = (predicate: (row: (typeof dataset)[number]) => boolean) => dataset.filter(predicate).length;
    expect(count((row) => row.text === '' && row.code !== null)).toBeGreaterThanOrEqual(15);
    expect(count((row) => row.code === null && TRACEBACK.test(row.text))).toBeGreaterThanOrEqual(8);
    expect(count((row) => row.text !== '' && row.code !== null)).toBeGreaterThanOrEqual(80);
    expect(count((row) => row.text.split(/\s+/).filter(Boolean).length <= 3)).toBeGreaterThanOrEqual(40);
    expect(count((row) => row.text.split(/\s+/).length >= 15)).toBeGreaterThanOrEqual(15);
  });
});
