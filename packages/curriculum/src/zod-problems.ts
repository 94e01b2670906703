import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';

/** A zod error as content problems: each names the line of the value it is about and its path. */
export function zodProblems(
  file: string,
  error: z.ZodError,
  lineAt: (path: readonly PropertyKey[]) => number,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return {
      file,
      line: lineAt(path),
      message: path.length > 0 ? `\`${path.join('.')}\`: ${issue.message}` : issue.message,
    };
  });
}
