import { readFileSync } from 'node:fs';

export interface CurriculumFile {
  modules: { slug: string; title: string; topics: { slug: string; title: string }[] }[];
}

/** The 8 modules and 24 topics of db/seed/curriculum.json, the one list of slugs and titles. */
export const curriculum: CurriculumFile = JSON.parse(
  readFileSync(new URL('../../../db/seed/curriculum.json', import.meta.url), 'utf8'),
);

/** The module slug of each topic slug. */
export const moduleOfTopic: ReadonlyMap<string, string> = new Map(
  curriculum.modules.flatMap((m) => m.topics.map((t) => [t.slug, m.slug] as const)),
);
