import { describe, expect, it } from 'vitest';
import { countRecent, type ErrorOccurrence, hintLevelFor, isRepeatedError } from './error-patterns.ts';

const now = Date.parse('2025-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const history = (...entries: [string, number][]): ErrorOccurrence[] =>
  entries.map(([type, minutes]) => ({ type, at: minutesAgo(minutes) }));

describe('hintLevelFor', () => {
  it('starts at 1 the first time an error type shows up', () => {
    expect(hintLevelFor(history(['NameError', 0]), 'NameError', { now })).toBe(1);
    expect(hintLevelFor([], 'NameError', { now })).toBe(1);
  });

  it('gives 2 on the second occurrence and 3 from the third within the window', () => {
    expect(hintLevelFor(history(['TypeError', 5], ['TypeError', 0]), 'TypeError', { now })).toBe(2);
    expect(
      hintLevelFor(history(['TypeError', 9], ['TypeError', 5], ['TypeError', 0]), 'TypeError', { now }),
    ).toBe(3);
    expect(
      hintLevelFor(
        history(['TypeError', 12], ['TypeError', 9], ['TypeError', 5], ['TypeError', 0]),
        'TypeError',
        { now },
      ),
    ).toBe(3);
  });

  it('only counts the same type', () => {
    expect(
      hintLevelFor(history(['NameError', 3], ['IndexError', 2], ['TypeError', 0]), 'TypeError', { now }),
    ).toBe(1);
  });

  it('forgets errors older than the window', () => {
    const old = history(['KeyError', 90], ['KeyError', 60], ['KeyError', 0]);
    expect(hintLevelFor(old, 'KeyError', { now })).toBe(1);
    expect(hintLevelFor(old, 'KeyError', { now, windowMs: 2 * 60 * 60_000 })).toBe(3);
  });

  it('counts the current error on top when the history does not hold it yet', () => {
    expect(hintLevelFor(history(['NameError', 4]), 'NameError', { now, includesCurrent: false })).toBe(2);
    expect(hintLevelFor([], 'NameError', { now, includesCurrent: false })).toBe(1);
  });

  it('accepts Date, epoch and ISO timestamps and skips unreadable ones', () => {
    const mixed: ErrorOccurrence[] = [
      { type: 'ValueError', at: new Date(now - 60_000) },
      { type: 'ValueError', at: now - 30_000 },
      { type: 'ValueError', at: 'not a date' },
    ];
    expect(countRecent(mixed, 'ValueError', { now })).toBe(2);
    expect(hintLevelFor(mixed, 'ValueError', { now })).toBe(2);
  });
});

describe('isRepeatedError', () => {
  it('is a struggle signal from 3 errors of the same type within the window', () => {
    expect(isRepeatedError(history(['IndexError', 8], ['IndexError', 0]), 'IndexError', { now })).toBe(false);
    expect(
      isRepeatedError(history(['IndexError', 8], ['IndexError', 4], ['IndexError', 0]), 'IndexError', {
        now,
      }),
    ).toBe(true);
  });

  it('does not mix types or count old errors', () => {
    expect(
      isRepeatedError(history(['IndexError', 8], ['KeyError', 4], ['IndexError', 0]), 'IndexError', { now }),
    ).toBe(false);
    expect(
      isRepeatedError(history(['IndexError', 300], ['IndexError', 200], ['IndexError', 0]), 'IndexError', {
        now,
      }),
    ).toBe(false);
  });
});
