export { exerciseBySlug, exercises } from './content/exercises/index.ts';
export { lessonFor, lessons } from './content/lessons/index.ts';
export { quizzes } from './content/quizzes/index.ts';
export { type GradeResult, type GradedTest, gradeSubmission, type GradingSandbox } from './grading/grade-submission.ts';
