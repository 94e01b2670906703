import type { Db } from '@learnflow/platform';
import { consistencyComponent, toHundredths } from './mastery.ts';
import type { ProgressOptions } from './progress-options.ts';
import { storeStreak } from './recompute.ts';
import type { StoredFact, TopicRef } from './record-fact.ts';
import { type ProgressUpdate, storedStates, storeTopics } from './store-topics.ts';
import { localDay } from './streak.ts';
import type { LockedStudent } from './student-lock.ts';
import type { Fact } from './to-fact.ts';
import {
  exercisesFor,
  exercisesScore,
  qualityScore,
  type TopicState,
  withGrade,
  withQuality,
} from './topic-state.ts';

const EMPTY: TopicState = {
  parts: { exercises: 0, quizzes: 0, quality: 0, consistency: 0 },
  bests: {},
  window: [],
};

/**
 * A new fact, applied to the student's stored mastery without reading their other facts: the
 * fact's topic gets its component updated (a best score per exercise, the best quiz, the quality
 * window), every topic gets the new consistency when the streak moved (recomputed only on a new
 * active day or a new local day since it was last computed). Gives what `recompute` would store
 * from all the facts, in any order of arrival; writes and returns only what changed.
 */
export async function applyFact(
  trx: Db,
  options: ProgressOptions,
  student: LockedStudent,
  fact: Fact,
  stored: StoredFact,
  topic: TopicRef | null,
): Promise<ProgressUpdate[]> {
  const now = options.now();
  const streakKnown =
    !stored.newDay && localDay(student.streakAt, student.timezone) === localDay(now, student.timezone);
  const streak = streakKnown ? student.streak : await storeStreak(trx, student, now);
  const consistency = consistencyComponent(streak);
  const before = await storedStates(trx, student.id);
  const states = new Map<number, TopicState>();
  for (const [topicId, state] of before)
    states.set(topicId, { ...state, parts: { ...state.parts, consistency } });
  if (topic) {
    const current = states.get(topic.id) ?? { ...EMPTY, parts: { ...EMPTY.parts, consistency } };
    states.set(topic.id, await withFact(trx, topic.id, current, fact, stored));
  }
  return storeTopics(trx, student, now, streak, states, before, topic);
}

/** The topic's state with the fact in it. */
async function withFact(trx: Db, topicId: number, state: TopicState, fact: Fact, stored: StoredFact) {
  const parts = { ...state.parts };
  let { bests, window } = state;
  if (fact.kind === 'exercise.graded' && fact.exerciseId) {
    bests = withGrade(bests, fact.exerciseId, stored.score);
    // A new exercise joins the pool, or a better score: the weighted mean again.
    if (bests !== state.bests)
      parts.exercises = exercisesScore(
        topicId,
        bests,
        await exercisesFor(trx, [topicId], Object.keys(bests)),
      );
  }
  if (fact.kind === 'quiz.attempted' && stored.score !== null)
    parts.quizzes = Math.max(parts.quizzes, toHundredths(stored.score));
  if (stored.quality !== null) {
    window = withQuality(window, {
      at: fact.occurredAt.toISOString(),
      id: stored.id,
      quality: stored.quality,
    });
    parts.quality = qualityScore(window);
  }
  return { parts, bests, window };
}
