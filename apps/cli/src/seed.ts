import {
  type Db,
  EXERCISE_TABLES,
  type ExerciseEntry,
  fillAccountReadModels,
  hashPassword,
  keepExercises,
  ROSTER_TABLES,
} from '@learnflow/platform';
import { curriculum, exercises, lessonFor, quizzes } from '@learnflow/tutor';
import { sql } from 'kysely';

export const DEMO_PASSWORD = 'learnflow';

export const DEMO_USERS = [
  { email: 'maya@learnflow.dev', name: 'Maya Chen', role: 'student' },
  { email: 'james@learnflow.dev', name: 'James Okafor', role: 'student' },
  { email: 'rodriguez@learnflow.dev', name: 'Mr. Rodriguez', role: 'teacher' },
  { email: 'admin@learnflow.dev', name: 'Demo Admin', role: 'admin' },
] as const;

export const DEMO_CLASS = 'Intro to Python (Period 2)';

/** The 8-module / 24-topic curriculum; slugs are stable, titles and order follow the file. */
export async function seedCurriculum(db: Db): Promise<void> {
  for (const [moduleIndex, module] of curriculum.modules.entries()) {
    const { id: moduleId } = await db
      .insertInto('modules')
      .values({ slug: module.slug, title: module.title, position: moduleIndex + 1 })
      .onConflict((oc) => oc.column('slug').doUpdateSet({ title: module.title, position: moduleIndex + 1 }))
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [topicIndex, topic] of module.topics.entries()) {
      const found = lessonFor(topic.slug);
      const lesson = found ? JSON.stringify(found) : null;
      await db
        .insertInto('topics')
        .values({
          module_id: moduleId,
          slug: topic.slug,
          title: topic.title,
          position: topicIndex + 1,
          lesson,
        })
        .onConflict((oc) =>
          oc
            .column('slug')
            .doUpdateSet({ module_id: moduleId, title: topic.title, position: topicIndex + 1, lesson }),
        )
        .execute();
    }
  }
}

/**
 * The exercise bank and the quizzes, upserted by slug so content fixes reach existing databases. The seed
 * publishes no events: the exercise read models get the bank here too.
 */
export async function seedPractice(db: Db): Promise<void> {
  const topicIds = new Map(
    (await db.selectFrom('topics').select(['id', 'slug']).execute()).map((t) => [t.slug, t.id]),
  );
  const topicId = (slug: string) => {
    const id = topicIds.get(slug);
    if (id === undefined)
      throw new Error(`content names an unknown topic "${slug}": fix db/seed/curriculum.json or the content`);
    return id;
  };
  const bank: ExerciseEntry[] = [];
  for (const exercise of exercises) {
    const row = {
      topic_id: topicId(exercise.topic),
      difficulty: exercise.difficulty,
      title: exercise.title,
      prompt: exercise.prompt,
      starter_code: exercise.starterCode,
      solution: exercise.solution,
      hints: JSON.stringify(exercise.hints),
      tests: JSON.stringify(exercise.tests),
    };
    const stored = await db
      .insertInto('exercises')
      .values({ slug: exercise.slug, source: 'bank', ...row })
      .onConflict((oc) => oc.column('slug').doUpdateSet(row))
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    bank.push({
      id: stored.id,
      title: row.title,
      topic_id: row.topic_id,
      difficulty: row.difficulty,
      source: 'bank',
      class_id: null,
      created_by: null,
      created_at: stored.created_at,
    });
  }
  for (const table of EXERCISE_TABLES) await keepExercises(db, table, bank);
  for (const quiz of quizzes) {
    const row = {
      topic_id: topicId(quiz.topic),
      title: quiz.title,
      questions: JSON.stringify(quiz.questions),
    };
    await db
      .insertInto('quizzes')
      .values({ slug: quiz.slug, ...row })
      .onConflict((oc) => oc.column('slug').doUpdateSet(row))
      .execute();
  }
}

/** Maya and James in Mr. Rodriguez's class, and an admin; passwords are only set when a user is created. */
export async function seedDemoUsers(db: Db): Promise<void> {
  const ids: Record<string, string> = {};
  for (const user of DEMO_USERS) {
    const existing = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', user.email)
      .executeTakeFirst();
    ids[user.email] =
      existing?.id ??
      (
        await db
          .insertInto('users')
          .values({ ...user, password_hash: await hashPassword(DEMO_PASSWORD) })
          .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    // The seed writes rows, it publishes no events: the account read models get theirs here.
    await fillAccountReadModels(db, { id: ids[user.email] as string, ...user, timezone: 'UTC' });
  }
  const teacherId = ids['rodriguez@learnflow.dev'] as string;
  const klass =
    (await db
      .selectFrom('classes')
      .select('id')
      .where('teacher_id', '=', teacherId)
      .where('name', '=', DEMO_CLASS)
      .executeTakeFirst()) ??
    (await db
      .insertInto('classes')
      .values({ name: DEMO_CLASS, teacher_id: teacherId })
      .returning('id')
      .executeTakeFirstOrThrow());
  for (const email of ['maya@learnflow.dev', 'james@learnflow.dev']) {
    const studentId = ids[email] as string;
    await db
      .insertInto('enrollments')
      .values({ class_id: klass.id, student_id: studentId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    // The seed writes rows, it publishes no events: the roster read models get theirs here too.
    for (const table of ROSTER_TABLES) {
      await db
        .insertInto(table)
        .values({ class_id: klass.id, teacher_id: teacherId, student_id: studentId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  await db
    .insertInto('exercise_classes')
    .values({ id: klass.id, teacher_id: teacherId, name: DEMO_CLASS })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function seed(db: Db, options: { demo: boolean }): Promise<void> {
  await seedCurriculum(db);
  await seedPractice(db);
  if (options.demo) await seedDemoUsers(db);
}
