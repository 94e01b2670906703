import type { Db } from './create-database.ts';

/** A topic of the curriculum: its id, slug and title. */
export interface TopicRow {
  id: number;
  slug: string;
  title: string;
}

const known = new WeakMap<Db, Map<string, TopicRow>>();

/**
 * The curriculum's topic with this slug, or null. Topics are reference data: the seed upserts them by slug, so a
 * slug's id never changes and a found topic is remembered for the life of the database handle (an unknown slug is
 * asked again; a title changed by a reseed shows after a restart). `db` is the service's own handle, which keys
 * what is remembered; inside a transaction pass it as `trx` too, which then asks (on PGlite's one connection, a
 * query on `db` would wait for the transaction that waits for it).
 */
export async function topicBySlug(db: Db, slug: string, trx: Db = db): Promise<TopicRow | null> {
  let topics = known.get(db);
  if (!topics) {
    topics = new Map();
    known.set(db, topics);
  }
  const cached = topics.get(slug);
  if (cached) return cached;
  const row = await trx
    .selectFrom('topics')
    .select(['id', 'slug', 'title'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (row) topics.set(slug, row);
  return row ?? null;
}
