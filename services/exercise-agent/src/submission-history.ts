import type { SubmissionSummary } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

const toSummary = (row: {
  id: string;
  score: number;
  passed: boolean;
  created_at: Date | string;
}): SubmissionSummary => ({
  submissionId: row.id,
  score: row.score,
  passed: row.passed,
  at: new Date(row.created_at).toISOString(),
});

export interface SubmissionHistory {
  /** The highest score, the earliest submission that reached it. */
  best: SubmissionSummary | null;
  latest: SubmissionSummary | null;
  attempts: number;
}

/** A student's best and latest submission to an exercise, and how many they made. */
export async function submissionHistory(
  deps: ServiceDeps,
  userId: string,
  exerciseId: string,
): Promise<SubmissionHistory> {
  const mine = () =>
    deps.db
      .selectFrom('submissions')
      .select(['id', 'score', 'passed', 'created_at'])
      .where('user_id', '=', userId)
      .where('exercise_id', '=', exerciseId);
  const [best, latest, count] = await Promise.all([
    mine().orderBy('score', 'desc').orderBy('created_at', 'asc').limit(1).executeTakeFirst(),
    mine().orderBy('created_at', 'desc').limit(1).executeTakeFirst(),
    deps.db
      .selectFrom('submissions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('exercise_id', '=', exerciseId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    best: best ? toSummary(best) : null,
    latest: latest ? toSummary(latest) : null,
    attempts: Number(count.n),
  };
}
