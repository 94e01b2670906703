import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from './content-error.ts';
import { curriculum, moduleOfTopic } from './curriculum.ts';

/** A topic folder `<module>/<topic>` of a content folder. */
export interface TopicFolder {
  module: string;
  topic: string;
  /** Absolute path of the folder. */
  path: string;
  /** Path relative to the content folder, for messages. */
  where: string;
}

const order = curriculum.modules.flatMap((m) => m.topics.map((t) => t.slug));

/** Sorts topic folders in the order of db/seed/curriculum.json. */
export const byCurriculumOrder = (a: TopicFolder, b: TopicFolder): number =>
  order.indexOf(a.topic) - order.indexOf(b.topic);

/** The sub-folders of `path`, sorted by name (none when it does not exist). */
export const subfolders = (path: string): string[] => {
  try {
    return readdirSync(path)
      .filter((name) => statSync(join(path, name)).isDirectory())
      .sort();
  } catch {
    return [];
  }
};

/**
 * The topic folders under `dir`, by module and topic name, and a problem for each folder that is not a topic of
 * db/seed/curriculum.json or sits under the wrong module.
 */
export function topicFolders(dir: string): { folders: TopicFolder[]; problems: ContentProblem[] } {
  const folders: TopicFolder[] = [];
  const problems: ContentProblem[] = [];
  for (const module of subfolders(dir)) {
    for (const topic of subfolders(join(dir, module))) {
      const path = join(dir, module, topic);
      const where = relative(dir, path);
      if (moduleOfTopic.get(topic) === module) folders.push({ module, topic, path, where });
      else
        problems.push({
          file: where,
          line: 0,
          message: moduleOfTopic.has(topic)
            ? `topic "${topic}" belongs to module "${moduleOfTopic.get(topic)}", not "${module}"`
            : `"${topic}" is not a topic of db/seed/curriculum.json`,
        });
    }
  }
  return { folders, problems };
}
