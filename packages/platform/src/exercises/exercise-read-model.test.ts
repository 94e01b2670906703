import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { depsFor } from '../host/start-services.ts';
import { envelopeOf } from '../testing/events.ts';
import { createTestPlatform, type TestPlatform, testDatabases } from '../testing/test-platform.ts';
import { exerciseSubscription, keepExercises } from './exercise-read-model.ts';

describe.each(testDatabases())('an exercise read model on %s', (database) => {
  let platform: TestPlatform;
  let topicId: number;
  const slug = `lists-${randomUUID()}`;
  const subscription = exerciseSubscription('classroom_exercises');

  const entry = (
    overrides: Partial<EventPayload<'exercise.catalog'>> = {},
  ): EventPayload<'exercise.catalog'> => ({
    exerciseId: randomUUID(),
    title: 'Sum a list',
    topic: slug,
    difficulty: 'easy',
    source: 'generated',
    classId: null,
    createdBy: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  });
  const handle = (data: EventPayload<'exercise.catalog'>) => {
    const deps = depsFor(platform, { id: 'classroom', publishes: [] });
    const event = envelopeOf<'exercise.catalog'>(data, { userId: data.createdBy ?? data.exerciseId });
    return subscription.handle(deps, {
      topic: 'exercise.catalog',
      event,
      attempt: 1,
      transaction: deps.events.transaction,
    });
  };
  const kept = (id: string) =>
    platform.db
      .selectFrom('classroom_exercises')
      .select(['title', 'topic_id', 'difficulty', 'source', 'created_by'])
      .where('id', '=', id)
      .executeTakeFirst();

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    const module = await platform.db
      .insertInto('modules')
      .values({ slug: `m-${randomUUID()}`, title: 'Basics', position: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    topicId = (
      await platform.db
        .insertInto('topics')
        .values({ module_id: module.id, slug, title: 'Lists', position: 1 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => platform?.dispose());

  it('keeps a new exercise once, however often its event comes, with its topic as the curriculum numbers it', async () => {
    const made = entry();
    await handle(made);
    await handle(made);
    expect(await kept(made.exerciseId)).toEqual({
      title: 'Sum a list',
      topic_id: topicId,
      difficulty: 'easy',
      source: 'generated',
      created_by: null,
    });
  });

  it('keeps an exercise whose author was deleted before its event arrived, as no one’s', async () => {
    const made = entry({ createdBy: randomUUID() });
    await handle(made);
    expect((await kept(made.exerciseId))?.created_by).toBeNull();
  });

  it('refuses, for the dead letters, an exercise of a topic the curriculum does not have', async () => {
    const refused = await handle(entry({ topic: 'no-such-topic' })).then(
      () => null,
      (error: AppError) => ({ code: error.code, permanent: error.permanent, message: error.message }),
    );
    expect(refused).toEqual({
      code: 'INVALID_EVENT',
      permanent: true,
      message: expect.stringContaining('no topic "no-such-topic"'),
    });
  });

  it('takes the bank again as the seed gives it: a changed title replaces the kept one', async () => {
    const id = randomUUID();
    const bank = {
      id,
      title: 'Old title',
      topic_id: topicId,
      difficulty: 'medium' as const,
      source: 'bank' as const,
      class_id: null,
      created_by: null,
      created_at: new Date(),
    };
    await keepExercises(platform.db, 'classroom_exercises', [bank]);
    await keepExercises(platform.db, 'classroom_exercises', [{ ...bank, title: 'New title' }]);
    expect((await kept(id))?.title).toBe('New title');
  });
});
