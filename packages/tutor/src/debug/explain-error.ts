import { buildContext } from './build-context.ts';
import { explainAssertionError } from './explainers/explain-assertion-error.ts';
import { explainAttributeError } from './explainers/explain-attribute-error.ts';
import { explainFileError } from './explainers/explain-file-error.ts';
import { explainImportError } from './explainers/explain-import-error.ts';
import { explainIndentationError } from './explainers/explain-indentation-error.ts';
import { explainIndexError } from './explainers/explain-index-error.ts';
import { explainKeyError } from './explainers/explain-key-error.ts';
import { explainMemoryLimit } from './explainers/explain-memory-limit.ts';
import { explainNameError } from './explainers/explain-name-error.ts';
import { explainOtherError } from './explainers/explain-other-error.ts';
import { explainRecursionError } from './explainers/explain-recursion-error.ts';
import { explainSyntaxError } from './explainers/explain-syntax-error.ts';
import { explainTimeout } from './explainers/explain-timeout.ts';
import { explainTypeError } from './explainers/explain-type-error.ts';
import { explainUnboundLocal } from './explainers/explain-unbound-local.ts';
import { explainValueError } from './explainers/explain-value-error.ts';
import { explainZeroDivision } from './explainers/explain-zero-division.ts';
import type { ErrorContext, ErrorExplanation, Explainer, ExplainInput } from './types.ts';

export { formatExplanation } from './format-explanation.ts';

const explainers: Record<string, Explainer> = {
  NameError: explainNameError,
  UnboundLocalError: explainUnboundLocal,
  TypeError: explainTypeError,
  IndexError: explainIndexError,
  KeyError: explainKeyError,
  AttributeError: explainAttributeError,
  ValueError: explainValueError,
  ZeroDivisionError: explainZeroDivision,
  ImportError: explainImportError,
  ModuleNotFoundError: explainImportError,
  RecursionError: explainRecursionError,
  IndentationError: explainIndentationError,
  TabError: explainIndentationError,
  SyntaxError: explainSyntaxError,
  FileNotFoundError: explainFileError,
  IsADirectoryError: explainFileError,
  PermissionError: explainFileError,
  AssertionError: explainAssertionError,
};

// The sandbox reports its time limit as a `TimeoutError` with its own message; Python's TimeoutError is a socket one.
const isTimeLimit = (context: ErrorContext) =>
  context.timedOut || (context.type === 'TimeoutError' && /time limit/i.test(context.message));

/**
 * Explains a Python error for a beginner: what happened on which line (quoted), why, and three hints that go from
 * where to look to how to fix that line. Works from a sandbox run (error, code and run flags) or from a pasted
 * traceback (`error` from `parseTraceback`, with or without the code).
 */
export function explainError(input: ExplainInput): ErrorExplanation {
  const context = buildContext(input);
  const timeLimit = isTimeLimit(context);
  const memory = !timeLimit && (context.memoryExceeded || context.type === 'MemoryError');
  const explain = timeLimit
    ? explainTimeout
    : memory
      ? explainMemoryLimit
      : (explainers[context.type] ?? explainOtherError);
  const { line: pointed, ...explained } = explain(context);
  const line = context.line ?? pointed ?? null;
  const raw = line === context.line ? context.source : (context.lines[(line ?? 0) - 1] ?? null);
  const keepIndent = context.type === 'IndentationError' || context.type === 'TabError';
  const quotedLine = raw === null || raw.trim() === '' ? null : keepIndent ? raw.trimEnd() : raw.trim();
  return {
    type: timeLimit ? 'TimeoutError' : memory ? 'MemoryError' : context.type,
    line,
    quotedLine,
    ...explained,
    title: `${explained.title[0]?.toUpperCase() ?? ''}${explained.title.slice(1)}`,
  };
}
