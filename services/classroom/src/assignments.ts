import type {
  AssignmentBody,
  AssignmentsCreated,
  Envelope,
  EventPayload,
  StudentAssignments,
} from '@learnflow/contracts';
import { TOPICS } from '@learnflow/contracts';
import { type AuthUser, appError, type Events, type ServiceDeps, untilFound } from '@learnflow/platform';
import { studentsOf } from './teacher-access.ts';

/**
 * A teacher assigns an exercise to some of their students (403 naming any who are not
 * theirs). New assignments are stored and announced on `exercise.assignments`; assigning
 * the same exercise again to a student changes nothing.
 */
export async function createAssignments(
  deps: ServiceDeps,
  teacher: AuthUser,
  body: AssignmentBody,
  correlationId: string,
): Promise<AssignmentsCreated> {
  // An exercise generated a moment ago may not have reached classroom's read model yet.
  const exercise = await untilFound(() =>
    deps.db
      .selectFrom('classroom_exercises as exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['exercises.id', 'exercises.title', 'exercises.difficulty', 'topics.slug as topic'])
      .where('exercises.id', '=', body.exerciseId)
      .executeTakeFirst(),
  );
  if (!exercise)
    throw appError(
      'NOT_FOUND',
      `No exercise ${body.exerciseId}: GET /api/exercises?topic=<slug> lists them.`,
    );
  const studentIds = [...new Set(body.studentIds.map((id) => id.toLowerCase()))];
  const mine = new Set(
    (await studentsOf(deps.db, teacher.id).where('enrollments.student_id', 'in', studentIds).execute()).map(
      (r) => r.student_id,
    ),
  );
  const strangers = studentIds.filter((id) => !mine.has(id));
  if (strangers.length > 0)
    throw appError(
      'FORBIDDEN',
      `Not in your classes: ${strangers.join(', ')}. You can assign exercises only to your own students (GET /api/teacher/students).`,
    );
  const dueAt = body.dueAt ? new Date(body.dueAt) : null;
  const rows = await deps.events.transaction(async (tx) => {
    const trx = tx.db;
    const out: AssignmentsCreated['assignments'] = [];
    for (const studentId of studentIds) {
      const inserted = await trx
        .insertInto('assignments')
        .values({ exercise_id: exercise.id, student_id: studentId, assigned_by: teacher.id, due_at: dueAt })
        .onConflict((oc) => oc.columns(['exercise_id', 'student_id']).doNothing())
        .returning(['id', 'created_at'])
        .executeTakeFirst();
      const row =
        inserted ??
        (await trx
          .selectFrom('assignments')
          .select(['id', 'created_at'])
          .where('exercise_id', '=', exercise.id)
          .where('student_id', '=', studentId)
          .executeTakeFirstOrThrow());
      out.push({
        id: row.id,
        exerciseId: exercise.id,
        studentId,
        createdAt: new Date(row.created_at).toISOString(),
        created: inserted !== undefined,
      });
    }
    for (const row of out.filter((r) => r.created)) {
      await tx.publish(
        TOPICS.exerciseAssignments.name,
        'learnflow.exercise.assigned',
        {
          assignmentId: row.id,
          exerciseId: row.exerciseId,
          exerciseTitle: exercise.title,
          topic: exercise.topic,
          difficulty: exercise.difficulty,
          studentId: row.studentId,
          teacherId: teacher.id,
          teacherName: teacher.name,
          dueAt: dueAt?.toISOString() ?? null,
        } satisfies EventPayload<'exercise.assignments'>,
        { userId: row.studentId, correlationId },
      );
    }
    return out;
  });
  return { assignments: rows };
}

/** A passed exercise completes the student's assignment of it (in the delivery's transaction). */
export async function completeAssignment(
  event: Envelope<EventPayload<'exercise.graded'>>,
  transaction: Events['transaction'],
): Promise<void> {
  const graded = event.data;
  if (!graded.passed) return;
  const at = new Date(event.time);
  await transaction(async (tx) => {
    await tx.db
      .updateTable('assignments')
      .set({ completed_at: Number.isNaN(at.getTime()) ? new Date() : at })
      .where('student_id', '=', graded.userId)
      .where('exercise_id', '=', graded.exerciseId)
      .where('completed_at', 'is', null)
      .execute();
  });
}

/** The student's assigned exercises, newest first; completed once they passed it. */
export async function listAssignments(deps: ServiceDeps, studentId: string): Promise<StudentAssignments> {
  const rows = await deps.db
    .selectFrom('assignments')
    .innerJoin('classroom_exercises as exercises', 'exercises.id', 'assignments.exercise_id')
    .innerJoin('topics', 'topics.id', 'exercises.topic_id')
    .innerJoin('classroom_accounts as teacher', 'teacher.id', 'assignments.assigned_by')
    .select([
      'assignments.id',
      'assignments.exercise_id',
      'exercises.title',
      'exercises.difficulty',
      'topics.slug as topic',
      'teacher.id as teacher_id',
      'teacher.name as teacher_name',
      'assignments.created_at',
      'assignments.due_at',
      'assignments.completed_at',
    ])
    .where('assignments.student_id', '=', studentId)
    .orderBy('assignments.created_at', 'desc')
    .execute();
  return {
    assignments: rows.map((r) => ({
      id: r.id,
      exerciseId: r.exercise_id,
      title: r.title,
      topic: r.topic,
      difficulty: r.difficulty,
      assignedBy: { id: r.teacher_id, name: r.teacher_name },
      createdAt: new Date(r.created_at).toISOString(),
      dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
      completed: r.completed_at !== null,
    })),
  };
}
