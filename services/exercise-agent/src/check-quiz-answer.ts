import type { QuizCheckResult } from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import type { Caller } from './find-exercise.ts';
import { findQuiz, questionId } from './list-quizzes.ts';

/**
 * One answer, checked at once so the student sees the explanation after each question.
 * The first check of a question is kept (changing it later changes nothing): the attempt
 * grades that choice, so checking cannot be used to find the right answers first.
 */
export async function checkQuizAnswer(
  deps: ServiceDeps,
  caller: Caller,
  idOrSlug: string,
  check: { questionId: string; choice: number },
): Promise<QuizCheckResult> {
  const { quiz, questions } = await findQuiz(deps, idOrSlug);
  const index = questions.findIndex((_, i) => questionId(i) === check.questionId);
  const question = questions[index];
  if (!question) throw appError('VALIDATION_FAILED', `Unknown question "${check.questionId}" in this quiz.`);
  if (check.choice >= question.choices.length) {
    throw appError(
      'VALIDATION_FAILED',
      `choice ${check.choice} does not exist (choose 0 to ${question.choices.length - 1}).`,
    );
  }
  await deps.db
    .insertInto('quiz_checks')
    .values({ user_id: caller.id, quiz_id: quiz.id, question_id: check.questionId, choice: check.choice })
    .onConflict((oc) => oc.columns(['user_id', 'quiz_id', 'question_id']).doNothing())
    .execute();
  const kept = await deps.db
    .selectFrom('quiz_checks')
    .select('choice')
    .where('user_id', '=', caller.id)
    .where('quiz_id', '=', quiz.id)
    .where('question_id', '=', check.questionId)
    .executeTakeFirstOrThrow();
  return {
    questionId: check.questionId,
    chosen: kept.choice,
    correct: kept.choice === question.answer,
    correctChoice: question.answer,
    explanation: question.explanation,
  };
}

/** The checked answers of the student's current try, which override the submitted ones; cleared by the attempt. */
export async function takeCheckedAnswers(
  deps: ServiceDeps,
  userId: string,
  quizId: string,
): Promise<Record<string, number>> {
  const rows = await deps.db
    .deleteFrom('quiz_checks')
    .where('user_id', '=', userId)
    .where('quiz_id', '=', quizId)
    .returning(['question_id', 'choice'])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question_id, r.choice]));
}
