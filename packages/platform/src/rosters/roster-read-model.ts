import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { AccountTable } from '../accounts/account-read-model.ts';
import type { Db } from '../db/create-database.ts';
import { skipIfReferenceGone } from '../db/skip-if-reference-gone.ts';
import { appError } from '../errors.ts';
import type { EventSubscription } from '../host/service-definition.ts';
import { untilFound } from './read-model-lag.ts';

/**
 * The tables that are a service's own read model of classroom's rosters (`RosterRow`), each fed
 * by `classroom.rosters` (docs/architecture.md, "Who owns each table"). Every function here takes
 * the caller's own table: the SQL runs for that service, on its table.
 */
export const ROSTER_TABLES = [
  'notification_rosters',
  'progress_rosters',
  'gateway_rosters',
  'exercise_rosters',
] as const;
export type RosterTable = (typeof ROSTER_TABLES)[number];
/** A roster to ask who a teacher's students are: a read model, or classroom's own (`classroom_roster`, a view). */
export type Roster = RosterTable | 'classroom_roster';

/** Keeps the roster read model in step with classroom's `classroom.rosters` (in the delivery's transaction). */
export async function applyRosterChange(
  db: Db,
  table: RosterTable,
  change: EventPayload<'classroom.rosters'>,
): Promise<void> {
  if (!change.enrolled) {
    await db
      .deleteFrom(table)
      .where('class_id', '=', change.classId)
      .where('student_id', '=', change.studentId)
      .execute();
    return;
  }
  // A user deleted since the event leaves nothing to record (the insert breaks its foreign key).
  await skipIfReferenceGone(db, () =>
    db
      .insertInto(table)
      .values({ class_id: change.classId, teacher_id: change.teacherId, student_id: change.studentId })
      .onConflict((oc) => oc.columns(['class_id', 'student_id']).doNothing())
      .execute(),
  );
}

/** The ids of the students in the teacher's classes, as a subquery. */
export const studentsOf = (db: Db, table: Roster, teacherId: string) =>
  db.selectFrom(table).select('student_id').where('teacher_id', '=', teacherId);

/** The teachers of a student: those of every class they are in. */
export async function teachersOf(db: Db, table: RosterTable, studentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('teacher_id')
    .distinct()
    .where('student_id', '=', studentId)
    .execute();
  return rows.map((r) => r.teacher_id);
}

/**
 * The rule of every teacher route about one student: the student, if the teacher teaches them
 * (a row of the service's roster: its read model, or classroom's own); 404 when there is no such student, 403 when the
 * student is someone else's. The student is read from the caller's accounts: `users` for the
 * gateway that owns them, the service's account read model for any other. A read model (not `users`,
 * not `classroom_roster`) is read again for up to `READ_MODEL_LAG_MS` before a 404 or a 403: a student who has just signed up, or
 * whom the teacher has just enrolled, may not have reached it yet.
 */
export async function requireStudentOfTeacher(
  db: Db,
  tables: { rosters: Roster; accounts: AccountTable | 'users' },
  teacherId: string,
  studentId: string,
): Promise<{ id: string; name: string; email: string }> {
  const read = () =>
    db
      .selectFrom(tables.accounts)
      .select(['id', 'name', 'email'])
      .where('id', '=', studentId)
      .where('role', '=', 'student')
      .executeTakeFirst();
  const student = tables.accounts === 'users' ? await read() : await untilFound(read);
  if (!student)
    throw appError('NOT_FOUND', `No student ${studentId}: GET /api/teacher/students lists yours.`);
  const enrollment = () =>
    studentsOf(db, tables.rosters, teacherId).where('student_id', '=', studentId).executeTakeFirst();
  // Classroom's own roster is where enrollments are written: nothing to wait for.
  const enrolled = tables.rosters === 'classroom_roster' ? await enrollment() : await untilFound(enrollment);
  if (!enrolled)
    throw appError(
      'FORBIDDEN',
      `${student.name} is not in any of your classes: you can only see your own students.`,
    );
  return student;
}

/**
 * The subscription that keeps a service's roster read model: its own consumer group
 * (`<service>.rosters`), each change applied in the transaction that marks it handled.
 */
export const rosterSubscription = (table: RosterTable): EventSubscription<'classroom.rosters'> => ({
  background: true,
  group: 'rosters',
  topics: [TOPICS.classroomRosters.name],
  transactional: true,
  handle: (_deps, delivery) =>
    delivery.transaction((tx) => applyRosterChange(tx.db, table, delivery.event.data)),
});
