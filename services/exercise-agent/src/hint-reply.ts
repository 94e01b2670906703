import type { ServiceDeps } from '@learnflow/platform';
import type { Caller } from './find-exercise.ts';
import { requestHint } from './request-hint.ts';

/** "Can you give me a hint?": asking for a hint, not for a new exercise. */
export const ASKS_FOR_HINT = /\bhints?\b|\bclue\b|\bnudge\b/i;

/** The exercise the student worked on last (a submission or a hint) and has not solved yet. */
async function lastOpenExercise(deps: ServiceDeps, userId: string): Promise<string | undefined> {
  const solved = deps.db
    .selectFrom('submissions')
    .select('exercise_id')
    .where('user_id', '=', userId)
    .where('passed', '=', true);
  const touched = await deps.db
    .selectFrom('submissions')
    .select(['exercise_id', 'created_at as at'])
    .where('user_id', '=', userId)
    .where('exercise_id', 'not in', solved)
    .unionAll(
      deps.db
        .selectFrom('exercise_hints')
        .select(['exercise_id', 'updated_at as at'])
        .where('user_id', '=', userId)
        .where('exercise_id', 'not in', solved),
    )
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return touched?.exercise_id;
}

/**
 * The next hint of the exercise the student is working on (the one they last submitted to or asked a
 * hint for, unsolved), with where it stands on the ladder; or, when there is none, what to do instead.
 */
export async function hintReply(
  deps: ServiceDeps,
  caller: Caller,
): Promise<{ text: string; data: Record<string, unknown> }> {
  const exerciseId = await lastOpenExercise(deps, caller.id);
  if (!exerciseId)
    return {
      text: 'Which exercise is it? Open it and press **Hint** there, or paste your code here and tell me what it should do: I will point you to where to look.',
      data: { hint: null },
    };
  const hint = await requestHint(deps, caller, exerciseId);
  const title = (
    await deps.db
      .selectFrom('exercises')
      .select('title')
      .where('id', '=', exerciseId)
      .executeTakeFirstOrThrow()
  ).title;
  const more = hint.last ? 'That was the last hint: the rest is yours.' : 'Ask again for the next one.';
  return {
    text: `Hint ${hint.level} of ${hint.hintsTotal} for [${title}](/exercises/${exerciseId}): ${hint.hint}\n\n${more}`,
    data: { exerciseId, title, ...hint },
  };
}
