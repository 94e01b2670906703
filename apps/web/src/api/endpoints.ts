import type { HttpClient } from './http-client.ts';
import type {
  ExerciseDetail,
  ExerciseSummary,
  GeneratedExerciseResult,
  HintResult,
  Quiz,
  QuizAttemptResult,
  QuizCheckResult,
  SubmissionResult,
} from './practice-types.ts';
import type {
  AccountExport,
  AdminUser,
  Alert,
  AlertDetail,
  AuthoredExerciseBody,
  ChatHistory,
  ChatReply,
  Curriculum,
  Difficulty,
  ErrorGroups,
  ExecuteResult,
  ExerciseDraft,
  ExerciseDraftList,
  Gradebook,
  HintSent,
  JoinedClass,
  OneTimeCode,
  Progress,
  ProposedTests,
  Replay,
  ReviewResult,
  Role,
  Roster,
  Session,
  StudentAssignments,
  StudentDetail,
  StudentProgress,
  TeacherClass,
  TestInput,
  Topic,
  TraceResult,
  User,
} from './types.ts';

const q = encodeURIComponent;

/** Every API call the web app makes, typed (API.md). */
export function endpoints(http: HttpClient) {
  return {
    login: (body: { email: string; password: string }) => http.post<Session>('/api/auth/login', body),
    register: (body: { email: string; password: string; name: string; timezone: string; invite?: string }) =>
      http.post<Session>('/api/auth/register', body),
    refresh: (refreshToken: string) => http.post<Session>('/api/auth/refresh', { refreshToken }),
    logout: () => http.post<null>('/api/auth/logout'),
    wsTicket: () => http.post<{ ticket: string; expiresIn: number }>('/api/ws-ticket'),
    me: () => http.get<User>('/api/me'),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      http.post<null>('/api/me/password', body),
    exportAccount: () => http.get<AccountExport>('/api/me/export'),
    deleteAccount: (password: string) => http.delete<null>('/api/me', { password }),
    resetPassword: (body: { email: string; code: string; newPassword: string }) =>
      http.post<Session>('/api/auth/reset-password', body),

    adminUsers: () => http.get<{ users: AdminUser[] }>('/api/admin/users'),
    adminUpdateUser: (id: string, patch: { role?: Role; disabled?: boolean }) =>
      http.patch<AdminUser>(`/api/admin/users/${q(id)}`, patch),
    inviteTeacher: () => http.post<OneTimeCode>('/api/admin/invites', {}),
    resetStudentPassword: (id: string) =>
      http.post<OneTimeCode>(`/api/teacher/students/${q(id)}/password-reset`),

    curriculum: () => http.get<Curriculum>('/api/curriculum'),
    topic: (slug: string) => http.get<Topic>(`/api/topics/${q(slug)}`),
    progress: () => http.get<Progress>('/api/progress'),
    assignments: () => http.get<StudentAssignments>('/api/assignments'),

    execute: (body: { code: string; stdin?: string; topic?: string }) =>
      http.post<ExecuteResult>('/api/execute', body),
    trace: (body: { code: string; stdin?: string }) => http.post<TraceResult>('/api/trace', body),
    review: (body: { code: string; topic?: string }) => http.post<ReviewResult>('/api/review', body),

    chat: (body: { message: string; code?: string; topic?: string }) =>
      http.post<{ requestId: string }>('/api/chat', body),
    chatAndWait: (body: { message: string; code?: string; topic?: string }) =>
      http.post<ChatReply>('/api/chat?wait=true', body),
    chatHistory: (limit = 30) => http.get<ChatHistory>(`/api/chat/history?limit=${limit}`),

    exercises: (topic: string) =>
      http.get<{ exercises: ExerciseSummary[] }>(`/api/exercises?topic=${q(topic)}`),
    /** Every exercise the caller may see, of every topic. */
    allExercises: () => http.get<{ exercises: ExerciseSummary[] }>('/api/exercises'),
    exercise: (id: string) => http.get<ExerciseDetail>(`/api/exercises/${q(id)}`),
    submit: (id: string, code: string) =>
      http.post<SubmissionResult>(`/api/exercises/${q(id)}/submissions`, { code }),
    hint: (id: string) => http.post<HintResult>(`/api/exercises/${q(id)}/hints`),
    generate: (body: { topic: string; difficulty: Difficulty }) =>
      http.post<GeneratedExerciseResult>('/api/exercises/generate', body),

    quizzes: (topic: string) => http.get<{ quizzes: Quiz[] }>(`/api/quizzes?topic=${q(topic)}`),
    checkAnswer: (id: string, questionId: string, choice: number) =>
      http.post<QuizCheckResult>(`/api/quizzes/${q(id)}/check`, { questionId, choice }),
    attempt: (id: string, answers: Record<string, number>) =>
      http.post<QuizAttemptResult>(`/api/quizzes/${q(id)}/attempts`, { answers }),

    classes: () => http.get<{ classes: TeacherClass[] }>('/api/teacher/classes'),
    createClass: (name: string) => http.post<TeacherClass>('/api/teacher/classes', { name }),
    rotateJoinCode: (id: string) => http.post<TeacherClass>(`/api/teacher/classes/${q(id)}/join-code`, {}),
    removeFromClass: (id: string, studentId: string) =>
      http.delete<TeacherClass>(`/api/teacher/classes/${q(id)}/students/${q(studentId)}`),
    gradebook: (id: string) => http.get<Gradebook>(`/api/teacher/classes/${q(id)}/gradebook`),
    gradebookCsv: (id: string) => http.text(`/api/teacher/classes/${q(id)}/gradebook.csv`),
    drafts: () => http.get<ExerciseDraftList>('/api/teacher/exercises'),
    draft: (id: string) => http.get<ExerciseDraft>(`/api/teacher/exercises/${q(id)}`),
    createDraft: (body: AuthoredExerciseBody) => http.post<ExerciseDraft>('/api/teacher/exercises', body),
    updateDraft: (id: string, body: AuthoredExerciseBody) =>
      http.put<ExerciseDraft>(`/api/teacher/exercises/${q(id)}`, body),
    previewDraft: (id: string) => http.get<ExerciseDetail>(`/api/teacher/exercises/${q(id)}/preview`),
    proposeTests: (solution: string, inputs: TestInput[]) =>
      http.post<ProposedTests>('/api/teacher/proposed-tests', { solution, inputs }),
    checkDraft: (id: string) => http.post<ExerciseDraft>(`/api/teacher/exercises/${q(id)}/check`),
    publishDraft: (id: string, body: { classId: string; publishWithSurvivors?: boolean }) =>
      http.post<ExerciseDraft>(`/api/teacher/exercises/${q(id)}/publish`, body),
    joinClass: (code: string) => http.post<JoinedClass>('/api/classes/join', { code }),
    roster: () => http.get<Roster>('/api/teacher/students'),
    alerts: (status: 'open' | 'resolved' | 'all' = 'open') =>
      http.get<{ alerts: Alert[] }>(`/api/teacher/alerts?status=${status}`),
    resolveAlert: (id: string) => http.post<Alert>(`/api/teacher/alerts/${q(id)}/resolve`),
    alert: (id: string) => http.get<AlertDetail>(`/api/teacher/alerts/${q(id)}`),
    sendHint: (id: string, message: string) =>
      http.post<HintSent>(`/api/teacher/alerts/${q(id)}/hint`, { message }),
    errorGroups: (classId: string) =>
      http.get<ErrorGroups>(`/api/teacher/classes/${q(classId)}/error-groups`),
    replay: (studentId: string, exerciseId?: string) =>
      http.get<Replay>(
        `/api/teacher/students/${q(studentId)}/replay${exerciseId ? `?exerciseId=${q(exerciseId)}` : ''}`,
      ),
    student: (id: string) => http.get<StudentDetail>(`/api/teacher/students/${q(id)}`),
    studentProgress: (id: string) => http.get<StudentProgress>(`/api/teacher/students/${q(id)}/progress`),
    assign: (body: { exerciseId: string; studentIds: string[] }) =>
      http.post<{ assignments: { id: string; studentId: string; created: boolean }[] }>(
        '/api/teacher/assignments',
        body,
      ),
  };
}

export type Api = ReturnType<typeof endpoints>;
