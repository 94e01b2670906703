import { ContentError, type ContentProblem } from './content-error.ts';

/** The problems of the ContentError that `load` throws (for tests of the loaders); fails when it throws none. */
export function problemsOf(load: () => unknown): ContentProblem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}
