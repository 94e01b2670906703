import { describe, expect, it } from 'vitest';
import { lessonIndex } from './lesson-index.ts';

describe('lesson retrieval', () => {
  it.each([
    ['what is a list comprehension', 'list-comprehensions'],
    ['how do i loop over a list with for', 'for-loops'],
    ['difference between a while loop and break', 'while-loops'],
    ['how do dictionaries store key value pairs', 'dictionaries'],
    ['what does try except do', 'handling-exceptions'],
    ['how do I write a class with __init__', 'classes-and-objects'],
    ['how to read a file line by line with open', 'reading-files'],
    ['what does the return statement do in a function', 'parameters-and-returns'],
  ])('finds the lesson for "%s"', (question, topic) => {
    expect(lessonIndex().bestTopic(question, null)).toBe(topic);
  });

  it('prefers the current topic for an ambiguous question', () => {
    expect(lessonIndex().bestTopic('how does it work with an example', 'while-loops')).toBe('while-loops');
    expect(lessonIndex().bestTopic('how does it work with an example', null)).not.toBeNull();
  });

  it('finds nothing for words no lesson uses', () => {
    expect(lessonIndex().search('zzqx blorf')).toEqual([]);
  });
});
