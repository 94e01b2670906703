import { describe, expect, it } from 'vitest';
import { refersToCode } from './refers-to-code.ts';

const code = 'total = 0\nfor n in [1, 2]:\n    total = n\nprint(total)\n';

describe('refersToCode', () => {
  it.each([
    '',
    'why is total 2',
    'review this',
    'is my solution right?',
    'what does line 3 do',
    'it prints the wrong number',
    'help',
    'I get a TypeError',
    'how can I make my code shorter',
    'any tips to make it cleaner',
    'is there a more pythonic way',
    'what is wrong with my code',
    'Explain my error: IndexError: list index out of range (line 2)',
    'Explain my error',
    'my program gives the wrong answer',
  ])('"%s" is about the code beside it', (message) => {
    expect(refersToCode(message, code)).toBe(true);
  });

  it.each([
    'how do i reverse a string',
    'what is a dictionary',
    'give me an exercise on loops',
    'how am i doing',
    'thanks',
    'what about a dictionary?',
    'how do i get better at python',
    'how can i make my program wait for 2 seconds',
    'why do people use if __name__ == "__main__"',
    'how do i sort a dictionary by its values',
    'why is 0.1 + 0.2 not 0.3',
    'how do i handle a ValueError when converting input',
    'whats the best way to remove duplicates from a list but keep the order',
  ])('"%s" says nothing about the code beside it', (message) => {
    expect(refersToCode(message, code)).toBe(false);
  });
});
