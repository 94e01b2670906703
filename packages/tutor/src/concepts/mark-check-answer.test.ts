import { describe, expect, it } from 'vitest';
import { quizzes } from '../content/quizzes/index.ts';
import { markCheckAnswer } from './mark-check-answer.ts';

const [quiz] = quizzes;
const question = quiz?.questions[0];
const ref = { quiz: quiz?.slug ?? '', question: 0 };
const letter = (index: number) => String.fromCharCode(65 + index);

describe('markCheckAnswer', () => {
  it('marks the right letter, in any of the ways a student writes it, with the explanation', () => {
    const right = letter(question?.answer ?? 0);
    for (const reply of [right, right.toLowerCase(), `i think ${right}`, `(${right})`, `${right}!`])
      expect(markCheckAnswer(reply, ref), reply).toBe(
        `**Right: ${right}. ${question?.choices[question.answer]}.** ${question?.explanation}`,
      );
  });

  it('marks a wrong choice, by letter or by its text, and gives the answer', () => {
    const wrong = ((question?.answer ?? 0) + 1) % (question?.choices.length ?? 2);
    const marked = markCheckAnswer(letter(wrong), ref);
    expect(marked).toMatch(
      new RegExp(`^\\*\\*Not quite:\\*\\* you picked ${letter(wrong)}, and the answer is`),
    );
    expect(markCheckAnswer(question?.choices[wrong] ?? '', ref)).toBe(marked);
  });

  it('answers nothing to a new question, a letter past the choices or a question no longer in the bank', () => {
    expect(markCheckAnswer('what is a tuple', ref)).toBeNull();
    expect(markCheckAnswer('f', ref)).toBeNull();
    expect(markCheckAnswer('A', { quiz: 'no-such-quiz', question: 0 })).toBeNull();
  });
});
