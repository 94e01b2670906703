import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuizzes } from './load-quizzes.ts';
import { problemsOf } from './problems-of.ts';

const BAD = fileURLToPath(new URL('./fixtures/bad', import.meta.url));

describe('loadQuizzes', () => {
  it('names the file and line of every problem', () => {
    const problems = problemsOf(() => loadQuizzes(BAD));
    const at = (file: string) =>
      problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`);
    expect(at('basics/variables/quiz.yaml')).toEqual([
      '8: `questions.1.answer`: Invalid input: expected number, received undefined',
      '12: `questions.2.choices`: Too small: expected array to have >=2 items',
      '23: `level`: Unrecognized key: "level"',
    ]);
    expect(at('basics/data-types/quiz.yaml')).toHaveLength(1);
    expect(at('basics/data-types/quiz.yaml')[0]).toBe('3: YAML: Map keys must be unique');
  });

  it('checks an answer against the choices once the shape is right', () => {
    const problems = problemsOf(() =>
      loadQuizzes(fileURLToPath(new URL('./fixtures/answer', import.meta.url))),
    );
    expect(problems).toEqual([
      {
        file: 'basics/variables/quiz.yaml',
        line: 6,
        message: '`questions.0.answer` is 2 but the question has 2 choices (the first is 0)',
      },
    ]);
  });
});
