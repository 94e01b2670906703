export { exerciseBySlug, exercises } from './content/exercises/index.ts';
export { lessonFor, lessons } from './content/lessons/index.ts';
export { quizzes } from './content/quizzes/index.ts';
export {
  type GradedTest,
  type GradeResult,
  type GradingSandbox,
  gradeSubmission,
} from './grading/grade-submission.ts';
export { type ComposedAnswer, type ComposeOptions, composeAnswer } from './llm/compose-answer.ts';
export { createLlmClient, type LlmClient, type LlmPrompt, type LlmSettings } from './llm/llm-client.ts';
export { type LlmConfig, llmResource } from './llm/llm-resource.ts';
export {
  type OpenAiStandin,
  type StandinBehaviour,
  startOpenAiStandin,
