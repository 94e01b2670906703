import type { Roster } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';

/** The students of the teacher's classes, with their mastery per topic (classroom's read model of progress's). */
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
    .innerJoin('classroom_accounts as accounts', 'accounts.id', 'enrollments.student_id')
    .select(['accounts.id', 'accounts.name', 'accounts.email', 'enrollments.class_id'])
    .where('enrollments.class_id', 'in', classIds)
    .orderBy('accounts.name')
    .execute();
  const studentIds = [...new Set(enrolled.map((e) => e.id))];
  if (studentIds.length === 0) return { classes, students: [] };
  const [progress, alerts] = await Promise.all([
    deps.db
      .selectFrom('classroom_mastery')
      .select(['user_id', 'topic', 'mastery', 'level'])
      .where('user_id', 'in', studentIds)
      .orderBy('updated_at', 'desc')
      .execute(),
    deps.db
      .selectFrom('classroom_alerts')
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
    const mastery = progress
      .filter((p) => p.user_id === row.id)
      .map((p) => ({ topic: p.topic, mastery: Number(p.mastery), level: p.level }));
    const total = mastery.reduce((sum, m) => sum + m.mastery, 0);
    students.set(row.id, {
      id: row.id,
      name: row.name,
      email: row.email,
      classIds: [row.class_id],
      averageMastery: mastery.length === 0 ? 0 : Math.round((total / mastery.length) * 100) / 100,
      topicsStarted: mastery.length,
      openAlerts: Number(alerts.find((a) => a.student_id === row.id)?.open ?? 0),
      mastery,
    });
  }
  return { classes, students: [...students.values()] };
}
