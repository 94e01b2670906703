import type { Curriculum, Lesson, Topic } from '@learnflow/contracts';
import { appError, type ServiceDeps, topicBySlug } from '@learnflow/platform';

export async function getCurriculum(deps: ServiceDeps): Promise<Curriculum> {
  const [modules, topics] = await Promise.all([
    deps.db.selectFrom('modules').select(['id', 'slug', 'title', 'position']).orderBy('position').execute(),
    deps.db
      .selectFrom('topics')
      .select(['id', 'module_id', 'slug', 'title', 'position'])
      .orderBy('position')
      .execute(),
  ]);
  return {
    modules: modules.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      order: m.position,
      topics: topics
        .filter((t) => t.module_id === m.id)
        .map((t) => ({ id: t.id, slug: t.slug, title: t.title, order: t.position })),
    })),
  };
}

export async function getTopic(deps: ServiceDeps, slug: string): Promise<Topic> {
  const row = await deps.db
    .selectFrom('topics')
    .innerJoin('modules', 'modules.id', 'topics.module_id')
    .select([
      'topics.id',
      'topics.slug',
      'topics.title',
      'topics.position',
      'topics.lesson',
      'modules.slug as moduleSlug',
      'modules.title as moduleTitle',
    ])
    .where('topics.slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw noTopic(slug);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    order: row.position,
    module: { slug: row.moduleSlug, title: row.moduleTitle },
    lesson: (row.lesson as Lesson | null) ?? null,
  };
}

/** A chat message sent from a topic's page names that topic: an unknown one is refused before the tutor sees it. */
export async function requireTopic(deps: ServiceDeps, slug: string): Promise<void> {
  if (!(await topicBySlug(deps.db, slug))) throw noTopic(slug);
}

const noTopic = (slug: string) =>
  appError('NOT_FOUND', `No topic "${slug}": GET /api/curriculum lists the topics.`);
