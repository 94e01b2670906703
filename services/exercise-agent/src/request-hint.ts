import type { HintResult } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sql } from 'kysely';
import { type Caller, findExercise } from './find-exercise.ts';
import { hintsTotal } from './get-exercise.ts';

/**
 * Unlocks the caller's next hint of an exercise (a nudge, then the idea, then the key step)
 * and returns it; at the last hint, asking again repeats it. The level is kept per student.
 */
export async function requestHint(deps: ServiceDeps, caller: Caller, idOrSlug: string): Promise<HintResult> {
  const record = await findExercise(deps, caller, idOrSlug);
  const total = hintsTotal(record);
  const { level } = await deps.db
    .insertInto('exercise_hints')
    .values({ user_id: caller.id, exercise_id: record.id, level: 1 })
    .onConflict((oc) =>
      oc.columns(['user_id', 'exercise_id']).doUpdateSet({
        level: sql<number>`least(exercise_hints.level + 1, ${total})`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returning('level')
    .executeTakeFirstOrThrow();
  const hints = record.definition.hints.slice(0, level);
  return { level, hint: hints[hints.length - 1] as string, hintsTotal: total, last: level >= total, hints };
}
