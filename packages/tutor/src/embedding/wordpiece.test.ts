import { describe, expect, it } from 'vitest';
import { basicWords, tokenIds, wordPieces } from './wordpiece.ts';

describe('BERT uncased WordPiece', () => {
  it('lower-cases, strips accents and splits around punctuation, Python symbols included', () => {
    expect(basicWords("What's x[::-1]?")).toEqual(['what', "'", 's', 'x', '[', ':', ':', '-', '1', ']', '?']);
    expect(basicWords('Café  **kwargs')).toEqual(['cafe', '*', '*', 'kwargs']);
  });

  it('splits a word into the longest pieces of the vocabulary, and an unknown one into [UNK]', () => {
    expect(wordPieces('dictionaries')).toEqual(['di', '##ction', '##aries']);
    expect(wordPieces('string')).toEqual(['string']);
    expect(wordPieces('😀')).toEqual(['[UNK]']);
  });

  it("gives the ids of BERT's vocabulary between [CLS] and [SEP], at most 128", () => {
    expect(tokenIds('How do I?')).toEqual([101, 2129, 2079, 1045, 1029, 102]);
    const long = tokenIds('word '.repeat(500));
    expect(long).toHaveLength(128);
    expect(long.at(-1)).toBe(102);
  });
});
