import { resolve } from 'node:path';
import { checkContent } from '@learnflow/curriculum';
import { UsageError } from '../usage-error.ts';

export const CONTENT_USAGE = `learnflow content check DIR
                         validate a content folder (<module>/<topic>/: questions/<id>.md, lesson.md,
                         exercises/<slug>/, quiz.yaml);
                         prints file:line per problem`;

/** `learnflow content check DIR`: 0 when every file validates, 1 with one `file:line: message` per problem. */
export function contentCommand(args: string[], out: (line: string) => void = console.log): number {
  const [sub, dir] = args;
  if (sub !== 'check' || !dir) throw new UsageError(`Usage: ${CONTENT_USAGE}`);
  const { counts, problems } = checkContent(resolve(dir));
  if (problems.length === 0) {
    const found = Object.entries(counts).map(([kind, count]) => `${count} ${kind}`);
    out(`${found.join(', ')} in ${dir}: all valid`);
    return 0;
  }
  for (const p of problems) out(`${resolve(dir, p.file)}:${p.line}: ${p.message}`);
  out(`${problems.length} problem(s); fix each file at the line shown, then run the check again`);
  return 1;
}
