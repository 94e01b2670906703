import type { LogicExplanation, LogicFinding, LogicKind } from './types.ts';
import { flowWordings } from './word-flow-findings.ts';
import { valueWordings } from './word-value-findings.ts';
import type { Wordings } from './worded.ts';

const wordings: Wordings<LogicKind> = { ...flowWordings, ...valueWordings };

/** A finding as an explanation the debug agent formats like an error one (`formatExplanation`, the hint ladder). */
export function wordFinding(
  finding: LogicFinding,
  sourceLine: string,
  explainsSymptom: boolean,
): LogicExplanation {
  const quoted = sourceLine.trim();
  const worded = wordings[finding.kind](finding, quoted);
  return {
    type: 'Logic bug',
    cause: `logic.${finding.kind}`,
    line: finding.line,
    quotedLine: quoted === '' ? null : quoted,
    ...worded,
    details: { name: finding.name, ...finding.detail },
    confidence: finding.confidence,
    explainsSymptom,
  };
}
