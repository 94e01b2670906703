import { curriculum } from '@learnflow/curriculum';

export { type CurriculumFile, curriculum } from '@learnflow/curriculum';

const titles = new Map(curriculum.modules.flatMap((m) => m.topics.map((t) => [t.slug, t.title])));

export const topicTitle = (slug: string): string => titles.get(slug) ?? slug;
export const topicSlugs = (): string[] => [...titles.keys()];
