import type * as contracts from '@learnflow/contracts';
import type { z } from 'zod';

export type {
  AccountExport,
  AdminUser,
  Alert,
  AlertDetail,
  AuthoredExerciseBody,
  ChatHistory,
  ChatReply,
  ChatRole,
  Curriculum,
  Difficulty,
  DraftCheck,
  ErrorGroups,
  ExecuteResult,
  ExerciseDraft,
  ExerciseDraftList,
  Gradebook,
  HintSent,
  JoinedClass,
  Lesson,
  Level,
  OneTimeCode,
  Progress,
  ProposedTests,
  Replay,
  ReviewFinding,
  ReviewResult,
  Roster,
  Session,
  StudentAssignments,
  StudentDetail,
  StudentProgress,
  TeacherClass,
  TestInput,
  Topic,
  TopicProgress,
  User,
} from '@learnflow/contracts';

export type Role = contracts.User['role'];
export type TraceResult = z.infer<typeof contracts.TraceResultSchema>;
export type TraceStep = TraceResult['trace']['steps'][number];
export type Assignment = contracts.StudentAssignments['assignments'][number];
export type RosterStudent = contracts.Roster['students'][number];
export type ChatMessageRecord = contracts.ChatHistory['messages'][number];
export type AuthoredTest = contracts.AuthoredExerciseBody['tests'][number];
export type MutantOutcome = NonNullable<contracts.DraftCheck['report']>['mutants'][number];
