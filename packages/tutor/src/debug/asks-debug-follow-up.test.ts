import { describe, expect, it } from 'vitest';
import { asksDebugFollowUp } from './asks-debug-follow-up.ts';

describe('asksDebugFollowUp', () => {
  it.each([
    'how do i fix it?',
    'ok so how do I fix this',
    'give me a hint',
    'can i get another hint please',
    'what should i write instead',
    "I still don't get it",
    "i'm still stuck",
    'it still doesnt work',
    'now what?',
  ])('"%s" asks about the code just debugged', (message) => {
    expect(asksDebugFollowUp(message)).toBe(true);
  });

  it.each([
    'how do i fix a KeyError',
    'give me a hint for the fizzbuzz exercise',
    'what should i learn next',
    "i don't get recursion",
    'thanks!',
  ])('"%s" is a message of its own', (message) => {
    expect(asksDebugFollowUp(message)).toBe(false);
  });
});
