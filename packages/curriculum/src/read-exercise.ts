import { type ExerciseDefinition, ExerciseDefinitionSchema, ExerciseTestSchema } from '@learnflow/contracts';
import { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { parseTestsPy } from './parse-tests-py.ts';
import { zodProblems } from './zod-problems.ts';

/** How a test of `tests.py` is graded, keyed in `exercise.md` by its function name; each field has a default. */
export const TestSettingsSchema = ExerciseTestSchema.pick({ weight: true, hidden: true, rule: true })
  .partial()
  .strict();

/** The front matter of `exercise.md`; its body is the prompt, its folder the slug, the topic folder the topic. */
export const ExerciseFrontMatterSchema = ExerciseDefinitionSchema.pick({
  slug: true,
  title: true,
  difficulty: true,
  hints: true,
  acceptedMutants: true,
  concepts: true,
})
  .extend({ tests: z.record(z.string(), TestSettingsSchema).default({}) })
  .strict();

/** The four files of an exercise folder, as read from disk (`null` for a missing one). */
export interface ExerciseFiles {
  /** Paths relative to the content folder, for messages, by file name. */
  paths: Record<'exercise.md' | 'starter.py' | 'solution.py' | 'tests.py', string>;
  texts: Record<'exercise.md' | 'starter.py' | 'solution.py' | 'tests.py', string | null>;
}

/** One exercise folder, validated with the contracts' ExerciseDefinitionSchema; problems name file and line. */
export function readExercise(
  files: ExerciseFiles,
  place: { topic: string; slug: string },
): { exercise: ExerciseDefinition | null; problems: ContentProblem[] } {
  const { paths, texts } = files;
  const problems: ContentProblem[] = [];
  for (const [name, text] of Object.entries(texts)) {
    if (text === null)
      problems.push({
        file: paths[name as keyof typeof paths],
        line: 0,
        message: `the exercise has no ${name}`,
      });
  }
  const md = texts['exercise.md'];
  const testsPy = texts['tests.py'];
  if (md === null || testsPy === null || texts['starter.py'] === null || texts['solution.py'] === null) {
    return { exercise: null, problems };
  }
  const file = paths['exercise.md'];
  const parsed = parseFrontMatter(file, md);
  if (!parsed.ok) return { exercise: null, problems: [...problems, ...parsed.problems] };
  const { data, body, bodyLine, keyLines, lineAt } = parsed.value;
  const meta = ExerciseFrontMatterSchema.safeParse(data);
  if (!meta.success) problems.push(...zodProblems(file, meta.error, lineAt));
  const { tests, problems: testProblems } = parseTestsPy(paths['tests.py'], testsPy);
  problems.push(...testProblems);
  if (!meta.success) return { exercise: null, problems };

  if (meta.data.slug !== place.slug) {
    problems.push({
      file,
      line: keyLines.get('slug') ?? 2,
      message: `\`slug\` is "${meta.data.slug}" but the folder is named "${place.slug}"`,
    });
  }
  const fns = new Set(tests.map((t) => t.fn));
  for (const fn of Object.keys(meta.data.tests).filter((key) => !fns.has(key))) {
    problems.push({
      file,
      line: lineAt(['tests', fn]),
      message: `\`tests.${fn}\` names no test function of tests.py`,
    });
  }
  const prompt = body.trim();
  if (prompt === '') problems.push({ file, line: bodyLine, message: 'the prompt (the body) is empty' });
  if (problems.length > 0) return { exercise: null, problems };

  const { slug, title, difficulty, hints, acceptedMutants, concepts } = meta.data;
  const result = ExerciseDefinitionSchema.safeParse({
    slug,
    topic: place.topic,
    difficulty,
    title,
    prompt,
    starterCode: texts['starter.py'],
    solution: texts['solution.py'],
    hints,
    tests: tests.map((test) => ({ name: test.name, code: test.code, ...meta.data.tests[test.fn] })),
    ...(acceptedMutants ? { acceptedMutants } : {}),
    ...(concepts ? { concepts } : {}),
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [key, index] = issue.path;
      const where =
        key === 'tests' && typeof index === 'number'
          ? { file: paths['tests.py'], line: tests[index]?.line ?? 1 }
          : key === 'solution'
            ? { file: paths['solution.py'], line: 1 }
            : { file, line: key === 'tests' ? 1 : bodyLine };
      problems.push({ ...where, message: `\`${issue.path.join('.')}\`: ${issue.message}` });
    }
    return { exercise: null, problems };
  }
  return { exercise: result.data, problems };
}
