import type { AccountExport } from '@learnflow/contracts';
import { type AuthUser, audit, type Database, forgetEventsOf, type ServiceDeps } from '@learnflow/platform';
import { sql } from 'kysely';
import { publishAccount } from './account-changes.ts';

/** Every table that holds a user's own rows, and the column naming them. */
const PERSONAL: ReadonlyArray<readonly [keyof Database, string]> = [
  ['enrollments', 'student_id'],
  ['assignments', 'student_id'],
  ['submissions', 'user_id'],
  ['quiz_attempts', 'user_id'],
  ['quiz_checks', 'user_id'],
  ['progress', 'user_id'],
  ['activity_days', 'user_id'],
  ['code_runs', 'user_id'],
  ['chat_messages', 'user_id'],
  ['alerts', 'student_id'],
  ['notifications', 'user_id'],
  ['exercise_hints', 'user_id'],
  ['learning_facts', 'user_id'],
  ['student_streaks', 'user_id'],
  ['exercise_sessions', 'user_id'],
  ['struggle_episodes', 'user_id'],
  ['exercises', 'created_by'],
  ['explained_errors', 'user_id'],
  ['event_log', 'user_id'],
];

/** `GET /api/me/export`: the account and every row that is about it, as stored (the password hash excepted). */
export async function exportAccount(deps: ServiceDeps, caller: AuthUser): Promise<AccountExport> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'timezone', 'created_at'])
    .where('id', '=', caller.id)
    .executeTakeFirstOrThrow();
  const data: AccountExport['data'] = {};
  for (const [table, column] of PERSONAL) {
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} where ${sql.ref(column)}::text = ${caller.id}`.execute(deps.db);
    data[table] = rows.map((row) => JSON.parse(JSON.stringify(row)));
  }
  return {
    exportedAt: new Date().toISOString(),
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      timezone: user.timezone,
      createdAt: new Date(user.created_at).toISOString(),
    },
    data,
  };
}

/**
 * `DELETE /api/me`: the account and its personal data go (foreign keys cascade; the event log
 * rows naming the user are deleted too), and `account.changes` says so. Classroom, on that event,
 * keeps each class's mastery per topic for the student with no identity (`departed_mastery`), so
 * the class's statistics stay true, then forgets their enrollments and mastery. Exercises the user
 * generated stay for students they were assigned to, without their author.
 */
export async function deleteAccount(
  deps: ServiceDeps,
  caller: AuthUser,
  correlationId: string,
): Promise<void> {
  await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    await forgetEventsOf(trx, caller.id);
    const gone = await trx
      .deleteFrom('users')
      .where('id', '=', caller.id)
      .returning(['id', 'name', 'email', 'role', 'timezone'])
      .executeTakeFirstOrThrow();
    await publishAccount(tx, gone, 'deleted', correlationId);
    await audit(trx, null, 'account.deleted', caller.id, { role: caller.role });
  });
  await deps.auth.sessions.revokeAll(caller.id);
}
