import { describe, expect, it } from 'vitest';
import { smallTalk } from './small-talk.ts';

describe('smallTalk', () => {
  it.each([
    ['ok', 'Alright!'],
    ['got it', 'Alright!'],
    ['who are you?', "I'm your Python tutor."],
    ['what can you do', "I'm your Python tutor."],
    ['can you help me', 'Of course!'],
    ['i need help with python', 'Of course!'],
    ['help me please', 'Of course!'],
    ['write me a calculator in python', "Let's build it together!"],
    ['can you make a tic tac toe game', "Let's build it together!"],
    ['what topics are there?', 'The course has 8 modules, 24 topics in all'],
    ['what can i learn here', 'The course has 8 modules'],
    ['show me all the topics', 'The course has 8 modules'],
  ])('answers "%s" as conversation', (message, start) => {
    const talk = smallTalk(message);
    expect(talk?.kind).toBe('reply');
    expect(talk?.kind === 'reply' && talk.text.startsWith(start)).toBe(true);
  });

  it.each(["I'm stuck", 'im still stuck', 'stuck again'])(
    'reads "%s" as stuck on the open exercise',
    (message) => {
      expect(smallTalk(message)).toEqual({ kind: 'stuck' });
    },
  );

  it.each([
    'ok so how do for loops work',
    'can you help me with for loops',
    "i'm stuck on the fizzbuzz exercise",
    'what can you do with a dictionary',
    'help() function',
    'make a list of numbers from 1 to 10',
    'can you write a program that prints the fibonacci numbers',
    'write a function to reverse a string',
    'make a copy of a dictionary',
    'write a program that sorts a list',
  ])('leaves "%s" to triage', (message) => {
    expect(smallTalk(message)).toBeNull();
  });
});
