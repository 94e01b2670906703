import type { ExerciseDetail } from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import { type Caller, type ExerciseRecord, findExercise } from './find-exercise.ts';
import { submissionHistory } from './submission-history.ts';

/** Hints never go past the third: the last one points at the key step, never the whole solution. */
export const MAX_HINTS = 3;

export const hintsTotal = (record: ExerciseRecord) => Math.min(MAX_HINTS, record.definition.hints.length);

/**
 * What the caller sees of an exercise: only the hints they unlocked, no hidden test, and no
 * solution unless `withSolution` (a teacher who asked for it, to preview what they assign).
 */
export function toDetail(
  record: ExerciseRecord,
  unlocked: number,
  history: Pick<ExerciseDetail, 'best' | 'latest'> = { best: null, latest: null },
  withSolution = false,
): ExerciseDetail {
  const { definition } = record;
  return {
    ...(withSolution ? { solution: definition.solution } : {}),
    id: record.id,
    slug: record.source === 'bank' ? definition.slug : null,
    title: definition.title,
    prompt: definition.prompt,
    starterCode: definition.starterCode,
    difficulty: definition.difficulty,
    topic: definition.topic,
    source: record.source,
    hints: definition.hints.slice(0, Math.min(unlocked, hintsTotal(record))),
    hintsTotal: hintsTotal(record),
    visibleTests: definition.tests.filter((test) => !test.hidden).map((test) => ({ name: test.name })),
    best: history.best,
    latest: history.latest,
  };
}

/** `?include=solution` is for teachers only: a student asking gets 403, never the solution. */
export async function getExercise(
  deps: ServiceDeps,
  caller: Caller,
  idOrSlug: string,
  include?: 'solution',
): Promise<ExerciseDetail> {
  const withSolution = include === 'solution';
  if (withSolution && caller.role !== 'teacher')
    throw appError('FORBIDDEN', 'Only teachers see reference solutions: drop ?include=solution.');
  const record = await findExercise(deps, caller, idOrSlug);
  const [hints, history] = await Promise.all([
    deps.db
      .selectFrom('exercise_hints')
      .select('level')
      .where('user_id', '=', caller.id)
      .where('exercise_id', '=', record.id)
      .executeTakeFirst(),
    submissionHistory(deps, caller.id, record.id),
  ]);
  return toDetail(record, hints?.level ?? 0, history, withSolution);
}
