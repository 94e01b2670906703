import type { OfferedChoice } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { choiceNamed } from './choice-named.ts';

const choices: OfferedChoice[] = [
  { id: 'random-seed', title: 'random.seed for repeatable results', topic: 'math-and-random' },
  { id: 'random-integer', title: 'Random whole number (randint, randrange)', topic: 'math-and-random' },
  { id: 'random-sample', title: 'Random items without repeats (sample)', topic: 'math-and-random' },
];

describe('choiceNamed', () => {
  it.each([
    ['2', 'random-integer'],
    ['2.', 'random-integer'],
    ['the second one', 'random-integer'],
    ['option 3 please', 'random-sample'],
    ['number 1', 'random-seed'],
    ['first', 'random-seed'],
    ['the last one', 'random-sample'],
    ['randint', 'random-integer'],
    ['the randint one', 'random-integer'],
    ['Random items without repeats (sample)', 'random-sample'],
  ])('reads "%s" as %s', (reply, id) => {
    expect(choiceNamed(reply, choices)?.id).toBe(id);
  });

  it.each(['4', 'random', 'how do I shuffle a list', 'what is a dictionary', '', 'the one'])(
    'reads "%s" as no pick (a new question, or more than one title)',
    (reply) => {
      expect(choiceNamed(reply, choices)).toBeNull();
    },
  );
});
