import { parseTraceback } from '@learnflow/sandbox';
import type { ErrorContext, ExplainInput } from './types.ts';

const syntaxTypes = new Set(['SyntaxError', 'IndentationError', 'TabError']);
// Python 3.10+ appends these to NameError / AttributeError / ImportError messages (3.12.1 drops the "?").
const suggestionSuffix = /\.\s+Did you (?:mean:?|forget to import)\s+'([^']+)'\??$/;

/** Prepares what every explainer reads: the message without Python's own suggestion, the line and its source. */
export function buildContext(input: ExplainInput): ErrorContext {
  const { error } = input;
  const code = input.code ?? null;
  const lines = code === null ? [] : code.replace(/\r\n?/g, '\n').split('\n');
  const parsed = error.traceback ? parseTraceback(error.traceback) : null;
  const line = error.line ?? parsed?.line ?? null;
  let message = error.message.trim();
  let pythonSuggestion: string | null = null;
  const suffix = syntaxTypes.has(error.type) ? null : suggestionSuffix.exec(message);
  if (suffix) {
    message = message.slice(0, suffix.index);
    pythonSuggestion = suffix[1] ?? null;
  }
  const fromCode = line !== null && code !== null ? lines[line - 1] : undefined;
  const source = fromCode !== undefined ? fromCode.trimEnd() : (parsed?.sourceLine ?? null);
  return {
    type: error.type,
    message,
    pythonSuggestion,
    line,
    lines,
    hasCode: code !== null,
    source: source === '' ? null : source,
    traceback: error.traceback ?? null,
    ranElsewhere: /^(?:[A-Za-z]:[\\/]|\/|~)/.test(parsed?.file ?? ''),
    timedOut: input.timedOut ?? false,
    memoryExceeded: input.memoryExceeded ?? false,
  };
}
