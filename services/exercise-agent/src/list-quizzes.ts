import { type Quiz, type QuizList, QuizQuestionDefinitionSchema } from '@learnflow/contracts';
import { appError, type ServiceDeps, UUID } from '@learnflow/platform';
import { topicId } from './find-exercise.ts';

export const QuestionsSchema = QuizQuestionDefinitionSchema.array();

/** Question ids are `q1`, `q2`... in question order. */
export const questionId = (index: number) => `q${index + 1}`;

function quizzes(deps: ServiceDeps) {
  return deps.db
    .selectFrom('quizzes')
    .innerJoin('topics', 'topics.id', 'quizzes.topic_id')
    .innerJoin('modules', 'modules.id', 'topics.module_id')
    .select(['quizzes.id', 'quizzes.slug', 'quizzes.title', 'quizzes.questions', 'topics.slug as topic'])
    .orderBy('modules.position')
    .orderBy('topics.position')
    .orderBy('quizzes.slug');
}

type QuizRow = Awaited<ReturnType<ReturnType<typeof quizzes>['execute']>>[number];

/** A quiz as students see it: never the answers or the explanations. */
const toQuiz = (row: QuizRow): Quiz => ({
  id: row.id,
  slug: row.slug,
  topic: row.topic,
  title: row.title,
  questions: QuestionsSchema.parse(row.questions).map((q, index) => ({
    id: questionId(index),
    prompt: q.prompt,
    choices: q.choices,
  })),
});

export async function listQuizzes(deps: ServiceDeps, topic?: string): Promise<QuizList> {
  let query = quizzes(deps);
  if (topic) query = query.where('quizzes.topic_id', '=', (await topicId(deps, topic)).id);
  return { quizzes: (await query.execute()).map(toQuiz) };
}

/** The quiz with this id or slug, with its answers (for grading), or NOT_FOUND. */
export async function findQuiz(deps: ServiceDeps, idOrSlug: string) {
  const row = await quizzes(deps)
    .where(UUID.test(idOrSlug) ? 'quizzes.id' : 'quizzes.slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!row) throw appError('NOT_FOUND', `No quiz "${idOrSlug}": GET /api/quizzes?topic=<slug> lists them.`);
  return { quiz: toQuiz(row), questions: QuestionsSchema.parse(row.questions) };
}
