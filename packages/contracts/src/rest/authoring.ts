import { z } from 'zod';
import { DifficultySchema, ExerciseTestSchema } from '../content.ts';
import { MutantReportSchema } from '../mutants.ts';

const CODE = z.string().max(64 * 1_024, 'at most 64 KB of code');
const written = (what: string, max: number) =>
  z
    .string()
    .max(max, `${what} is at most ${max} characters`)
    .regex(/\S/, `write ${what}: it cannot be empty`);

/** A test as a teacher writes it: the bank's shape, unknown fields refused. */
export const AuthoredTestSchema = z.strictObject({
  ...ExerciseTestSchema.shape,
  name: written('the test name', 120),
  code: written("the test's Python code", 16 * 1_024),
  rule: z.string().max(300, 'a rule is at most 300 characters').optional(),
});

/**
 * An exercise as a teacher writes it: the bank's `ExerciseDefinition` without its slug (the platform
 * names it). The prompt is Markdown; tests run after the student's code like the bank's.
 */
export const AuthoredExerciseBodySchema = z.strictObject({
  title: written('a title', 120),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/, 'a topic slug from GET /api/curriculum, e.g. for-loops'),
  difficulty: DifficultySchema,
  prompt: written('the prompt students read', 20_000),
  starterCode: CODE,
  solution: CODE.regex(/\S/, 'write the reference solution: the tests are checked against it'),
  hints: z
    .array(written('a hint', 1_000))
    .min(1, 'give at least one hint')
    .max(3, 'at most 3 hints (students unlock them one by one)'),
  tests: z.array(AuthoredTestSchema).min(2, 'write at least 2 tests').max(30, 'at most 30 tests'),
});
export type AuthoredExerciseBody = z.infer<typeof AuthoredExerciseBodySchema>;

export const DraftParamsSchema = z.strictObject({ id: z.uuid('an exercise draft id (uuid)') });

/**
 * The last mutant check of a draft: `running` until its report is in, `failed` when the sandbox could not
 * finish it (`problem` says why). `current` is false once the solution or tests changed since.
 */
export const DraftCheckSchema = z.object({
  status: z.enum(['running', 'done', 'failed']),
  current: z.boolean(),
  startedAt: z.string(),
  report: MutantReportSchema.nullable(),
  problem: z.string().nullable(),
});
export type DraftCheck = z.infer<typeof DraftCheckSchema>;

/** A teacher's exercise: a draft until published to one of their classes, then fixed. */
export const ExerciseDraftSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'published']),
  exercise: AuthoredExerciseBodySchema,
  check: DraftCheckSchema.nullable(),
  /** Once published: the exercise students open (`/api/exercises/{exerciseId}`) and its class. */
  exerciseId: z.string().nullable(),
  class: z.object({ id: z.string(), name: z.string() }).nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExerciseDraft = z.infer<typeof ExerciseDraftSchema>;

export const ExerciseDraftListSchema = z.object({
  drafts: z.array(
    ExerciseDraftSchema.pick({
      id: true,
      status: true,
      exerciseId: true,
      class: true,
      publishedAt: true,
      updatedAt: true,
    }).extend({ title: z.string(), topic: z.string() }),
  ),
});
export type ExerciseDraftList = z.infer<typeof ExerciseDraftListSchema>;

export const PublishDraftBodySchema = z.strictObject({
  classId: z.uuid('the id (uuid) of one of your classes'),
  /** Publish although mutants survive the tests (the teacher saw them). */
  publishWithSurvivors: z.boolean().optional(),
});
export type PublishDraftBody = z.infer<typeof PublishDraftBodySchema>;

/** An input to propose a test from: a call of the reference's function, or the stdin of a whole run. */
export const TestInputSchema = z.union([
  z.strictObject({ call: written('the call, e.g. add(2, 3)', 1_000) }),
  z.strictObject({ stdin: z.string().max(10_000, 'at most 10,000 characters of input') }),
]);
export type TestInput = z.infer<typeof TestInputSchema>;

export const ProposeTestsBodySchema = z.strictObject({
  solution: CODE.regex(/\S/, 'write the reference solution: it computes the expected outputs'),
  inputs: z.array(TestInputSchema).min(1, 'give at least one input').max(20, 'at most 20 inputs'),
});
export type ProposeTestsBody = z.infer<typeof ProposeTestsBodySchema>;

/** For each input in order: the proposed test (expected value from the reference run in the sandbox), or why none. */
export const ProposedTestsSchema = z.object({
  proposals: z.array(
    z.object({
      input: TestInputSchema,
      /** What the reference returned (its repr), printed or raised. */
      observed: z.string().nullable(),
      test: ExerciseTestSchema.nullable(),
      problem: z.string().nullable(),
    }),
  ),
});
export type ProposedTests = z.infer<typeof ProposedTestsSchema>;
