import { z } from 'zod';

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof DifficultySchema>;

export const LessonExampleSchema = z.object({
  title: z.string().min(1),
  code: z.string().min(1),
  /** Exactly what the example prints (stdout), checked in the sandbox by a test. */
  expectedOutput: z.string(),
  explanation: z.string().min(1),
});

/** A topic's lesson, written for beginners, correct for Python 3.11+. */
export const LessonSchema = z.object({
  summary: z.string().min(1),
  explanation: z.string().min(1),
  examples: z.array(LessonExampleSchema).min(2).max(4),
  commonMistakes: z.array(z.object({ mistake: z.string().min(1), fix: z.string().min(1) })).min(1),
  keyTerms: z.array(z.object({ term: z.string().min(1), definition: z.string().min(1) })).min(1),
});
export type Lesson = z.infer<typeof LessonSchema>;

export const ExerciseTestSchema = z.object({
  name: z.string().min(1),
  /** Python run after the student's code, in a namespace holding the student's globals and `run(stdin) -> stdout`. */
  code: z.string().min(1),
  weight: z.number().positive().default(1),
  hidden: z.boolean().default(false),
  /**
   * For a hidden test: the rule of the prompt it checks, in the prompt's words and without its input or
   * expected value ("withdrawing exactly the whole balance is allowed"); a student whose code fails it is told.
   */
  rule: z.string().min(1).optional(),
});
export type ExerciseTest = z.infer<typeof ExerciseTestSchema>;

/** A mutant of the reference solution that its tests cannot kill because it behaves the same. */
export const AcceptedMutantSchema = z.object({
  /** The mutant's `id` as the mutant check reports it, e.g. "off-by-one line 3: `n > 0` becomes `n >= 0`". */
  mutant: z.string().min(1),
  /** Why no correct test can tell it from the reference. */
  reason: z.string().min(1),
});

/** An exercise of the bank or a generated one: what the grader and the validators need. */
export const ExerciseDefinitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.string().min(1),
  difficulty: DifficultySchema,
  title: z.string().min(1),
  prompt: z.string().min(1),
  starterCode: z.string(),
  solution: z.string().min(1),
  hints: z.array(z.string().min(1)).min(1),
  tests: z.array(ExerciseTestSchema).min(2),
  /** Mutants the mutant check may find surviving (see packages/tutor/src/mutants). */
  acceptedMutants: z.array(AcceptedMutantSchema).optional(),
  /**
   * The ideas it practises beyond its topic, in the words a student asks for them ("recursion"): a request
   * that names one gets an exercise that has it.
   */
  concepts: z.array(z.string().regex(/^[a-z][a-z0-9 -]*$/, 'lower-case words, e.g. recursion')).optional(),
});
export type ExerciseDefinition = z.infer<typeof ExerciseDefinitionSchema>;

export const QuizQuestionDefinitionSchema = z.object({
  prompt: z.string().min(1),
  choices: z.array(z.string().min(1)).min(2).max(6),
  answer: z.number().int().nonnegative(),
  explanation: z.string().min(1),
});

export const QuizDefinitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.string().min(1),
  title: z.string().min(1),
  questions: z.array(QuizQuestionDefinitionSchema).min(5),
});
export type QuizDefinition = z.infer<typeof QuizDefinitionSchema>;
