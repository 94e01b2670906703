import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentProblem } from './content-error.ts';
import type { QuestionEntry } from './question-entry.ts';
import { readEntry } from './read-entry.ts';
import { topicFolders } from './topic-folders.ts';

/** The package's own content folder. */
export const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

/**
 * Every knowledge-base entry under `dir` (`<module>/<topic>/questions/<id>.md`), validated:
 * throws a ContentError listing every problem with its file and line.
 */
export function loadQuestions(dir: string = CONTENT_DIR): QuestionEntry[] {
  const problems: ContentProblem[] = [];
  const entries: QuestionEntry[] = [];
  const relatedLine = new Map<QuestionEntry, number>();
  const { folders, problems: placement } = topicFolders(dir);
  problems.push(...placement);
  for (const { module, topic, path } of folders) {
    const folder = join(path, 'questions');
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.md'));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = relative(dir, join(folder, name));
      const read = readEntry(file, readFileSync(join(folder, name), 'utf8'), {
        topic,
        module,
        id: name.slice(0, -3),
      });
      problems.push(...read.problems);
      if (read.entry) {
        entries.push(read.entry);
        relatedLine.set(read.entry, read.keyLines?.get('related') ?? 2);
      }
    }
  }
  const byId = new Map<string, QuestionEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other)
      problems.push({ file: entry.file, line: 2, message: `id "${entry.id}" is also used by ${other.file}` });
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const id of entry.related) {
      if (!byId.has(id))
        problems.push({
          file: entry.file,
          line: relatedLine.get(entry) ?? 2,
          message: `\`related\` names "${id}", which no entry has`,
        });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}
