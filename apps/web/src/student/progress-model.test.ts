import { describe, expect, it } from 'vitest';
import type { Progress } from '../api/types.ts';
import { applyProgressUpdate, masteryOf } from './progress-model.ts';

const progress: Progress = {
  streak: 1,
  nextTopic: null,
  topics: [
    {
      topic: 'variables',
      mastery: 50,
      level: 'Learning',
      components: { exercises: 50, quizzes: 50, quality: 50, consistency: 50 },
    },
  ],
};

describe('progress model', () => {
  it('reads a topic’s mastery; one not started is 0, Beginner', () => {
    expect(masteryOf(progress, 'variables')).toEqual({ mastery: 50, level: 'Learning' });
    expect(masteryOf(progress, 'for-loops')).toEqual({ mastery: 0, level: 'Beginner' });
    expect(masteryOf(undefined, 'for-loops')).toEqual({ mastery: 0, level: 'Beginner' });
  });

  it('applies a live update to a known topic and adds a new one', () => {
    const updated = applyProgressUpdate(progress, {
      topic: 'variables',
      mastery: 75,
      level: 'Proficient',
      streak: 2,
    });
    expect(masteryOf(updated, 'variables')).toEqual({ mastery: 75, level: 'Proficient' });
    expect(updated?.streak).toBe(2);
    const added = applyProgressUpdate(progress, {
      topic: 'for-loops',
      mastery: 12,
      level: 'Beginner',
      streak: 1,
    });
    expect(added?.topics.map((t) => t.topic)).toEqual(['variables', 'for-loops']);
  });
});
