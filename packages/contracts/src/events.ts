import { z } from 'zod';
import { DifficultySchema } from './content.ts';
import type { Envelope } from './envelope.ts';
import { LevelSchema } from './mastery-level.ts';
import { IntentSchema as Intent } from './rest/chat.ts';
import { ExerciseSourceSchema } from './rest/exercises.ts';
import { RoleSchema } from './role.ts';
import { RunErrorSchema } from './run.ts';
import type { TopicName } from './topics.ts';

/** What triage learned about the student, carried on every routed request. */
export const StudentContextSchema = z.object({
  topic: z.string().nullable(),
  masteryLevel: LevelSchema.nullable(),
  recentErrors: z.array(z.object({ type: z.string(), at: z.string() })),
});

/** A knowledge-base entry the tutor offered when it asked which one the student meant. */
export const OfferedChoiceSchema = z.object({ id: z.string(), title: z.string(), topic: z.string() });
export type OfferedChoice = z.infer<typeof OfferedChoiceSchema>;

/** A check question a reply ended with: question `question` of the quiz `quiz` (the answer stays in the bank). */
export const CheckQuestionRefSchema = z.object({
  quiz: z.string(),
  question: z.number().int().nonnegative(),
});
export type CheckQuestionRef = z.infer<typeof CheckQuestionRefSchema>;

/** The exercise the tutor's last reply gave the student: "a harder one" or "another one" follows it. */
export const LastExerciseSchema = z.object({
  exerciseId: z.string(),
  topic: z.string(),
  difficulty: DifficultySchema,
});
export type LastExercise = z.infer<typeof LastExerciseSchema>;

export const LearningRequestSchema = z.object({
  requestId: z.string(),
  userId: z.string(),
  message: z.string(),
  code: z.string().nullable(),
  topic: z.string().nullable(),
  /** The choices of the tutor's last reply, when it asked which entry was meant: "2" may pick one. */
  offered: z.array(OfferedChoiceSchema).optional(),
  /** The check question the tutor's last reply ended with, when it did: "B" may answer it. */
  check: CheckQuestionRefSchema.optional(),
  /** The exercise the tutor's last reply gave, when it gave one. */
  lastExercise: LastExerciseSchema.optional(),
  /** The exercise open beside the chat (its page), when the message was sent from one. */
  exerciseId: z.string().optional(),
  /**
   * The knowledge-base entry the tutor's last reply answered from: "I don't get it" asks for it again. Triage
   * routes it on only with a message that asks for that (`asksToExplainAgain`).
   */
  lastEntry: z.string().optional(),
  /**
   * The question that reply answered, as the tutor read it, with `lastEntry`: "what about a dictionary?" asks it
   * again about something else (`followUpQuestion`).
   */
  lastQuestion: z.string().optional(),
  /**
   * The student's message and code the tutor's last reply debugged, when it explained an error or a logic bug:
   * "how do I fix it?" asks about them again, and gets the next hint.
   */
  lastDebug: z.object({ message: z.string(), code: z.string().nullable() }).optional(),
});

export const RoutedRequestSchema = LearningRequestSchema.extend({
  intent: Intent,
  confidence: z.number().min(0).max(1),
  context: StudentContextSchema,
});

export const LearningResponseSchema = z.object({
  requestId: z.string(),
  userId: z.string(),
  intent: Intent,
  agent: z.string(),
  /** A streamed piece of the answer (`delta`) or the whole answer (`final`). */
  kind: z.enum(['delta', 'final']),
  text: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
});

export const CodeExecutionResultSchema = z.object({
  requestId: z.string(),
  userId: z.string(),
  topic: z.string().nullable(),
  code: z.string(),
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().nullable(),
  timedOut: z.boolean(),
  memoryExceeded: z.boolean(),
  durationMs: z.number(),
  error: RunErrorSchema.nullable(),
});

/** An assignment, with all its notice shows, so no consumer needs to read the classroom's tables. */
export const ExerciseAssignmentSchema = z.object({
  assignmentId: z.string(),
  exerciseId: z.string(),
  exerciseTitle: z.string(),
  topic: z.string().nullable(),
  difficulty: DifficultySchema,
  studentId: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  dueAt: z.string().nullable(),
});

/** A roster change: the student is (`enrolled`) or is no longer in the teacher's class. */
export const RosterChangeSchema = z.object({
  classId: z.string(),
  teacherId: z.string(),
  studentId: z.string(),
  enrolled: z.boolean(),
});

/** A class as it is now (made or renamed), or gone (`deleted`): its id, its teacher and its name. */
export const ClassChangeSchema = z.object({
  classId: z.string(),
  teacherId: z.string(),
  name: z.string(),
  deleted: z.boolean(),
});

/**
 * An account as it is now (made, or its role changed), or gone (`deleted`): what the services that
 * name students and teachers, or count a student's days in their zone, keep of it.
 */
export const AccountChangeSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  /** The IANA zone the student's days are counted in. */
  timezone: z.string(),
  deleted: z.boolean(),
});

/**
 * An exercise of the catalog as others name and weigh it: made by the generator, published by a teacher to
 * a class, or (from `learnflow seed`, written directly) the bank's. Exercises do not change once made.
 */
export const ExerciseCatalogSchema = z.object({
  exerciseId: z.string(),
  title: z.string(),
  topic: z.string(),
  difficulty: DifficultySchema,
  source: ExerciseSourceSchema,
  /** An authored exercise's class: its students see it. */
  classId: z.string().nullable(),
  /** Who generated or authored it. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ExerciseGradedSchema = z.object({
  submissionId: z.string(),
  exerciseId: z.string(),
  userId: z.string(),
  topic: z.string(),
  passed: z.boolean(),
  score: z.number().min(0).max(100),
  qualityScore: z.number().min(0).max(100).nullable(),
  /** The exception the tests met in the student's code (`NameError`, `Timeout`...), or null. */
  errorType: z.string().nullable().optional(),
  /** The code submitted (events published before it was carried have none). */
  code: z.string().optional(),
});

/** The `detail` of a `progress.events` event of kind `quiz.attempted`: which quiz, which attempt, how it went. */
export const QuizAttemptDetailSchema = z.object({
  quizId: z.string(),
  attemptId: z.string(),
  /** The quiz's title (attempts published before it was carried have none). */
  title: z.string().optional(),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
});
export type QuizAttemptDetail = z.infer<typeof QuizAttemptDetailSchema>;

/** The `detail` of a `progress.events` event of kind `error.observed`: the error the tutor explained in chat. */
export const ErrorObservedDetailSchema = z.object({ type: z.string(), cause: z.string().optional() });
export type ErrorObservedDetail = z.infer<typeof ErrorObservedDetailSchema>;

/** The `detail` of a `progress.events` event of kind `code.reviewed`: where the review was asked, what it found. */
export const CodeReviewedDetailSchema = z.object({
  source: z.enum(['api', 'chat']),
  /** The chat request the review answered, when it came from the chat. */
  requestId: z.string().optional(),
  findings: z.number().int().min(0),
  rules: z.array(z.string()),
});
export type CodeReviewedDetail = z.infer<typeof CodeReviewedDetailSchema>;

/** The `detail` of a `progress.events` event of kind `struggle.said`: what the student said in chat. */
export const StruggleSaidDetailSchema = z.object({ message: z.string(), requestId: z.string() });
export type StruggleSaidDetail = z.infer<typeof StruggleSaidDetailSchema>;

const progressEvent = <K extends string, D extends z.ZodType>(kind: K, detail: D) =>
  z.object({
    userId: z.string(),
    topic: z.string().nullable(),
    kind: z.literal(kind),
    score: z.number().min(0).max(100).nullable().default(null),
    detail,
  });

/** A learning activity progress counts, its `detail` typed by its `kind`. */
export const ProgressEventSchema = z.discriminatedUnion('kind', [
  progressEvent('quiz.attempted', QuizAttemptDetailSchema),
  progressEvent('code.reviewed', CodeReviewedDetailSchema),
  progressEvent('error.observed', ErrorObservedDetailSchema),
  progressEvent('struggle.said', StruggleSaidDetailSchema),
]);

export const ProgressUpdateSchema = z.object({
  userId: z.string(),
  topic: z.string(),
  mastery: z.number().min(0).max(100),
  level: LevelSchema,
  streak: z.number().int().min(0),
});

export const StruggleTriggerSchema = z.enum([
  'repeated_error',
  'stuck_on_exercise',
  'low_quiz_score',
  'said_stuck',
  'failed_runs',
  'wheel_spinning',
]);

/** One fact that made a struggle rule fire: a run, a graded submission, a quiz attempt, a chat message. */
export const StruggleEvidenceSchema = z.object({
  kind: z.enum(['code.run', 'exercise.graded', 'error.observed', 'quiz.attempted', 'struggle.said']),
  /** The run's request id, the submission id or the quiz attempt id, when the fact has one. */
  ref: z.string().nullable(),
  at: z.string(),
  exerciseId: z.string().nullable(),
  errorType: z.string().nullable(),
  /** The error message, or what the student said. */
  message: z.string().nullable(),
  line: z.number().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  /** A few lines of the code, around the error line when known. */
  code: z.string().nullable(),
});

export const StruggleDetectedSchema = z.object({
  userId: z.string(),
  topic: z.string().nullable(),
  trigger: StruggleTriggerSchema,
  episodeKey: z.string(),
  detail: z.record(z.string(), z.unknown()),
  /** The facts that made the rule fire, oldest first (at most the latest 10). */
  evidence: z.array(StruggleEvidenceSchema).default([]),
});

export const AlertStatusSchema = z.enum(['open', 'resolved']);

/**
 * An alert as notification raised it, or as a teacher resolved it: what classroom's views of a student
 * (the roster's open alerts, the student detail) show of it.
 */
export const AlertChangeSchema = z.object({
  alertId: z.string(),
  studentId: z.string(),
  topic: z.string().nullable(),
  trigger: StruggleTriggerSchema,
  status: AlertStatusSchema,
  details: z.record(z.string(), z.unknown()),
  evidence: z.array(StruggleEvidenceSchema),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

/** A person named in a notice or a view: a student, a teacher. */
export const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

/** `alert.created`, to each teacher of the student: the alert as raised, with its evidence. */
export const AlertNoticeSchema = z.object({
  alertId: z.string(),
  student: PersonRefSchema,
  topic: z.string().nullable(),
  trigger: StruggleTriggerSchema,
  details: z.record(z.string(), z.unknown()),
  evidence: z.array(StruggleEvidenceSchema).default([]),
  createdAt: z.string(),
});

/** `assignment.created`, to the student: the exercise a teacher assigned. */
export const AssignmentNoticeSchema = z.object({
  assignmentId: z.string(),
  exerciseId: z.string(),
  title: z.string(),
  topic: z.string().nullable(),
  difficulty: DifficultySchema,
  assignedBy: PersonRefSchema,
  dueAt: z.string().nullable(),
  createdAt: z.string(),
});

/** `teacher.hint`, to the student an alert is about: the teacher's message. */
export const HintNoticeSchema = z.object({
  alertId: z.string(),
  from: PersonRefSchema,
  topic: z.string().nullable(),
  message: z.string(),
});

/** What each notice type carries: stored in `notifications.payload` and sent live as the frame's data. */
export const NOTICE_PAYLOADS = {
  'alert.created': AlertNoticeSchema,
  'assignment.created': AssignmentNoticeSchema,
  'teacher.hint': HintNoticeSchema,
} as const;

export type NoticeType = keyof typeof NOTICE_PAYLOADS;
export type NoticePayload<T extends NoticeType> = z.infer<(typeof NOTICE_PAYLOADS)[T]>;

const notice = <T extends NoticeType>(type: T) =>
  z.object({
    notificationId: z.string(),
    recipientId: z.string(),
    type: z.literal(type),
    /** When the notification was stored: the frame id, so a reconnecting client can resume after it. */
    createdAt: z.string(),
    payload: NOTICE_PAYLOADS[type],
  });

export const NotificationSchema = z.discriminatedUnion('type', [
  notice('alert.created'),
  notice('assignment.created'),
  notice('teacher.hint'),
]);

/** The payload schema of every catalog topic. */
export const EVENT_PAYLOADS = {
  'learning.requests': LearningRequestSchema,
  'concepts.requests': RoutedRequestSchema,
  'debug.requests': RoutedRequestSchema,
  'code.submissions': RoutedRequestSchema,
  'learning.responses': LearningResponseSchema,
  'code.execution.results': CodeExecutionResultSchema,
  'exercise.requests': RoutedRequestSchema,
  'exercise.assignments': ExerciseAssignmentSchema,
  'classroom.rosters': RosterChangeSchema,
  'classroom.classes': ClassChangeSchema,
  'account.changes': AccountChangeSchema,
  'exercise.catalog': ExerciseCatalogSchema,
  'exercise.graded': ExerciseGradedSchema,
  'progress.events': ProgressEventSchema,
  'progress.updates': ProgressUpdateSchema,
  'struggle.detected': StruggleDetectedSchema,
  'alert.changes': AlertChangeSchema,
  notifications: NotificationSchema,
} satisfies Record<TopicName, z.ZodType>;

/** What consumers of topic `T` receive: the output of its schema (defaults filled in). */
export type EventPayload<T extends TopicName> = z.output<(typeof EVENT_PAYLOADS)[T]>;

/** What a producer may publish on topic `T`: the input of its schema (defaulted fields may be left out). */
export type EventInput<T extends TopicName> = z.input<(typeof EVENT_PAYLOADS)[T]>;

/** An event of one of the topics `T` with its data parsed: `topic` tells which, and so the data's type. */
export type TopicEvent<T extends TopicName = TopicName> = {
  [K in T]: { topic: K; event: Envelope<EventPayload<K>> };
}[T];

// The same map, typed per key, so a generic topic picks its own schema's types.
const SCHEMAS: { [K in TopicName]: z.ZodType<EventPayload<K>, EventInput<K>> } = EVENT_PAYLOADS;

/** Checks `data` against the schema of `topic`: the parsed payload, or the zod error. */
export const parseEventPayload = <T extends TopicName>(topic: T, data: unknown) =>
  SCHEMAS[topic].safeParse(data);
