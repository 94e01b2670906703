import { describe, expect, it } from 'vitest';
import { topicSlugs } from '../content/curriculum.ts';
import { recognizeTopic } from './recognize-topic.ts';
import { TOPIC_NAMES } from './topic-names.ts';

describe('recognizeTopic', () => {
  it.each([
    ['can you give me an exercise on dictionaries', 'dictionaries'],
    ['exercise with dicts please', 'dictionaries'],
    ['a dict problem', 'dictionaries'],
    ['practice on dictonaries', 'dictionaries'],
    ['give me a practice problem about while loops', 'while-loops'],
    ['quiz me on the while loop', 'while-loops'],
    ['a challenge using while-loops', 'while-loops'],
    ['exercise on for loops', 'for-loops'],
    ['something with loops', 'for-loops'],
    ['list comprehensions exercise', 'list-comprehensions'],
    ['listcomps practice', 'list-comprehensions'],
    ['a harder list comprehension one', 'list-comprehensions'],
    ['practice f-strings', 'input-output'],
    ['fstrings exercise', 'input-output'],
    ['exercise about classes', 'classes-and-objects'],
    ['OOP practice', 'classes-and-objects'],
    ['quiz me on inheritance', 'inheritance'],
    ['inheritence exercise', 'inheritance'],
    ['try/except practice', 'handling-exceptions'],
    ['an exercise on try and except', 'handling-exceptions'],
    ['exceptions exercise', 'handling-exceptions'],
    ['raising exceptions practice', 'raising-exceptions'],
    ['practice with csv', 'csv-and-json'],
    ['a json exercise', 'csv-and-json'],
    ['recursion practice', 'defining-functions'],
    ['recurssion exercise', 'defining-functions'],
    ['lambdas please', 'scope-and-lambdas'],
    ['practice lamda functions', 'scope-and-lambdas'],
    ['random numbers exercise', 'math-and-random'],
    ['exercise with dates', 'collections-and-datetime'],
    ['give me a lists exercise', 'lists'],
    ['an exercise on reading from a file', 'reading-files'],
    ['writing to files practice', 'writing-files'],
    ['quiz on Variables and Assignment', 'variables'],
    ['practice data types', 'data-types'],
    ['a quiz about special methods', 'special-methods'],
    ['exercise on parameters', 'parameters-and-returns'],
    ['exercise on importing modules', 'importing-modules'],
    ['elif practice', 'conditionals'],
    ['exercise on tracebacks', 'understanding-exceptions'],
  ])('%s -> %s', (message, slug) => {
    expect(recognizeTopic(message)?.slug).toBe(slug);
  });

  it.each([
    'give me an exercise',
    'quiz me',
    'another one, harder',
    'can you give me a random exercise',
    'a list of practice problems please',
    'can I try a quiz',
    'a super hard challenge',
    'make the next one easier',
  ])('%s names no topic', (message) => {
    expect(recognizeTopic(message)).toBeNull();
  });

  it('says which words named the topic, and gives its curriculum title', () => {
    expect(recognizeTopic('an exercise on While-Loops!')).toEqual({
      slug: 'while-loops',
      title: 'While Loops',
      words: 'while loops',
    });
  });

  it('knows every curriculum topic by its slug and title, and names only curriculum topics', () => {
    for (const slug of topicSlugs()) {
      expect(recognizeTopic(`practice ${slug}`)?.slug).toBe(slug);
    }
    expect(Object.keys(TOPIC_NAMES).sort()).toEqual([...topicSlugs()].sort());
  });
});
