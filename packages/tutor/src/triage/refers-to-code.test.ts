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
  ])('"%s" says nothing about the code beside it', (message) => {
    expect(refersToCode(message, code)).toBe(false);
  });
});
