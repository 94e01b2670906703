import { type Db, recentRunErrors, type ServiceDeps, skipIfReferenceGone, UUID } from '@learnflow/platform';

const WINDOW_MS = 24 * 60 * 60 * 1_000;

/**
 * The student's error types over the last day, oldest first: their sandbox runs (debug-agent's
 * read model of them) and the errors explained in chat (`explained_errors`). The same type coming back raises the hint level.
 */
export async function errorHistory(deps: ServiceDeps, userId: string): Promise<{ type: string; at: Date }[]> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [runs, explained] = await Promise.all([
    recentRunErrors(deps.db, 'debug_run_errors', userId, { withinMs: WINDOW_MS, limit: 50 }),
    deps.db
      .selectFrom('explained_errors')
      .select(['error_type', 'created_at'])
      .where('user_id', '=', userId)
      .where('created_at', '>=', since)
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute(),
  ]);
  return [...runs, ...explained.map((e) => ({ type: e.error_type, at: new Date(e.created_at) }))].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
}

/** Records an error explained in chat for the student's history (nothing for an unknown or deleted user). */
export async function recordExplainedError(trx: Db, userId: string, type: string): Promise<void> {
  if (!UUID.test(userId) || !type) return;
  await skipIfReferenceGone(trx, () =>
    trx.insertInto('explained_errors').values({ user_id: userId, error_type: type }).execute(),
  );
}
