import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ExerciseDefinition, ExerciseDefinitionSchema } from '@learnflow/contracts';
import { ContentError } from './content-error.ts';
import { CONTENT_DIR } from './load-questions.ts';
import { type ExerciseFiles, readExercise } from './read-exercise.ts';
import { byCurriculumOrder, subfolders, topicFolders } from './topic-folders.ts';

const FILES = ['exercise.md', 'starter.py', 'solution.py', 'tests.py'] as const;
const RANK = Object.fromEntries(ExerciseDefinitionSchema.shape.difficulty.options.map((d, i) => [d, i]));

/**
 * Every exercise under `dir` (`<module>/<topic>/exercises/<slug>/`), in curriculum order and, within a
 * topic, easy to hard, validated: throws a ContentError listing every problem with its file and line.
 */
export function loadExercises(dir: string = CONTENT_DIR): ExerciseDefinition[] {
  const { folders, problems } = topicFolders(dir);
  const exercises: ExerciseDefinition[] = [];
  const folderOf = new Map<string, string>();
  for (const { topic, path } of folders.sort(byCurriculumOrder)) {
    const found: ExerciseDefinition[] = [];
    for (const slug of subfolders(join(path, 'exercises'))) {
      const folder = join(path, 'exercises', slug);
      const files = { paths: {}, texts: {} } as ExerciseFiles;
      for (const name of FILES) {
        files.paths[name] = relative(dir, join(folder, name));
        files.texts[name] = existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8') : null;
      }
      const read = readExercise(files, { topic, slug });
      problems.push(...read.problems);
      if (!read.exercise) continue;
      const other = folderOf.get(slug);
      if (other)
        problems.push({
          file: files.paths['exercise.md'],
          line: 2,
          message: `slug "${slug}" is also used by ${other}`,
        });
      folderOf.set(slug, relative(dir, folder));
      found.push(read.exercise);
    }
    exercises.push(...found.sort((a, b) => (RANK[a.difficulty] ?? 0) - (RANK[b.difficulty] ?? 0)));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return exercises;
}
