import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lesson } from '@learnflow/contracts';
import { ContentError } from './content-error.ts';
import { CONTENT_DIR } from './load-questions.ts';
import { readLesson } from './read-lesson.ts';
import { byCurriculumOrder, topicFolders } from './topic-folders.ts';

/**
 * The lesson of every topic folder under `dir` that has a `lesson.md`, keyed by topic slug in curriculum
 * order, validated: throws a ContentError listing every problem with its file and line.
 */
export function loadLessons(dir: string = CONTENT_DIR): Record<string, Lesson> {
  const { folders, problems } = topicFolders(dir);
  const lessons: Record<string, Lesson> = {};
  for (const { topic, path } of folders.sort(byCurriculumOrder)) {
    const at = join(path, 'lesson.md');
    if (!existsSync(at)) continue;
    const read = readLesson(relative(dir, at), readFileSync(at, 'utf8'));
    problems.push(...read.problems);
    if (read.lesson) lessons[topic] = read.lesson;
  }
  if (problems.length > 0) throw new ContentError(problems);
  return lessons;
}
