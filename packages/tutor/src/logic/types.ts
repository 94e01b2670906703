import { z } from 'zod';
import type { ErrorExplanation } from '../debug/types.ts';

export const LOGIC_KINDS = [
  'no-return',
  'print-instead-of-return',
  'while-never-ends',
  'range-off-by-one',
  'compare-as-statement',
  'walrus-in-condition',
  'or-always-true',
  'mutable-default',
  'modify-while-iterating',
  'floor-division',
  'int-of-division',
  'input-not-converted',
  'shadowed-builtin',
  'is-literal',
  'unreachable-code',
  'return-in-loop',
  'missing-self',
  'method-not-called',
  'overwritten-total',
  'reset-in-loop',
  'result-discarded',
  'loop-never-runs',
  'print-after-loop',
  'input-compared-to-number',
  'operator-precedence',
  'extreme-start-value',
  'collection-not-item',
  'shared-rows',
  'case-mismatch',
] as const;

/** One mistake the analyser (analyse-logic.py, run in the sandbox) found in the student's code. */
export const LogicFindingSchema = z.object({
  kind: z.enum(LOGIC_KINDS),
  line: z.number().int().positive(),
  /** The variable, function or expression the mistake is about. */
  name: z.string(),
  /** 0-1: how sure the analyser is that this is a real bug (the traced run can raise or lower it). */
  confidence: z.number().min(0).max(1),
  detail: z.record(z.string(), z.string()),
});
export type LogicFinding = z.infer<typeof LogicFindingSchema>;
export type LogicKind = LogicFinding['kind'];

export const AnalyserOutputSchema = z.object({ parsed: z.boolean(), findings: z.array(LogicFindingSchema) });

/** A finding worded for the student, in the same shape as an error explanation (so the hint ladder applies). */
export interface LogicExplanation extends ErrorExplanation {
  confidence: number;
  /** The finding explains the symptom the student named ("returns None", "never stops"...). */
  explainsSymptom: boolean;
}
