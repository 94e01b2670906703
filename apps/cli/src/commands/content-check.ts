import { resolve } from 'node:path';
import { ContentError, loadQuestions } from '@learnflow/curriculum';
import { UsageError } from '../usage-error.ts';

export const CONTENT_USAGE = `learnflow content check DIR
                         validate a content folder (<module>/<topic>/questions/<id>.md); prints file:line per problem`;

/** `learnflow content check DIR`: 0 when every entry validates, 1 with one `file:line: message` per problem. */
export function contentCommand(args: string[], out: (line: string) => void = console.log): number {
  const [sub, dir] = args;
  if (sub !== 'check' || !dir) throw new UsageError(`Usage: ${CONTENT_USAGE}`);
  try {
    const entries = loadQuestions(resolve(dir));
    out(`${entries.length} entries in ${dir}: all valid`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) out(`${resolve(dir, p.file)}:${p.line}: ${p.message}`);
    out(`${error.problems.length} problem(s); fix each file at the line shown, then run the check again`);
    return 1;
  }
}
