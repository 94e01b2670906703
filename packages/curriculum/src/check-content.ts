import { ContentError, type ContentProblem } from './content-error.ts';
import { loadExercises } from './load-exercises.ts';
import { loadLessons } from './load-lessons.ts';
import { loadQuestions } from './load-questions.ts';
import { loadQuizzes } from './load-quizzes.ts';

/** How many files of each kind a content folder holds. */
export interface ContentCounts {
  questions: number;
  lessons: number;
  exercises: number;
  quizzes: number;
}

const LOADERS: { [K in keyof ContentCounts]: (dir: string) => unknown[] } = {
  questions: loadQuestions,
  lessons: (dir) => Object.values(loadLessons(dir)),
  exercises: loadExercises,
  quizzes: loadQuizzes,
};

/**
 * Runs every loader on `dir` (a teacher's folder or the package's own) and gathers all their problems, each
 * once, in file and line order; the counts are of what loaded, a kind with problems counting 0.
 */
export function checkContent(dir: string): { counts: ContentCounts; problems: ContentProblem[] } {
  const seen = new Map<string, ContentProblem>();
  const counts = { questions: 0, lessons: 0, exercises: 0, quizzes: 0 };
  for (const [kind, load] of Object.entries(LOADERS) as [keyof ContentCounts, (dir: string) => unknown[]][]) {
    try {
      counts[kind] = load(dir).length;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const p of error.problems) seen.set(`${p.file}:${p.line}:${p.message}`, p);
    }
  }
  const problems = [...seen.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { counts, problems };
}
