export { type ContentCounts, checkContent } from './check-content.ts';
export { ContentError, type ContentProblem } from './content-error.ts';
export { type CurriculumFile, curriculum, moduleOfTopic } from './curriculum.ts';
export {
  type ExampleOutput,
  ExampleOutputSchema,
  exampleHash,
  OUTPUTS_FILE,
  readExampleOutputs,
} from './example-outputs.ts';
export { loadExercises } from './load-exercises.ts';
export { loadLessons } from './load-lessons.ts';
export { CONTENT_DIR, loadQuestions } from './load-questions.ts';
export { loadQuizzes } from './load-quizzes.ts';
export { directAnswer, type QuestionEntry, QuestionFrontMatterSchema } from './question-entry.ts';
