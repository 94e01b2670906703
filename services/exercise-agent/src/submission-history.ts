import type { SubmissionSummary } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sql } from 'kysely';

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

/** A student's best and latest submission to an exercise, and how many they made: one statement. */
export async function submissionHistory(
  deps: ServiceDeps,
  userId: string,
  exerciseId: string,
): Promise<SubmissionHistory> {
  const { rows } = await sql<{
    id: string;
    score: number;
    passed: boolean;
    created_at: Date | string;
    attempts: number | string;
    best: boolean;
    latest: boolean;
  }>`
    select id, score, passed, created_at, attempts, best_rank = 1 as best, latest_rank = 1 as latest
    from (
      select id, score, passed, created_at, count(*) over () as attempts,
        row_number() over (order by score desc, created_at asc) as best_rank,
        row_number() over (order by created_at desc) as latest_rank
      from submissions
      where user_id = ${userId} and exercise_id = ${exerciseId}
    ) ranked
    where best_rank = 1 or latest_rank = 1`.execute(deps.db);
  const best = rows.find((r) => r.best);
  const latest = rows.find((r) => r.latest);
  return {
    best: best ? toSummary(best) : null,
    latest: latest ? toSummary(latest) : null,
    attempts: Number(rows[0]?.attempts ?? 0),
  };
}
