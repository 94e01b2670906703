import { TOPICS } from '@learnflow/contracts';
import type { Db, EventSubscription } from '@learnflow/platform';
import { sql } from 'kysely';

/**
 * A deleted account leaves its classes: its mastery of each topic is kept per class with no identity
 * (`departed_mastery`), so the class's statistics stay true, and its enrollments and mastery go.
 */
export async function departStudent(trx: Db, studentId: string): Promise<void> {
  await sql`insert into departed_mastery (class_id, topic_id, mastery)
    select e.class_id, t.id, m.mastery from enrollments e
    join classroom_mastery m on m.user_id = e.student_id
    join topics t on t.slug = m.topic
    where e.student_id = ${studentId}`.execute(trx);
  await trx.deleteFrom('enrollments').where('student_id', '=', studentId).execute();
  await trx.deleteFrom('classroom_mastery').where('user_id', '=', studentId).execute();
}

/**
 * Classroom's part of deleting an account, in a consumer group of its own (`classroom.departures`): in
 * the transaction that marks the event handled, so a redelivery counts nothing twice.
 */
export const departureSubscription: EventSubscription<'account.changes'> = {
  background: true,
  group: 'departures',
  topics: [TOPICS.accountChanges.name],
  transactional: true,
  handle: async (_deps, delivery) => {
    const change = delivery.event.data;
    if (!change.deleted || change.role !== 'student') return;
    await delivery.transaction((tx) => departStudent(tx.db, change.userId));
  },
};
