import { describe, expect, it } from 'vitest';
import { builtinNames } from './builtin-names.ts';
import { closestMatch, editDistance, similarity } from './similarity.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, changes and swapped neighbours as one edit each', () => {
    expect(editDistance('name', 'name')).toBe(0);
    expect(editDistance('totl', 'total')).toBe(1);
    expect(editDistance('prrint', 'print')).toBe(1);
    expect(editDistance('pront', 'print')).toBe(1);
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('similarity', () => {
  it('is a 0-1 ratio that ignores case', () => {
    expect(similarity('Name', 'name')).toBe(1);
    expect(similarity('nmae', 'name')).toBe(0.75);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});

describe('closestMatch', () => {
  it('finds the name a typo meant, preferring earlier candidates on a tie', () => {
    expect(closestMatch('nmae', ['age', 'name', ...builtinNames])).toBe('name');
    expect(closestMatch('pritn', builtinNames)).toBe('print');
    expect(closestMatch('lenght', builtinNames)).toBe(null);
    expect(closestMatch('true', builtinNames)).toBe('True');
    expect(closestMatch('scroe', ['score', 'scores'])).toBe('score');
  });

  it('suggests nothing for unrelated or one-letter names', () => {
    expect(closestMatch('x', ['y', 'z', 'max'])).toBeNull();
    expect(closestMatch('banana', builtinNames)).toBeNull();
  });
});
