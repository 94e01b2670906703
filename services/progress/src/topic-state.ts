import type { MasteryComponents } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';
import { exercisesComponent, toHundredths } from './mastery.ts';

/** Quality is the mean of the topic's latest quality observations, this many. */
export const QUALITY_WINDOW = 10;

/** One quality observation of the window: the fact's time, its id (the tie-break) and its quality. */
export interface QualityObservation {
  at: string;
  id: string;
  quality: number;
}

/** The best score per exercise of the topic (an attempt without a score counts 0). */
export type ExerciseBests = Record<string, number>;

/**
 * A topic's mastery components and what the next fact needs to update them without reading the
 * student's other facts (stored with the progress row: `exercise_bests`, `quality_window`).
 */
export interface TopicState {
  parts: MasteryComponents;
  bests: ExerciseBests;
  window: QualityObservation[];
}

export type ExerciseRow = {
  id: string;
  topic_id: number;
  difficulty: 'easy' | 'medium' | 'hard';
  source: string;
};

/** The bank exercises of these topics and the exercises attempted: what the exercises component weighs. */
export async function exercisesFor(trx: Db, topicIds: readonly number[], attempted: readonly string[]) {
  if (topicIds.length === 0) return [];
  return trx
    .selectFrom('progress_exercises')
    .select(['id', 'topic_id', 'difficulty', 'source'])
    .where((eb) =>
      eb.or([
        eb.and([eb('topic_id', 'in', topicIds), eb('source', '=', 'bank')]),
        ...(attempted.length > 0 ? [eb('id', 'in', attempted)] : []),
      ]),
    )
    .execute();
}

/**
 * The exercises component of a topic: its bank exercises (0 until attempted) and every other
 * exercise attempted on it (generated, or unknown here: medium), each at its best score.
 */
export function exercisesScore(
  topicId: number,
  bests: ExerciseBests,
  exercises: readonly ExerciseRow[],
): number {
  const pool = new Map<string, { difficulty: ExerciseRow['difficulty']; best: number | null }>();
  for (const exercise of exercises) {
    if (exercise.topic_id === topicId && exercise.source === 'bank')
      pool.set(exercise.id, { difficulty: exercise.difficulty, best: bests[exercise.id] ?? null });
  }
  for (const [exerciseId, best] of Object.entries(bests)) {
    const difficulty = exercises.find((e) => e.id === exerciseId)?.difficulty ?? 'medium';
    if (!pool.has(exerciseId)) pool.set(exerciseId, { difficulty, best });
  }
  return exercisesComponent([...pool.values()]);
}

/** The bests with one more graded attempt; the same object when it beats nothing. */
export function withGrade(bests: ExerciseBests, exerciseId: string, score: number | null): ExerciseBests {
  const best = Math.max(bests[exerciseId] ?? 0, score ?? 0);
  return bests[exerciseId] === best ? bests : { ...bests, [exerciseId]: best };
}

/** Newest first; at the same time, by fact id (as `order by occurred_at desc, id`). */
const newestFirst = (a: QualityObservation, b: QualityObservation) =>
  Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The window with one more observation, in any order of arrival: the latest QUALITY_WINDOW. */
export function withQuality(window: readonly QualityObservation[], observation: QualityObservation) {
  return [...window.filter((o) => o.id !== observation.id), observation]
    .sort(newestFirst)
    .slice(0, QUALITY_WINDOW);
}

/** The quality component: the window's mean, summed in hundredths (stored values have two decimals). */
export function qualityScore(window: readonly QualityObservation[]): number {
  if (window.length === 0) return 0;
  const hundredths = window.reduce((sum, o) => sum + Math.round(o.quality * 100), 0);
  return toHundredths(hundredths / window.length / 100);
}

/** The same four components. */
export const sameParts = (a: MasteryComponents, b: MasteryComponents) =>
  (Object.keys(a) as (keyof MasteryComponents)[]).every((k) => a[k] === b[k]);

/** The same memory of the facts: the bests and the quality window. */
export function sameMemory(a: TopicState, b: TopicState): boolean {
  const keys = Object.keys(a.bests);
  return (
    keys.length === Object.keys(b.bests).length &&
    keys.every((k) => a.bests[k] === b.bests[k]) &&
    a.window.length === b.window.length &&
    a.window.every((o, i) => o.id === b.window[i]?.id && o.quality === b.window[i]?.quality)
  );
}
