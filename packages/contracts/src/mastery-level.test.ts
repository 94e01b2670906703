import { describe, expect, it } from 'vitest';
import { levelOf } from './mastery-level.ts';

describe('levelOf: 0-40 Beginner, 41-70 Learning, 71-90 Proficient, 91-100 Mastered', () => {
  it.each([
    [0, 'Beginner'],
    [1, 'Beginner'],
    [40, 'Beginner'],
    [41, 'Learning'],
    [70, 'Learning'],
    [71, 'Proficient'],
    [90, 'Proficient'],
    [91, 'Mastered'],
    [100, 'Mastered'],
  ])('%i is %s', (mastery, level) => {
    expect(levelOf(mastery)).toBe(level);
  });
});
