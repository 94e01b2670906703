import { levelOf } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { consistencyComponent, exercisesComponent, masteryOf } from './mastery.ts';

const parts = (exercises: number, quizzes: number, quality: number, consistency: number) => ({
  exercises,
  quizzes,
  quality,
  consistency,
});

describe('mastery', () => {
  it.each([
    [parts(0, 0, 0, 0), 0],
    [parts(100, 100, 100, 100), 100],
    [parts(100, 0, 0, 0), 40],
    [parts(0, 100, 0, 0), 30],
    [parts(0, 0, 100, 0), 20],
    [parts(0, 0, 0, 100), 10],
    [parts(80, 60, 50, 100 / 7), 61],
    // 40.5 rounds half-up to 41; 40.4 rounds down to 40.
    [parts(100, 0, 0, 5), 41],
    [parts(100, 0, 0, 4), 40],
    [parts(100, 0, 2.5, 0), 41],
    [parts(100, 0, 2.49, 0), 40],
    // 70.5 -> 71, 90.5 -> 91, 90.45 -> 90.
    [parts(100, 100, 0, 5), 71],
    [parts(100, 100, 100, 5), 91],
    [parts(100, 100, 100, 4.5), 90],
    [parts(100, 100, 100, 4.49), 90],
  ])('%o -> %i', (components, expected) => {
    expect(masteryOf(components)).toBe(expected);
  });

  it('weighs exactly 40/30/20/10 (one point of each component)', () => {
    expect(masteryOf(parts(50, 50, 50, 50))).toBe(50);
    expect(masteryOf(parts(10, 0, 0, 0))).toBe(4);
    expect(masteryOf(parts(0, 10, 0, 0))).toBe(3);
    expect(masteryOf(parts(0, 0, 10, 0))).toBe(2);
    expect(masteryOf(parts(0, 0, 0, 10))).toBe(1);
  });
});

describe('levels', () => {
  it.each([
    [parts(100, 0, 0, 4), 40.4, 40, 'Beginner'],
    [parts(100, 0, 0, 5), 40.5, 41, 'Learning'],
    [parts(95, 0, 12.5, 0), 40.5, 41, 'Learning'],
    [parts(100, 100, 0, 4), 70.4, 70, 'Learning'],
    [parts(100, 100, 0, 5), 70.5, 71, 'Proficient'],
    [parts(100, 100, 100, 4), 90.4, 90, 'Proficient'],
    [parts(100, 100, 100, 5), 90.5, 91, 'Mastered'],
    [parts(100, 100, 97.5, 100), 99.5, 100, 'Mastered'],
  ])('%o: a weighted sum of %d rounds to %i, %s', (components, _sum, mastery, level) => {
    const rounded = masteryOf(components);
    expect(rounded).toBe(mastery);
    expect(levelOf(rounded)).toBe(level);
  });
});

describe('components', () => {
  it('exercises: best score per exercise, weighted easy 1, medium 2, hard 3', () => {
    expect(exercisesComponent([])).toBe(0);
    const bank = (easy: number | null, medium: number | null, hard: number | null) => [
      { difficulty: 'easy' as const, best: easy },
      { difficulty: 'medium' as const, best: medium },
      { difficulty: 'hard' as const, best: hard },
    ];
    expect(exercisesComponent(bank(100, null, null))).toBe(16.67);
    expect(exercisesComponent(bank(100, 100, null))).toBe(50);
    expect(exercisesComponent(bank(100, 100, 100))).toBe(100);
    expect(exercisesComponent(bank(100, 50, 0))).toBe(33.33);
  });

  it('consistency: min(streak, 7) / 7 * 100', () => {
    expect(consistencyComponent(0)).toBe(0);
    expect(consistencyComponent(1)).toBe(14.29);
    expect(consistencyComponent(7)).toBe(100);
    expect(consistencyComponent(30)).toBe(100);
  });
});
