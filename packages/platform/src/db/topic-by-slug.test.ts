import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { topicBySlug } from './topic-by-slug.ts';

describe.each(testDatabases())('a topic by its slug on %s', (database) => {
  let platform: TestPlatform;
  let moduleId: number;
  const addTopic = (slug: string, title: string) =>
    platform.db
      .insertInto('topics')
      .values({ module_id: moduleId, slug, title, position: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    ({ id: moduleId } = await platform.db
      .insertInto('modules')
      .values({ slug: `m-${randomUUID()}`, title: 'Basics', position: 1 })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => platform?.dispose());

  it('finds the topic, and then from memory', async () => {
    const slug = `loops-${randomUUID()}`;
    const { id } = await addTopic(slug, 'Loops');
    expect(await topicBySlug(platform.db, slug)).toEqual({ id, slug, title: 'Loops' });
    await platform.db.updateTable('topics').set({ title: 'Renamed' }).where('id', '=', id).execute();
    expect(await topicBySlug(platform.db, slug)).toEqual({ id, slug, title: 'Loops' });
  });

  it('asks again for a slug it did not find, so a topic seeded later is found', async () => {
    const slug = `later-${randomUUID()}`;
    expect(await topicBySlug(platform.db, slug)).toBeNull();
    const { id } = await addTopic(slug, 'Later');
    expect(await topicBySlug(platform.db, slug)).toEqual({ id, slug, title: 'Later' });
  });
});
