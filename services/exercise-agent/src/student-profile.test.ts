import { describe, expect, it } from 'vitest';
import { askedDifficulty } from './answer-exercise-request.ts';
import { mostCommonError } from './student-profile.ts';

describe('mostCommonError', () => {
  it('picks the most frequent type, the most recent one on a tie', () => {
    const errors = ['NameError', 'IndexError', 'IndexError', 'NameError', 'TypeError'].map((type) => ({
      type,
    }));
    expect(mostCommonError(errors)).toBe('NameError');
    expect(mostCommonError([{ type: 'KeyError' }, { type: 'TypeError' }, { type: 'TypeError' }])).toBe(
      'TypeError',
    );
    expect(mostCommonError([])).toBeNull();
  });
});

describe('askedDifficulty', () => {
  it('reads the difficulty a student asks for in words', () => {
    expect(askedDifficulty('Give me a HARD one')).toBe('hard');
    expect(askedDifficulty('something more challenging please')).toBe('hard');
    expect(askedDifficulty('an easy exercise on loops')).toBe('easy');
    expect(askedDifficulty('a medium exercise')).toBe('medium');
    expect(askedDifficulty('I want to practise lists')).toBeNull();
  });
});
