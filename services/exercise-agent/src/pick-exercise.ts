import type { Difficulty } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

const RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** Bank exercises the student has not solved yet, in curriculum order (optionally of one topic). */
function unsolvedBank(deps: ServiceDeps, userId: string) {
  return deps.db
    .selectFrom('exercises')
    .innerJoin('topics', 'topics.id', 'exercises.topic_id')
    .innerJoin('modules', 'modules.id', 'topics.module_id')
    .select(['exercises.id', 'exercises.slug', 'exercises.difficulty', 'topics.slug as topic'])
    .where('exercises.source', '=', 'bank')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('submissions')
            .select('submissions.id')
            .whereRef('submissions.exercise_id', '=', 'exercises.id')
            .where('submissions.user_id', '=', userId)
            .where('submissions.passed', '=', true),
        ),
      ),
    )
    .orderBy('modules.position')
    .orderBy('topics.position')
    .orderBy('exercises.slug');
}

export interface PickOptions {
  /** Fall back to the closest difficulty, the easier one on a tie. */
  nearest?: boolean;
  /** Only the exercises (by id and slug) it accepts. */
  only?: (id: string, slug: string) => boolean;
}

/**
 * An unsolved bank exercise of the topic: at `difficulty` exactly, or (with `nearest`) the
 * closest difficulty; with `only`, among the exercises it accepts. Undefined when there is none.
 */
export async function pickUnsolved(
  deps: ServiceDeps,
  userId: string,
  topic: string,
  difficulty: Difficulty,
  { nearest = false, only = () => true }: PickOptions = {},
): Promise<string | undefined> {
  const rows = (await unsolvedBank(deps, userId).where('topics.slug', '=', topic).execute()).filter(
    (row) => row.slug !== null && only(row.id, row.slug),
  );
  const exact = rows.find((row) => row.difficulty === difficulty);
  if (exact || !nearest) return exact?.id;
  const distance = (d: Difficulty) => Math.abs(RANK[d] - RANK[difficulty]);
  return [...rows].sort(
    (a, b) => distance(a.difficulty) - distance(b.difficulty) || RANK[a.difficulty] - RANK[b.difficulty],
  )[0]?.id;
}

/** The first topic in curriculum order with a bank exercise the student has not solved. */
export async function firstOpenTopic(deps: ServiceDeps, userId: string): Promise<string | undefined> {
  return (await unsolvedBank(deps, userId).limit(1).executeTakeFirst())?.topic;
}
