export { asksDebugFollowUp } from './asks-debug-follow-up.ts';
export {
  countRecent,
  type ErrorOccurrence,
  type ErrorPatternOptions,
  hintLevelFor,
  isRepeatedError,
  REPEATED_ERROR_THRESHOLD,
} from './error-patterns.ts';
export { explainError } from './explain-error.ts';
export { formatExplanation } from './format-explanation.ts';
export type { ErrorExplanation, ExplainInput, PythonError } from './types.ts';
