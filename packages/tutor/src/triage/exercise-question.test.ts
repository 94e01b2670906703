import { describe, expect, it } from 'vitest';
import { exerciseQuestion } from './exercise-question.ts';

describe('exerciseQuestion', () => {
  it.each([
    ['How should I start?', 'start'],
    ['where do i begin', 'start'],
    ['what should i do first', 'start'],
    ['What does the prompt ask for?', 'task'],
    ['what am i supposed to do', 'task'],
    ["i don't understand the exercise", 'task'],
  ])('reads "%s" as %s', (message, kind) => {
    expect(exerciseQuestion(message)).toBe(kind);
  });

  it.each(['how do i start a for loop at 1', 'what does the print function do', 'give me an exercise'])(
    'leaves "%s" alone',
    (message) => {
      expect(exerciseQuestion(message)).toBeNull();
    },
  );
});
