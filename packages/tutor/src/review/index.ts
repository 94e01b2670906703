export { formatReview } from './format-review.ts';
export { loadRuff, type Ruff } from './load-ruff.ts';
export { reviewCode } from './review-code.ts';
export { RUFF_SETTINGS } from './ruff-settings.ts';
export { SYNTAX_ERROR_SCORE, scoreFindings } from './score-findings.ts';
