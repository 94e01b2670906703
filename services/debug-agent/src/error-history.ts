import type { ServiceDeps } from '@learnflow/platform';

const WINDOW_MS = 24 * 60 * 60 * 1_000;

/**
 * The student's error types over the last day, oldest first: their sandbox runs and the
 * tracebacks they pasted in chat. The same type coming back raises the hint level.
 */
export async function errorHistory(deps: ServiceDeps, userId: string): Promise<{ type: string; at: Date }[]> {
  const runs = await deps.db
    .selectFrom('code_runs')
    .select(['error_type', 'created_at'])
    .where('user_id', '=', userId)
    .where('error_type', 'is not', null)
    .where('created_at', '>=', new Date(Date.now() - WINDOW_MS))
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  const pasted = await deps.db
    .selectFrom('event_log')
    .select(['payload', 'created_at'])
    .where('user_id', '=', userId)
    .where('type', '=', 'learnflow.progress.error-observed')
    .where('created_at', '>=', new Date(Date.now() - WINDOW_MS))
    .limit(50)
    .execute();
  return [
    ...runs.map((r) => ({ type: r.error_type as string, at: new Date(r.created_at) })),
    ...pasted.map((p) => ({
      type: String((p.payload as { detail?: { type?: string } }).detail?.type ?? ''),
      at: new Date(p.created_at),
    })),
  ]
    .filter((e) => e.type)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
