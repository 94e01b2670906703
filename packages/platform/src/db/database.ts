import type { Envelope, Level, Role } from '@learnflow/contracts';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;
/** numeric(5,2) comes back from PostgreSQL as a string. */
type Numeric = ColumnType<string, number | string, number | string>;
/** A timestamp with a default that later writes may move (updated_at). */
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A moment that has not happened yet when the row is written (revoked, used, disabled). */
type LaterAt = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A column written after the row (null until then). */
type LaterNull<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** A service's read model of classroom's rosters, fed by `classroom.rosters` (`RosterTable`). */
type RosterRow = { class_id: string; teacher_id: string; student_id: string };

/** A service's read model of a student's recent run errors, fed by `code.execution.results` (`RunErrorTable`). */
type RunErrorRow = {
  user_id: string;
  request_id: string;
  error_type: string;
  created_at: ColumnType<Date, Date | string, never>;
};

/** A service's read model of progress's mastery per student and topic, fed by `progress.updates` (`MasteryTable`). */
type MasteryRow = {
  user_id: string;
  topic: string;
  mastery: Numeric;
  level: Level;
  updated_at: ColumnType<Date, Date | string, Date | string>;
};

type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  timezone: string;
  updated_at: ColumnType<Date, Date | string, Date | string>;
};

type ExerciseEntryRow = {
  id: string;
  title: string;
  topic_id: number;
  difficulty: 'easy' | 'medium' | 'hard';
  source: 'bank' | 'generated' | 'authored';
  class_id: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date | string, Date | string>;
};

type SubmissionEntryRow = {
  id: string;
  user_id: string;
  exercise_id: string;
  passed: boolean;
  score: number;
  code: string;
  created_at: ColumnType<Date, Date | string, Date | string>;
};

/** The one declared shape of LearnFlow's data; migrations in db/migrations keep it true. */
export interface Database {
  users: {
    id: Generated<string>;
    email: string;
    name: string;
    role: Role;
    password_hash: string;
    timezone: Generated<string>;
    created_at: CreatedAt;
    /** Set when an admin disables the account (005_accounts.sql): every session ends. */
    disabled_at: LaterAt;
  };
  sessions: {
    id: Generated<string>;
    user_id: string;
    refresh_hash: string;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date | string, Date | string>;
    revoked_at: LaterAt;
  };
  invites: {
    code_hash: string;
    role: 'teacher';
    created_by: string | null;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date | string, Date | string>;
    used_at: LaterAt;
    used_by: ColumnType<string | null, string | null | undefined, string | null>;
  };
  password_resets: {
    code_hash: string;
    user_id: string;
    created_by: string | null;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date | string, Date | string>;
    used_at: LaterAt;
  };
  ws_tickets: { ticket_hash: string; session_id: string; expires_at: ColumnType<Date, Date | string, never> };
  audit_log: {
    id: Generated<string>;
    actor_id: string | null;
    action: string;
    target_id: string | null;
    details: ColumnType<Record<string, unknown>, string | undefined, never>;
    created_at: CreatedAt;
  };
  departed_mastery: { class_id: string; topic_id: number; mastery: Numeric; departed_at: CreatedAt };
  classes: {
    id: Generated<string>;
    name: string;
    teacher_id: string;
    created_at: CreatedAt;
    join_code: string | null;
    join_code_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  };
  enrollments: { class_id: string; student_id: string; enrolled_at: CreatedAt };
  modules: { id: Generated<number>; slug: string; title: string; position: number };
  topics: {
    id: Generated<number>;
    module_id: number;
    slug: string;
    title: string;
    position: number;
    lesson: Json<unknown> | null;
  };
  exercises: {
    id: Generated<string>;
    slug: string | null;
    topic_id: number;
    difficulty: 'easy' | 'medium' | 'hard';
    title: string;
    prompt: string;
    starter_code: string;
    solution: string;
    hints: Json<string[]>;
    tests: Json<unknown[]>;
    source: Generated<'bank' | 'generated' | 'authored'>;
    created_by: string | null;
    /** Authored exercises: the class whose students see it (010_authored_exercises.sql). */
    class_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** Generated exercises: which generator, template and seed made it (002_exercise_agent.sql). */
    generation: Json<Record<string, unknown>> | null;
    created_at: CreatedAt;
  };
  /** A teacher's exercise before and after publishing (010_authored_exercises.sql). */
  exercise_drafts: {
    id: Generated<string>;
    teacher_id: string;
    /** `AuthoredExerciseBody` of `@learnflow/contracts`. */
    definition: Json<unknown>;
    check_hash: LaterNull<string>;
    check_status: LaterNull<'running' | 'done' | 'failed'>;
    check_started_at: LaterAt;
    /** `MutantReport` of `@learnflow/contracts`. */
    check_report: ColumnType<unknown | null, string | null | undefined, string | null>;
    check_problem: LaterNull<string>;
    exercise_id: LaterNull<string>;
    class_id: LaterNull<string>;
    published_at: LaterAt;
    created_at: CreatedAt;
    updated_at: UpdatedAt;
  };
  assignments: {
    id: Generated<string>;
    exercise_id: string;
    student_id: string;
    assigned_by: string;
    due_at: Date | null;
    completed_at: Date | null;
    created_at: CreatedAt;
  };
  submissions: {
    id: Generated<string>;
    exercise_id: string;
    user_id: string;
    code: string;
    passed: boolean;
    score: number;
    results: Json<unknown[]>;
    quality_score: number | null;
    duration_ms: number | null;
    created_at: CreatedAt;
  };
  quizzes: {
    id: Generated<string>;
    slug: string;
    topic_id: number;
    title: string;
    questions: Json<unknown[]>;
  };
  quiz_checks: {
    user_id: string;
    quiz_id: string;
    question_id: string;
    choice: number;
    created_at: CreatedAt;
  };
  quiz_attempts: {
    id: Generated<string>;
    quiz_id: string;
    user_id: string;
    answers: Json<Record<string, number>>;
    score: number;
    correct: number;
    total: number;
    created_at: CreatedAt;
  };
  progress: {
    user_id: string;
    topic_id: number;
    exercises_score: Numeric;
    quiz_score: Numeric;
    quality_score: Numeric;
    consistency_score: Numeric;
    mastery: Numeric;
    level: Level;
    updated_at: UpdatedAt;
    /** Best score per exercise id of the topic (011_incremental_mastery.sql). */
    exercise_bests: ColumnType<Record<string, number>, string | undefined, string>;
    /** The latest quality observations, newest first (011_incremental_mastery.sql). */
    quality_window: ColumnType<{ at: string; id: string; quality: number }[], string | undefined, string>;
  };
  activity_days: { user_id: string; day: string };
  code_runs: {
    id: Generated<string>;
    user_id: string;
    request_id: string | null;
    topic_id: number | null;
    exercise_id: string | null;
    exit_code: number | null;
    timed_out: boolean;
    memory_exceeded: boolean;
    error_type: string | null;
    error_line: number | null;
    duration_ms: number;
    created_at: CreatedAt;
  };
  chat_messages: {
    id: Generated<string>;
    user_id: string;
    request_id: string;
    role: 'student' | 'tutor';
    intent: string | null;
    agent: string | null;
    content: string;
    code: string | null;
    topic: string | null;
    metadata: Json<Record<string, unknown>>;
    created_at: CreatedAt;
  };
  alerts: {
    id: Generated<string>;
    student_id: string;
    topic_id: number | null;
    trigger: string;
    episode_key: string;
    details: Json<Record<string, unknown>>;
    /** The facts that made the rule fire (`StruggleEvidence` items). */
    evidence: ColumnType<unknown[], string | undefined, string>;
    status: Generated<'open' | 'resolved'>;
    created_at: CreatedAt;
    resolved_at: Date | null;
    resolved_by: string | null;
  };
  /** Notification's read model of the rosters (012_notification_rosters.sql). */
  notification_rosters: RosterRow;
  /** Progress's, the gateway's and exercise-agent's own rosters (013_roster_read_models.sql). */
  progress_rosters: RosterRow;
  gateway_rosters: RosterRow;
  exercise_rosters: RosterRow;
  /** Exercise-agent's read model of classroom's classes, fed by `classroom.classes`. */
  exercise_classes: { id: string; teacher_id: string; name: string };
  /** Exercise-agent's read model of classroom's assignments, fed by `exercise.assignments`. */
  exercise_assignments: { exercise_id: string; student_id: string; assigned_by: string };
  triage_run_errors: RunErrorRow;
  exercise_run_errors: RunErrorRow;
  debug_run_errors: RunErrorRow;
  triage_mastery: MasteryRow;
  exercise_mastery: MasteryRow;
  classroom_mastery: MasteryRow;
  progress_accounts: AccountRow;
  notification_accounts: AccountRow;
  classroom_accounts: AccountRow;
  progress_exercises: ExerciseEntryRow;
  notification_exercises: ExerciseEntryRow;
  classroom_exercises: ExerciseEntryRow;
  classroom_submissions: SubmissionEntryRow;
  notification_submissions: SubmissionEntryRow;
  /** Classroom's read model of notification's alerts (023_classroom_alerts.sql). */
  classroom_alerts: {
    id: string;
    student_id: string;
    topic: string | null;
    trigger: string;
    status: 'open' | 'resolved';
    details: Json<Record<string, unknown>>;
    evidence: Json<unknown[]>;
    created_at: ColumnType<Date, Date | string, Date | string>;
    resolved_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  };
  /** Classroom's read model of the errors its students meet, for the error groups (024_classroom_errors.sql). */
  classroom_errors: {
    user_id: string;
    source_key: string;
    error_type: string;
    exercise_id: string | null;
    topic: string | null;
    /** A run's error: the line it points at. */
    line: number | null;
    occurred_at: ColumnType<Date, Date | string, Date | string>;
  };
  /** Classroom's read model of a student's chat, each message cut to what it shows (022_classroom_chat.sql). */
  classroom_chat: {
    request_id: string;
    role: 'student' | 'tutor';
    user_id: string;
    content: string;
    topic: string | null;
    created_at: ColumnType<Date, Date | string, Date | string>;
  };
  /** Notification's read model of the runs on a topic (021_notification_runs.sql). */
  notification_runs: {
    request_id: string;
    user_id: string;
    topic_id: number;
    exit_code: number | null;
    timed_out: boolean;
    memory_exceeded: boolean;
    error_type: string | null;
    created_at: ColumnType<Date, Date | string, Date | string>;
  };
  /** Notification's read model of students' quiz attempts (020_notification_quiz_attempts.sql). */
  notification_quiz_attempts: {
    id: string;
    user_id: string;
    topic_id: number;
    title: string;
    score: number;
    created_at: ColumnType<Date, Date | string, Date | string>;
  };
  websocket_frames: {
    user_id: string;
    frame_id: string;
    frame: Json<unknown>;
    created_at: ColumnType<Date, Date | string, never>;
  };
  notifications: {
    id: Generated<string>;
    user_id: string;
    type: string;
    payload: Json<Record<string, unknown>>;
    created_at: CreatedAt;
    read_at: Date | null;
    /** One notice per recipient and cause (`alert:<id>`, `assignment:<id>`). */
    dedup_key: string | null;
  };
  event_log: {
    id: Generated<string>;
    event_id: string;
    topic: string;
    type: string;
    user_id: string | null;
    correlation_id: string | null;
    payload: Json<unknown>;
    created_at: CreatedAt;
  };
  processed_events: { consumer_group: string; event_id: string; processed_at: CreatedAt };
  /** The error types the debug agent explained in chat (009_explained_errors.sql). */
  explained_errors: { id: Generated<string>; user_id: string; error_type: string; created_at: CreatedAt };
  /** Events written with their change, not yet on the bus (006_outbox.sql). */
  outbox: {
    id: Generated<string>;
    event_id: string;
    topic: string;
    envelope: Json<Envelope>;
    created_at: CreatedAt;
  };
  /** How many hints of an exercise a student has unlocked (002_exercise_agent.sql). */
  exercise_hints: { user_id: string; exercise_id: string; level: number; updated_at: UpdatedAt };
  learning_facts: {
    id: Generated<string>;
    user_id: string;
    source_key: string;
    kind:
      | 'exercise.graded'
      | 'quiz.attempted'
      | 'code.reviewed'
      | 'error.observed'
      | 'struggle.said'
      | 'topic.viewed'
      | 'code.run';
    topic_id: number | null;
    exercise_id: string | null;
    ref: string | null;
    score: Numeric | null;
    passed: boolean | null;
    quality: Numeric | null;
    error_type: string | null;
    occurred_at: ColumnType<Date, Date | string, Date | string>;
    detail: Json<Record<string, unknown>>;
  };
  student_streaks: {
    user_id: string;
    current: Generated<number>;
    longest: Generated<number>;
    last_active_day: string | null;
    updated_at: UpdatedAt;
  };
  exercise_sessions: {
    user_id: string;
    exercise_id: string;
    topic_id: number | null;
    started_at: Date;
    last_activity_at: Date;
    attempts: Generated<number>;
    passed_at: Date | null;
    stuck_at: Date | null;
  };
  struggle_episodes: {
    id: Generated<string>;
    user_id: string;
    trigger: string;
    scope: Generated<string>;
    episode_key: string;
    topic: string | null;
    detail: Json<Record<string, unknown>>;
    evidence: ColumnType<unknown[], string | undefined, string>;
    opened_at: Date;
    last_seen_at: Date;
    closed_at: Date | null;
    published_at: Date | null;
  };
  schema_migrations: { name: string; applied_at: CreatedAt };
  /** Classroom's classes and enrollments as a roster (a view, 027_classroom_roster.sql). */
  classroom_roster: { teacher_id: string; class_id: string; student_id: string };
  user_progress_summary: {
    user_id: string;
    topics_started: number;
    average_mastery: string;
    topics_mastered: number;
    active_days: number;
    last_activity_at: Date | null;
  };
  struggling_students: {
    student_id: string;
    student_name: string;
    teacher_id: string;
    open_alerts: number;
    latest_alert_at: Date;
  };
}

export type UserRow = Selectable<Database['users']>;
export type NewUser = Insertable<Database['users']>;
