export { proposeTests } from './authoring/propose-tests.ts';
export { choiceNamed } from './concepts/choice-named.ts';
export { ASK_WHICH_PART, asksToExplainAgain, exampleOf, explainAgain } from './concepts/explain-again.ts';
export { type ConceptAnswer, type ConceptQuestion, explainConcept } from './concepts/explain-concept.ts';
export { followUpQuestion } from './concepts/follow-up-question.ts';
export { markCheckAnswer } from './concepts/mark-check-answer.ts';
export { partsOfCode } from './concepts/parts-of-code.ts';
export { walkThrough } from './concepts/walk-through.ts';
export { type CurriculumFile, curriculum, topicSlugs, topicTitle } from './content/curriculum.ts';
export { exerciseBySlug, exercises } from './content/exercises/index.ts';
export { lessonFor, lessons } from './content/lessons/index.ts';
export { quizzes } from './content/quizzes/index.ts';
export * from './debug/index.ts';
export { fetchModel, installedModel, MODEL } from './embedding/model-file.ts';
export * from './generation/index.ts';
export {
  type GradeOptions,
  type GradeResult,
  type GradingSandbox,
  gradeSubmission,
} from './grading/grade-submission.ts';
export { leaksSolution } from './guardrails/leaks-solution.ts';
export { entryForSurprise } from './knowledge/entry-for-surprise.ts';
export { type EntryLookup, type EntryMatch, findEntry } from './knowledge/find-entry.ts';
export { meaningIndex as knowledgeBaseByMeaning } from './knowledge/knowledge-base.ts';
export { type ComposedAnswer, type ComposeOptions, composeAnswer } from './llm/compose-answer.ts';
export { createLlmClient, type LlmClient, type LlmPrompt, type LlmSettings } from './llm/llm-client.ts';
export { type LlmConfig, llmResource } from './llm/llm-resource.ts';
export * from './logic/index.ts';
export * from './mutants/index.ts';
export { type Hit, LessonIndex, lessonIndex, type Passage } from './retrieval/lesson-index.ts';
export * from './review/index.ts';
export * from './topics/index.ts';
export * from './triage/index.ts';
export { type CodeRunner, type VerifiedReply, verifyReplyCode } from './verify-output/verify-reply-code.ts';
