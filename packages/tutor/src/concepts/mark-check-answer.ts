import type { CheckQuestionRef } from '@learnflow/contracts';
import { quizzes } from '../content/quizzes/index.ts';

const LETTER =
  /^\s*(?:(?:i think|i guess|i'?d say|it'?s|it is|is it|answer|maybe|probably|option)\s+)?\(?([a-f])\)?\s*[.!?]*\s*$/i;
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[`'"\s.]+/g, ' ')
    .trim();

/**
 * Marks the student's reply to the check question a concept answer ended with: a letter ("B", "i think
 * c", "(a)") or the text of a choice. Null when the reply answers nothing (a new question, or a check
 * question no longer in the bank), so it is routed as usual.
 */
export function markCheckAnswer(reply: string, ref: CheckQuestionRef): string | null {
  const question = quizzes.find((quiz) => quiz.slug === ref.quiz)?.questions[ref.question];
  if (!question) return null;
  const letter = LETTER.exec(reply)?.[1];
  const picked = letter
    ? letter.toLowerCase().charCodeAt(0) - 97
    : question.choices.findIndex((choice) => normal(choice) === normal(reply));
  if (picked < 0 || picked >= question.choices.length) return null;
  const letterOf = (index: number) => String.fromCharCode(65 + index);
  const right = `${letterOf(question.answer)}. ${question.choices[question.answer]}`;
  return picked === question.answer
    ? `**Right: ${right}.** ${question.explanation}`
    : `**Not quite:** you picked ${letterOf(picked)}, and the answer is **${right}**. ${question.explanation}`;
}
