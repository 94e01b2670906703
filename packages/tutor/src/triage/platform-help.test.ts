import { describe, expect, it } from 'vitest';
import { platformHelp } from './platform-help.ts';

describe('platformHelp', () => {
  it.each([
    ['how do i submit my exercise', 'press **Submit**'],
    ['where can i see my progress?', '**Dashboard**'],
    ['i forgot my password', 'reset code'],
    ['how do i join a class', 'join code'],
    ['can my teacher see my chat', 'your teacher sees'],
    ['is my code saved', 'keeps your latest code'],
    ['how are exercises graded', 'some of them hidden'],
    ['what is mastery', '40% exercises, 30% quizzes'],
    ['how do i level up', 'Beginner'],
  ])('answers "%s"', (message, part) => {
    expect(platformHelp(message)?.text).toContain(part);
  });

  it.each([
    'how do i submit a form with python requests',
    'what is a class',
    'how do i save a file',
    'what is a password hash',
  ])('leaves "%s" to the tutor', (message) => {
    expect(platformHelp(message)).toBeNull();
  });
});
