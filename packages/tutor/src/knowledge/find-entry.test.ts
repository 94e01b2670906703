import { describe, expect, it } from 'vitest';
import { termStem } from './entry-terms.ts';
import { findEntry } from './find-entry.ts';
import { knowledgeBase } from './knowledge-base.ts';

describe('findEntry', () => {
  it('reads a misspelt word as the entry word one edit away', () => {
    const { index } = knowledgeBase();
    expect(index.unknownShare('sentance')).toBe(0);
    expect(index.unknownShare('sentanse')).toBe(1);
    expect(index.search('print the fibonaci numbers', { limit: 1 })[0]?.entry.id).toBe('fibonacci-sequence');
  });

  it('stems a word and its inflections to one term', () => {
    expect(new Set(['change', 'changed', 'changing', 'changes'].map(termStem)).size).toBe(1);
    expect(termStem('running')).toBe(termStem('run'));
  });

  it('answers nothing about another language, even with Python words in it', async () => {
    for (const question of ['how to do a for loop in java', 'what is a linked list in c', 'c++ classes'])
      expect(await findEntry(question)).toEqual({ best: null, choices: [] });
    expect((await findEntry('how do i write a for loop')).best).not.toBeNull();
  });
});
