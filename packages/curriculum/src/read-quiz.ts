import { type QuizDefinition, QuizDefinitionSchema } from '@learnflow/contracts';
import type { ContentProblem } from './content-error.ts';
import { parseYaml } from './parse-yaml.ts';
import { zodProblems } from './zod-problems.ts';

/** What `quiz.yaml` holds: a quiz without its topic, which is the folder it sits in. */
export const QuizFileSchema = QuizDefinitionSchema.omit({ topic: true }).strict();

/** One topic's `quiz.yaml`, validated with the contracts' schema; problems name the file's line. */
export function readQuiz(
  file: string,
  text: string,
  topic: string,
): { quiz: QuizDefinition | null; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { quiz: null, problems: parsed.problems };
  const { data, lineAt } = parsed.value;
  const result = QuizFileSchema.safeParse(data);
  if (!result.success) return { quiz: null, problems: zodProblems(file, result.error, lineAt) };
  const problems: ContentProblem[] = [];
  result.data.questions.forEach((question, index) => {
    if (question.answer >= question.choices.length) {
      problems.push({
        file,
        line: lineAt(['questions', index, 'answer']),
        message: `\`questions.${index}.answer\` is ${question.answer} but the question has ${question.choices.length} choices (the first is 0)`,
      });
    }
  });
  const quiz = QuizDefinitionSchema.parse({ ...result.data, topic });
  return { quiz: problems.length > 0 ? null : quiz, problems };
}
