import { type QuizAttemptDetail, type QuizAttemptResult, TOPICS } from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import { takeCheckedAnswers } from './check-quiz-answer.ts';
import type { Caller } from './find-exercise.ts';
import { findQuiz, questionId } from './list-quizzes.ts';

/**
 * Scores an attempt (unanswered questions count as wrong), stores it and tells progress
 * (`progress.events`, kind `quiz.attempted`) so mastery follows. An unknown question id or a
 * choice out of range is a 400: the client is out of step with the quiz.
 */
export async function attemptQuiz(
  deps: ServiceDeps,
  caller: Caller,
  idOrSlug: string,
  answers: Record<string, number>,
  correlationId: string,
): Promise<QuizAttemptResult> {
  const { quiz, questions } = await findQuiz(deps, idOrSlug);
  const ids = questions.map((_, index) => questionId(index));
  for (const [id, choice] of Object.entries(answers)) {
    const index = ids.indexOf(id);
    if (index === -1)
      throw appError(
        'VALIDATION_FAILED',
        `Unknown question "${id}": this quiz has ${ids[0]} to ${ids[ids.length - 1]}.`,
      );
    const count = questions[index]?.choices.length ?? 0;
    if (choice >= count)
      throw appError(
        'VALIDATION_FAILED',
        `answers.${id}: choice ${choice} does not exist (choose 0 to ${count - 1}).`,
      );
  }
  const checked = await takeCheckedAnswers(deps, caller.id, quiz.id);
  const graded = { ...answers, ...checked };
  const results = questions.map((question, index) => {
    const chosen = graded[questionId(index)] ?? null;
    return {
      questionId: questionId(index),
      chosen,
      correct: chosen === question.answer,
      correctChoice: question.answer,
      explanation: question.explanation,
    };
  });
  const correct = results.filter((r) => r.correct).length;
  const total = questions.length;
  const score = Math.round((100 * correct) / total);
  const attemptId = await deps.events.transaction(async (tx) => {
    const { id } = await tx.db
      .insertInto('quiz_attempts')
      .values({
        quiz_id: quiz.id,
        user_id: caller.id,
        answers: JSON.stringify(graded),
        score,
        correct,
        total,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (caller.role === 'student') {
      await tx.publish(
        TOPICS.progressEvents.name,
        'learnflow.progress.quiz-attempted',
        {
          userId: caller.id,
          topic: quiz.topic,
          kind: 'quiz.attempted',
          score,
          detail: {
            quizId: quiz.id,
            attemptId: id,
            title: quiz.title,
            correct,
            total,
          } satisfies QuizAttemptDetail,
        },
        { userId: caller.id, correlationId },
      );
    }
    return id;
  });
  return { attemptId, quizId: quiz.id, score, correct, total, results };
}
