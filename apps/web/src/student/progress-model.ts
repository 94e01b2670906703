import { levelOf } from '@learnflow/contracts/mastery-level';
import type { Level, Progress, TopicProgress } from '../api/types.ts';
import type { LiveFrameOf } from '../live/live-socket.ts';

export interface TopicMastery {
  mastery: number;
  level: Level;
}

/** A topic's mastery; a topic not started yet is 0, Beginner. */
export function masteryOf(progress: Progress | undefined, topic: string): TopicMastery {
  const found = progress?.topics.find((t) => t.topic === topic);
  return found ? { mastery: found.mastery, level: found.level } : { mastery: 0, level: levelOf(0) };
}

/** A `progress.updated` frame's data. */
type ProgressUpdate = Omit<LiveFrameOf<'progress.updated'>['data'], 'userId'>;

/** Applies a live progress update to the loaded progress. */
export function applyProgressUpdate(
  progress: Progress | undefined,
  update: ProgressUpdate,
): Progress | undefined {
  if (!progress) return progress;
  const existing = progress.topics.find((t) => t.topic === update.topic);
  const topics: TopicProgress[] = existing
    ? progress.topics.map((t) =>
        t.topic === update.topic ? { ...t, mastery: update.mastery, level: update.level } : t,
      )
    : [
        ...progress.topics,
        {
          topic: update.topic,
          mastery: update.mastery,
          level: update.level,
          components: { exercises: 0, quizzes: 0, quality: 0, consistency: 0 },
        },
      ];
  return { ...progress, streak: update.streak, topics };
}
