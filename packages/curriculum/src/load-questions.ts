import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentProblem } from './content-error.ts';
import { moduleOfTopic } from './curriculum.ts';
import type { QuestionEntry } from './question-entry.ts';
import { readEntry } from './read-entry.ts';

/** The package's own content folder. */
export const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

const dirs = (path: string) =>
  readdirSync(path)
    .filter((name) => statSync(join(path, name)).isDirectory())
    .sort();

/**
 * Every knowledge-base entry under `dir` (`<module>/<topic>/questions/<id>.md`), validated:
 * throws a ContentError listing every problem with its file and line.
 */
export function loadQuestions(dir: string = CONTENT_DIR): QuestionEntry[] {
  const problems: ContentProblem[] = [];
  const entries: QuestionEntry[] = [];
  const relatedLine = new Map<QuestionEntry, number>();
  for (const module of dirs(dir)) {
    for (const topic of dirs(join(dir, module))) {
      const folder = join(dir, module, topic, 'questions');
      const where = relative(dir, join(dir, module, topic));
      if (moduleOfTopic.get(topic) !== module) {
        problems.push({
          file: where,
          line: 0,
          message: moduleOfTopic.has(topic)
            ? `topic "${topic}" belongs to module "${moduleOfTopic.get(topic)}", not "${module}"`
            : `"${topic}" is not a topic of db/seed/curriculum.json`,
        });
        continue;
      }
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
