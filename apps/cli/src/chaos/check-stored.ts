import type { Db } from '@learnflow/platform';
import { replayMastery } from '@learnflow/progress/testing';
import type { Acknowledged, Student } from './student-workload.ts';

/** One line of the report: what was compared, the figure, and whether it is what it must be. */
export interface Count {
  name: string;
  value: string;
  ok: boolean;
}

/**
 * What the students did against what the platform stored once everything settled: every
 * acknowledged submission graded once, every acknowledged action's learning fact stored once,
 * mastery equal to a replay from the facts, every chat answered once, every struggle episode
 * raised as one alert, noticed to the teacher and received on the teacher's socket, and
 * nothing left in the outbox.
 */
export async function checkStored(
  db: Db,
  students: readonly Student[],
  acked: Acknowledged,
  alertFrames: readonly string[],
): Promise<Count[]> {
  const ids = students.map((s) => s.id);
  const counts: Count[] = [];
  const add = (name: string, value: string, ok: boolean) => counts.push({ name, value, ok });

  const graded = await db.selectFrom('submissions').select(['id']).where('user_id', 'in', ids).execute();
  const gradedIds = new Set(graded.map((g) => g.id));
  const gradedAcked = acked.submissions.filter((id) => gradedIds.has(id)).length;
  add(
    'submissions graded once (acknowledged and stored)',
    `${gradedAcked}/${acked.submissions.length}`,
    gradedAcked === acked.submissions.length && new Set(acked.submissions).size === acked.submissions.length,
  );
  add(
    'submissions stored but not acknowledged (the answer was lost in a kill)',
    String(graded.length - gradedAcked),
    true,
  );

  const facts = await db
    .selectFrom('learning_facts')
    .select(['source_key'])
    .where('user_id', 'in', ids)
    .execute();
  const keys = new Set(facts.map((f) => f.source_key));
  const expected = [
    ...acked.runs.map((id) => `run:${id}`),
    ...acked.submissions.map((id) => `submission:${id}`),
    ...acked.attempts.map((id) => `quiz:${id}`),
  ];
  const missing = expected.filter((key) => !keys.has(key));
  add(
    'learning facts stored (acknowledged runs, submissions, quiz attempts)',
    `${expected.length - missing.length}/${expected.length}`,
    missing.length === 0,
  );
  add('learning facts stored twice', String(facts.length - keys.size), facts.length === keys.size);

  let compared = 0;
  let differing = 0;
  const now = new Date();
  for (const student of students) {
    const user = await db
      .selectFrom('users')
      .select('timezone')
      .where('id', '=', student.id)
      .executeTakeFirstOrThrow();
    const replayed = await replayMastery(db, student.id, user.timezone, now);
    const stored = await db
      .selectFrom('progress')
      .select(['topic_id', 'mastery', 'level'])
      .where('user_id', '=', student.id)
      .execute();
    for (const [topicId, want] of replayed) {
      compared++;
      const row = stored.find((s) => s.topic_id === topicId);
      if (!row || Number(row.mastery) !== want.mastery || row.level !== want.level) differing++;
    }
  }
  add(
    'mastery equal to a replay from the facts (student topics)',
    `${compared - differing}/${compared}`,
    differing === 0 && compared > 0,
  );

  const replies = await db
    .selectFrom('chat_messages')
    .select(['request_id'])
    .where('role', '=', 'tutor')
    .where('request_id', 'in', acked.chats.length > 0 ? acked.chats : [''])
    .execute();
  const answered = new Set(replies.map((r) => r.request_id));
  add(
    'chat messages answered once',
    `${answered.size}/${acked.chats.length}`,
    answered.size === acked.chats.length && replies.length === answered.size,
  );

  const episodes = await db
    .selectFrom('struggle_episodes')
    .select(['episode_key', 'user_id'])
    .where('user_id', 'in', ids)
    .where('published_at', 'is not', null)
    .execute();
  const alerts = await db
    .selectFrom('alerts')
    .select(['id', 'student_id', 'episode_key', 'created_at'])
    .where('student_id', 'in', ids)
    .execute();
  const raised = new Set(alerts.map((a) => `${a.student_id} ${a.episode_key}`));
  const unraised = episodes.filter((e) => !raised.has(`${e.user_id} ${e.episode_key}`)).length;
  add('struggle episodes published', String(episodes.length), episodes.length > 0);
  add(
    'alerts raised once per episode',
    `${episodes.length - unraised}/${episodes.length} (${alerts.length} alerts)`,
    unraised === 0 && alerts.length === episodes.length,
  );
  const notices = await db
    .selectFrom('notifications')
    .select(['payload'])
    .where('type', '=', 'alert.created')
    .execute();
  const noticed = new Set(notices.map((n) => (n.payload as { alertId?: string }).alertId));
  const unnoticed = alerts.filter((a) => !noticed.has(a.id)).length;
  add('alerts noticed to the teacher', `${alerts.length - unnoticed}/${alerts.length}`, unnoticed === 0);
  const received = new Set(alertFrames);
  const undelivered = alerts.filter((a) => !received.has(a.id)).length;
  add(
    "alerts delivered to the teacher's socket (live or replayed)",
    `${alerts.length - undelivered}/${alerts.length}`,
    undelivered === 0,
  );
  add(
    'alerts received in two different frames',
    String(alertFrames.length - received.size),
    alertFrames.length === received.size,
  );

  const pending = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  add('events left in the outbox', String(pending.n), Number(pending.n) === 0);
  return counts;
}
