export { findLogicBugs, MIN_CONFIDENCE } from './find-logic-bugs.ts';
export { matchSymptom, type Symptom } from './match-symptom.ts';
export type { LogicExplanation, LogicFinding, LogicKind } from './types.ts';
