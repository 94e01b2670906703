import type { Level, Roster } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

/** The students of the teacher's classes, with their mastery per topic. */
export async function getRoster(deps: ServiceDeps, teacherId: string): Promise<Roster> {
  const classes = await deps.db
    .selectFrom('classes')
    .select(['id', 'name'])
    .where('teacher_id', '=', teacherId)
    .orderBy('name')
    .execute();
  if (classes.length === 0) return { classes: [], students: [] };
  const classIds = classes.map((c) => c.id);
  const enrolled = await deps.db
    .selectFrom('enrollments')
    .innerJoin('users', 'users.id', 'enrollments.student_id')
    .leftJoin('user_progress_summary as s', 's.user_id', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'enrollments.class_id',
      's.average_mastery',
      's.topics_started',
    ])
    .where('enrollments.class_id', 'in', classIds)
    .orderBy('users.name')
    .execute();
  const studentIds = [...new Set(enrolled.map((e) => e.id))];
  if (studentIds.length === 0) return { classes, students: [] };
  const [progress, alerts] = await Promise.all([
    deps.db
      .selectFrom('progress')
      .innerJoin('topics', 'topics.id', 'progress.topic_id')
      .select(['progress.user_id', 'topics.slug', 'progress.mastery', 'progress.level'])
      .where('progress.user_id', 'in', studentIds)
      .execute(),
    deps.db
      .selectFrom('alerts')
      .select(['student_id', (eb) => eb.fn.countAll<number>().as('open')])
      .where('student_id', 'in', studentIds)
      .where('status', '=', 'open')
      .groupBy('student_id')
      .execute(),
  ]);
  const students = new Map<string, Roster['students'][number]>();
  for (const row of enrolled) {
    const existing = students.get(row.id);
    if (existing) {
      existing.classIds.push(row.class_id);
      continue;
    }
    students.set(row.id, {
      id: row.id,
      name: row.name,
      email: row.email,
      classIds: [row.class_id],
      averageMastery: Number(row.average_mastery ?? 0),
      topicsStarted: row.topics_started ?? 0,
      openAlerts: Number(alerts.find((a) => a.student_id === row.id)?.open ?? 0),
      mastery: progress
        .filter((p) => p.user_id === row.id)
        .map((p) => ({ topic: p.slug, mastery: Number(p.mastery), level: p.level as Level })),
    });
  }
  return { classes, students: [...students.values()] };
}
