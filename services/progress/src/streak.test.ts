import { describe, expect, it } from 'vitest';
import { addDays, localDay, longestStreakOf, streakOf } from './streak.ts';

describe('local days', () => {
  it('puts an instant on the calendar day of the zone', () => {
    const at = new Date('2025-06-01T02:30:00Z');
    expect(localDay(at, 'UTC')).toBe('2025-06-01');
    expect(localDay(at, 'America/Los_Angeles')).toBe('2025-05-31');
    expect(localDay(at, 'Asia/Tokyo')).toBe('2025-06-01');
    expect(localDay(new Date('2025-06-01T13:00:00Z'), 'Pacific/Auckland')).toBe('2025-06-02');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(localDay(new Date('2025-06-01T23:30:00Z'), 'Mars/Olympus_Mons')).toBe('2025-06-01');
  });

  it('adds calendar days across DST changes and month ends', () => {
    expect(addDays('2025-03-09', -1)).toBe('2025-03-08');
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps New York days right on both sides of the spring-forward night', () => {
    // 2025-03-09 02:00 EST -> 03:00 EDT: the local day is 23 hours long.
    expect(localDay(new Date('2025-03-09T04:59:00Z'), 'America/New_York')).toBe('2025-03-08');
    expect(localDay(new Date('2025-03-09T05:00:00Z'), 'America/New_York')).toBe('2025-03-09');
    expect(localDay(new Date('2025-03-10T03:59:00Z'), 'America/New_York')).toBe('2025-03-09');
    expect(localDay(new Date('2025-03-10T04:00:00Z'), 'America/New_York')).toBe('2025-03-10');
  });
});

describe('streaks', () => {
  it.each([
    [[], '2025-06-10', 0],
    [['2025-06-10'], '2025-06-10', 1],
    [['2025-06-09'], '2025-06-10', 1],
    [['2025-06-08'], '2025-06-10', 0],
    [['2025-06-08', '2025-06-09', '2025-06-10'], '2025-06-10', 3],
    [['2025-06-07', '2025-06-08', '2025-06-09'], '2025-06-10', 3],
    [['2025-06-06', '2025-06-08', '2025-06-09', '2025-06-10'], '2025-06-10', 3],
    [['2025-02-28', '2025-03-01'], '2025-03-01', 2],
  ])('%j on %s is %i', (days, today, streak) => {
    expect(streakOf(days, today)).toBe(streak);
  });

  it('knows the longest run', () => {
    expect(longestStreakOf([])).toBe(0);
    expect(longestStreakOf(['2025-06-01', '2025-06-02', '2025-06-05', '2025-06-06', '2025-06-07'])).toBe(3);
  });
});
