/** One problem in a content file, located so a teacher can open the file at the line. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** Content that does not validate: every problem found, each with its file and line. */
export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';
  readonly status = 500;
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem(s) in the content:\n${problems
        .map((p) => `  ${p.file}:${p.line}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
