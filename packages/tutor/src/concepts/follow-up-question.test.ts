import { describe, expect, it } from 'vitest';
import { followUpQuestion } from './follow-up-question.ts';

describe('followUpQuestion', () => {
  it.each([
    ['what about a dictionary?', 'how do i loop over a list', 'how do i loop over a dictionary'],
    ['and a string?', 'how do i loop over a list', 'how do i loop over a string'],
    ['what about in reverse', 'how do i sort a list?', 'how do i sort a list in reverse'],
    ['how about for tuples', 'how do I get the length of a list', 'how do I get the length of a tuples'],
    ['ok what about with a key', 'how do i sort a list', 'how do i sort a list with a key'],
  ])('reads "%s" after "%s" as "%s"', (message, last, asked) => {
    expect(followUpQuestion(message, last)).toBe(asked);
  });

  it.each([
    'what about you',
    'and then?',
    'what is a dictionary',
    'what about the thing you said before, explain it all',
  ])('leaves "%s" as a message of its own', (message) => {
    expect(followUpQuestion(message, 'how do i loop over a list')).toBeNull();
  });
});
