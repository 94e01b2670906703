import type {
  AdminUser,
  Alert,
  ChatHistory,
  ChatReply,
  Curriculum,
  Difficulty,
  ExecuteResult,
  Gradebook,
  JoinedClass,
  Lesson,
  Level,
  OneTimeCode,
  Progress,
  ReviewFinding,
  ReviewResult,
  Roster,
  Session,
  StudentAssignments,
  StudentDetail,
  StudentProgress,
  TeacherClass,
  Topic,
  TopicProgress,
  TraceResultSchema,
  User,
} from '@learnflow/contracts';
import type { z } from 'zod';

export type {
  AdminUser,
  Alert,
  ChatHistory,
  ChatReply,
  Curriculum,
  Difficulty,
  ExecuteResult,
  Gradebook,
  JoinedClass,
  Lesson,
  Level,
  OneTimeCode,
  Progress,
  ReviewFinding,
  ReviewResult,
  Roster,
  Session,
  StudentAssignments,
  StudentDetail,
  StudentProgress,
  TeacherClass,
  Topic,
  TopicProgress,
  User,
};

export type Role = User['role'];
export type TraceResult = z.infer<typeof TraceResultSchema>;
export type TraceStep = TraceResult['trace']['steps'][number];
export type Assignment = StudentAssignments['assignments'][number];
export type RosterStudent = Roster['students'][number];
export type ChatMessageRecord = ChatHistory['messages'][number];
