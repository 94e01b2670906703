import type { QuizDefinition } from '@learnflow/contracts';
import { basicsQuizzes } from './basics.ts';
import { controlFlowQuizzes } from './control-flow.ts';
import { dataStructuresQuizzes } from './data-structures.ts';
import { errorsQuizzes } from './errors.ts';
import { filesQuizzes } from './files.ts';
import { functionsQuizzes } from './functions.ts';
import { librariesQuizzes } from './libraries.ts';
import { oopQuizzes } from './oop.ts';

/** One quiz per curriculum topic (slug `<topic-slug>-quiz`), in curriculum order. */
export const quizzes: QuizDefinition[] = [
  ...basicsQuizzes,
  ...controlFlowQuizzes,
  ...dataStructuresQuizzes,
  ...functionsQuizzes,
  ...oopQuizzes,
  ...filesQuizzes,
  ...errorsQuizzes,
  ...librariesQuizzes,
];
