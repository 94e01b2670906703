import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { QuizDefinition } from '@learnflow/contracts';
import { ContentError } from './content-error.ts';
import { CONTENT_DIR } from './load-questions.ts';
import { readQuiz } from './read-quiz.ts';
import { byCurriculumOrder, topicFolders } from './topic-folders.ts';

/**
 * The quiz of every topic folder under `dir` that has a `quiz.yaml`, in curriculum order, validated:
 * throws a ContentError listing every problem with its file and line.
 */
export function loadQuizzes(dir: string = CONTENT_DIR): QuizDefinition[] {
  const { folders, problems } = topicFolders(dir);
  const quizzes: QuizDefinition[] = [];
  for (const { topic, path } of folders.sort(byCurriculumOrder)) {
    const at = join(path, 'quiz.yaml');
    if (!existsSync(at)) continue;
    const read = readQuiz(relative(dir, at), readFileSync(at, 'utf8'), topic);
    problems.push(...read.problems);
    if (read.quiz) quizzes.push(read.quiz);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return quizzes;
}
