import type { EventPayload } from '@learnflow/contracts';
import type { Db } from '@learnflow/platform';

export type Evidence = EventPayload<'struggle.detected'>['evidence'][number];

const LATEST = 10;

const factsOf = (trx: Db) => trx.selectFrom('learning_facts');
/** The learning facts a rule counted, as a filter on `learning_facts` (the rule's own where clauses). */
export type FactFilter = (query: ReturnType<typeof factsOf>) => ReturnType<typeof factsOf>;

const textOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * The evidence of an episode: the latest facts the rule counted (at most 10, oldest first),
 * with the code excerpt kept with its fact (of the run, or of the graded submission).
 */
export async function collectEvidence(trx: Db, filter: FactFilter): Promise<Evidence[]> {
  const rows = await filter(factsOf(trx))
    .select([
      'learning_facts.kind',
      'learning_facts.ref',
      'learning_facts.occurred_at',
      'learning_facts.exercise_id',
      'learning_facts.error_type',
      'learning_facts.score',
      'learning_facts.passed',
      'learning_facts.detail',
    ])
    .orderBy('learning_facts.occurred_at', 'desc')
    .orderBy('learning_facts.source_key', 'desc')
    .limit(LATEST)
    .execute();
  return rows.reverse().map((row) => {
    const line = typeof row.detail.line === 'number' ? row.detail.line : null;
    return {
      kind: row.kind as Evidence['kind'],
      ref: row.ref,
      at: new Date(row.occurred_at).toISOString(),
      exerciseId: row.exercise_id,
      errorType: row.error_type,
      message: textOf(row.detail.message),
      line,
      score: row.score === null ? null : Number(row.score),
      passed: row.passed,
      code: textOf(row.detail.code),
    };
  });
}
