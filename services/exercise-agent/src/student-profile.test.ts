import { describe, expect, it } from 'vitest';
import { askedDifficulty } from './answer-exercise-request.ts';
import { mostCommonError } from './student-profile.ts';
import { submissionUuid } from './submit-solution.ts';

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

describe('submissionUuid', () => {
  it('keeps a UUID and derives a stable one from any other id', () => {
    const uuid = '0b7c1f3e-2a4d-4c1b-9e8f-1a2b3c4d5e6f';
    expect(submissionUuid(uuid)).toBe(uuid);
    expect(submissionUuid('sub-42')).toBe(submissionUuid('sub-42'));
    expect(submissionUuid('sub-42')).not.toBe(submissionUuid('sub-43'));
    expect(submissionUuid('sub-42')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
