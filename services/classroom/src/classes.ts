import type { JoinedClass, TeacherClass } from '@learnflow/contracts';
import { type AuthUser, appError, audit, type Db, readableCode, type ServiceDeps } from '@learnflow/platform';
import { publishClass } from './publish-class.ts';
import { publishRoster } from './publish-roster.ts';
import { rememberCaller } from './remember-caller.ts';

export const JOIN_CODE_DAYS = 14;

const expiry = (days = JOIN_CODE_DAYS) => new Date(Date.now() + days * 86_400_000);
/** `k7qm 2xhp`, `K7QM2XHP` and `K7QM-2XHP` are the same code. */
const normalize = (code: string) => {
  const bare = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
};

/** The class, if it is the teacher's: 404 when there is no such class, 403 when it is someone else's. */
async function classOfTeacher(db: Db, teacherId: string, classId: string) {
  const found = await db.selectFrom('classes').selectAll().where('id', '=', classId).executeTakeFirst();
  if (!found) throw appError('NOT_FOUND', `No class ${classId}: GET /api/teacher/classes lists yours.`);
  if (found.teacher_id !== teacherId)
    throw appError('FORBIDDEN', `"${found.name}" is another teacher's class: you can only manage your own.`);
  return found;
}

async function describe(db: Db, classIds: string[]): Promise<TeacherClass[]> {
  if (classIds.length === 0) return [];
  const [classes, members] = await Promise.all([
    db.selectFrom('classes').selectAll().where('id', 'in', classIds).orderBy('name').execute(),
    db
      .selectFrom('enrollments')
      .innerJoin('classroom_accounts as accounts', 'accounts.id', 'enrollments.student_id')
      .select([
        'enrollments.class_id',
        'accounts.id',
        'accounts.name',
        'accounts.email',
        'enrollments.enrolled_at',
      ])
      .where('enrollments.class_id', 'in', classIds)
      .orderBy('accounts.name')
      .execute(),
  ]);
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    createdAt: new Date(c.created_at).toISOString(),
    joinCode: c.join_code,
    joinPath: c.join_code ? `/join/${c.join_code}` : null,
    joinCodeExpiresAt: c.join_code_expires_at ? new Date(c.join_code_expires_at).toISOString() : null,
    students: members
      .filter((m) => m.class_id === c.id)
      .map((m) => ({
        id: m.id,
        name: m.name,
        email: m.email,
        joinedAt: new Date(m.enrolled_at).toISOString(),
      })),
  }));
}

const only = (classes: TeacherClass[]) => classes[0] as TeacherClass;

/** The teacher's classes, each with its join code and roster. */
export async function listClasses(deps: ServiceDeps, teacherId: string): Promise<TeacherClass[]> {
  const ids = await deps.db.selectFrom('classes').select('id').where('teacher_id', '=', teacherId).execute();
  return describe(
    deps.db,
    ids.map((r) => r.id),
  );
}

export async function getClass(deps: ServiceDeps, teacherId: string, classId: string): Promise<TeacherClass> {
  await classOfTeacher(deps.db, teacherId, classId);
  return only(await describe(deps.db, [classId]));
}

export async function createClass(
  deps: ServiceDeps,
  teacher: AuthUser,
  body: { name: string; codeExpiresInDays?: number | undefined },
  correlationId: string,
): Promise<TeacherClass> {
  const teacherId = teacher.id;
  await rememberCaller(deps.db, teacher);
  const created = await deps.events.transaction(async (tx) => {
    const row = await tx.db
      .insertInto('classes')
      .values({
        name: body.name,
        teacher_id: teacherId,
        join_code: readableCode(2),
        join_code_expires_at: expiry(body.codeExpiresInDays),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await publishClass(tx, { classId: row.id, teacherId, name: body.name, deleted: false }, correlationId);
    return row;
  });
  return only(await describe(deps.db, [created.id]));
}

/** A new join code: the old one joins nobody from now on; students already in stay. */
export async function rotateJoinCode(
  deps: ServiceDeps,
  teacherId: string,
  classId: string,
  days?: number,
): Promise<TeacherClass> {
  await classOfTeacher(deps.db, teacherId, classId);
  await deps.db
    .updateTable('classes')
    .set({ join_code: readableCode(2), join_code_expires_at: expiry(days) })
    .where('id', '=', classId)
    .execute();
  return only(await describe(deps.db, [classId]));
}

export async function removeStudent(
  deps: ServiceDeps,
  teacherId: string,
  classId: string,
  studentId: string,
  correlationId: string,
): Promise<TeacherClass> {
  const klass = await classOfTeacher(deps.db, teacherId, classId);
  await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    const removed = await trx
      .deleteFrom('enrollments')
      .where('class_id', '=', classId)
      .where('student_id', '=', studentId)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n)
      throw appError(
        'NOT_FOUND',
        `No student ${studentId} in "${klass.name}": the class's roster lists who is in it.`,
      );
    await audit(trx, teacherId, 'class.student-removed', studentId, { classId });
    await publishRoster(tx, { classId, teacherId, studentId, enrolled: false }, correlationId);
  });
  return only(await describe(deps.db, [classId]));
}

/** A student joins the class whose current, unexpired code this is. */
export async function joinClass(
  deps: ServiceDeps,
  student: AuthUser,
  code: string,
  correlationId: string,
): Promise<JoinedClass> {
  await rememberCaller(deps.db, student);
  const klass = await deps.db
    .selectFrom('classes')
    .innerJoin('classroom_accounts as accounts', 'accounts.id', 'classes.teacher_id')
    .select([
      'classes.id',
      'classes.name',
      'classes.teacher_id',
      'classes.join_code_expires_at',
      'accounts.name as teacher',
    ])
    .where('classes.join_code', '=', normalize(code))
    .executeTakeFirst();
  if (!klass)
    throw appError(
      'INVALID_JOIN_CODE',
      `"${code}" is not a current class code (a replaced code stops working): ask your teacher for the code on the class page.`,
    );
  if (klass.join_code_expires_at && new Date(klass.join_code_expires_at) <= new Date())
    throw appError(
      'INVALID_JOIN_CODE',
      `The code for "${klass.name}" expired: ask ${klass.teacher} for a new one.`,
    );
  const joined = await deps.events.transaction(async (tx) => {
    const row = await tx.db
      .insertInto('enrollments')
      .values({ class_id: klass.id, student_id: student.id })
      .onConflict((oc) => oc.doNothing())
      .returning('student_id')
      .executeTakeFirst();
    if (row)
      await publishRoster(
        tx,
        { classId: klass.id, teacherId: klass.teacher_id, studentId: student.id, enrolled: true },
        correlationId,
      );
    return row;
  });
  if (!joined) throw appError('ALREADY_IN_CLASS', `You are already in "${klass.name}": nothing changed.`);
  return { id: klass.id, name: klass.name, teacher: klass.teacher };
}
