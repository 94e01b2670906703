import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine } from './wording.ts';

/** AssertionError: the `assert` condition that was false, and its message when there is one. */
export function explainAssertionError(context: ErrorContext): Explained {
  const { line, message } = context;
  const where = onLine(line);
  const source = context.source?.trim() ?? '';
  const assert = /^assert\s+(.+?)(?:\s*,\s*(.+))?$/.exec(source);
  const condition = assert?.[1] ?? '';
  return {
    cause: 'assertion.failed',
    title: condition ? `The check \`${condition}\` was False` : 'An `assert` check failed',
    what: `${capital(where)}, ${condition ? `${code(`assert ${condition}`)} checks that ${code(condition)} is True, but it was False` : 'an `assert` check was False'}.${message ? ` Its message says: "${message}".` : ''}`,
    why: '`assert` is a safety check: `assert something` does nothing when `something` is True and stops the program when it is False. It means a value is not what the code expects.',
    hints: [
      condition
        ? `Print the values in ${code(condition)} just before ${lineRef(line)}.`
        : `Look at the \`assert\` ${where}.`,
      condition
        ? `${code(condition)} is False on this run: one of its values is different from what you expect.`
        : 'The checked condition is False on this run.',
      'Trace back where those values were computed and fix that calculation (not the `assert` itself: it only reports the problem).',
    ],
    details: { condition, message },
  };
}
