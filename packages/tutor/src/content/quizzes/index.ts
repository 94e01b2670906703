import type { QuizDefinition } from '@learnflow/contracts';
import { loadQuizzes } from '@learnflow/curriculum';

/**
 * One quiz per curriculum topic (slug `<topic-slug>-quiz`), in curriculum order: the `quiz.yaml` of each
 * topic folder of packages/curriculum/content, validated when this module loads.
 */
export const quizzes: QuizDefinition[] = loadQuizzes();
