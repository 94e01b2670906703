import type {
  ExerciseDetail,
  ExerciseList,
  GeneratedExerciseResult,
  HintResult,
  Quiz,
  QuizAttemptResult,
  QuizCheckResult,
  SubmissionResult,
} from '@learnflow/contracts';

export type {
  ExerciseDetail,
  GeneratedExerciseResult,
  HintResult,
  Quiz,
  QuizAttemptResult,
  QuizCheckResult,
  SubmissionResult,
};
export type ExerciseSummary = ExerciseList['exercises'][number];
export type TestResult = SubmissionResult['tests'][number];
export type QuizQuestion = Quiz['questions'][number];
export type QuestionResult = QuizAttemptResult['results'][number];
