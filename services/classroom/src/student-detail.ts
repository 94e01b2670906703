import { StruggleEvidenceSchema, type StudentDetail } from '@learnflow/contracts';
import { requireStudentOfTeacher, type ServiceDeps } from '@learnflow/platform';
import { CHAT_SHOWN } from './chat-read-model.ts';

const RECENT = 10;

/** A teacher's drill-down into one of their students: recent errors, submissions, open alerts, chat. */
export async function getStudentDetail(
  deps: ServiceDeps,
  teacherId: string,
  studentId: string,
): Promise<StudentDetail> {
  const student = await requireStudentOfTeacher(
    deps.db,
    { rosters: 'classroom_roster', accounts: 'classroom_accounts' },
    teacherId,
    studentId,
  );
  const [errors, submissions, alerts, chat] = await Promise.all([
    deps.db
      .selectFrom('classroom_errors')
      .select(['error_type', 'line', 'topic', 'occurred_at'])
      .where('user_id', '=', student.id)
      // The errors of runs (`errorOf` keys them `run:<request id>`), not of submissions or chat.
      .where('source_key', 'like', 'run:%')
      .orderBy('occurred_at', 'desc')
      .limit(RECENT)
      .execute(),
    deps.db
      .selectFrom('classroom_submissions as submissions')
      .innerJoin('classroom_exercises as exercises', 'exercises.id', 'submissions.exercise_id')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select([
        'submissions.id',
        'submissions.exercise_id',
        'exercises.title',
        'topics.slug',
        'submissions.passed',
        'submissions.score',
        'submissions.created_at',
      ])
      .where('submissions.user_id', '=', student.id)
      .orderBy('submissions.created_at', 'desc')
      .limit(RECENT)
      .execute(),
    deps.db
      .selectFrom('classroom_alerts')
      .select(['id', 'topic', 'trigger', 'status', 'details', 'evidence', 'created_at', 'resolved_at'])
      .where('student_id', '=', student.id)
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .execute(),
    deps.db
      .selectFrom('classroom_chat')
      .select(['role', 'content', 'topic', 'created_at'])
      .where('user_id', '=', student.id)
      .orderBy('created_at', 'desc')
      .limit(RECENT)
      .execute(),
  ]);
  return {
    student,
    recentErrors: errors.map((e) => ({
      type: e.error_type,
      line: e.line,
      topic: e.topic,
      at: new Date(e.occurred_at).toISOString(),
    })),
    recentSubmissions: submissions.map((s) => ({
      id: s.id,
      exerciseId: s.exercise_id,
      title: s.title,
      topic: s.slug,
      passed: s.passed,
      score: s.score,
      at: new Date(s.created_at).toISOString(),
    })),
    openAlerts: alerts.map((a) => ({
      id: a.id,
      student: { id: student.id, name: student.name },
      topic: a.topic,
      trigger: a.trigger,
      status: a.status,
      createdAt: new Date(a.created_at).toISOString(),
      details: a.details,
      evidence: StruggleEvidenceSchema.array().catch([]).parse(a.evidence),
      resolvedAt: a.resolved_at ? new Date(a.resolved_at).toISOString() : null,
    })),
    chat: chat.reverse().map((m) => ({
      role: m.role,
      content: m.content.length > CHAT_SHOWN ? `${m.content.slice(0, CHAT_SHOWN)}…` : m.content,
      topic: m.topic,
      at: new Date(m.created_at).toISOString(),
    })),
  };
}
