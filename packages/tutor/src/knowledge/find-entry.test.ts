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

  it("answers a beginner's first questions with the entry made for them", async () => {
    // Asked by hand on 2026-12-06 through the API, each got a wrong entry or a question before these entries
    // and phrasings were written; not in the labelled set, whose test split stays untuned.
    const asked = {
      'how do I append to a list': 'add-to-list',
      'how do I get user input': 'input-read-text',
      'what does len do': 'len-function',
      'how to join two strings': 'concatenate-strings',
      'what is a string': 'what-is-a-string',
      'what is __str__': 'str-vs-repr',
      'how to access a value in a dictionary': 'read-dict-value',
      'how do i debug my code': 'debug-your-code',
      'how to do exponents': 'power-exponent-operator',
      'how to get the absolute value': 'absolute-value',
      'what is an if statement': 'if-elif-else-basics',
    };
    for (const [question, entry] of Object.entries(asked))
      expect((await findEntry(question)).best?.entry.id, question).toBe(entry);
  });
});
