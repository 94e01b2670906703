import { z } from 'zod';
import { DifficultySchema } from '../content.ts';

const TopicSlug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'a topic slug');

export const ExerciseListQuerySchema = z.strictObject({ topic: TopicSlug.optional() });

/** An exercise's id, or the slug of a bank exercise. */
export const ExerciseParamsSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'an exercise id or slug'),
});

/** `?include=solution`: a teacher asks for the reference solution (403 for anyone else). */
export const ExerciseDetailQuerySchema = z.strictObject({ include: z.enum(['solution']).optional() });

/** Where an exercise comes from: the bank, the generator, or a teacher who published it to a class. */
export const ExerciseSourceSchema = z.enum(['bank', 'generated', 'authored']);
export type ExerciseSource = z.infer<typeof ExerciseSourceSchema>;

export const ExerciseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  difficulty: DifficultySchema,
  source: ExerciseSourceSchema,
  /** The caller's best score on it; null before their first submission. */
  bestScore: z.number().nullable(),
});

export const ExerciseListSchema = z.object({ exercises: z.array(ExerciseSummarySchema) });
export type ExerciseList = z.infer<typeof ExerciseListSchema>;

/** One graded submission, as kept for the best and the latest. */
export const SubmissionSummarySchema = z.object({
  submissionId: z.string(),
  score: z.number().min(0).max(100),
  passed: z.boolean(),
  at: z.string(),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummarySchema>;

/** What a student sees of an exercise: never the solution, never the hidden tests (not even their number). */
export const ExerciseDetailSchema = z.object({
  id: z.string(),
  slug: z.string().nullable(),
  title: z.string(),
  prompt: z.string(),
  starterCode: z.string(),
  difficulty: DifficultySchema,
  topic: z.string(),
  source: ExerciseSourceSchema,
  /** The hints the caller has unlocked so far (`POST .../hints` unlocks the next). */
  hints: z.array(z.string()),
  hintsTotal: z.number().int().min(0),
  visibleTests: z.array(z.object({ name: z.string() })),
  best: SubmissionSummarySchema.nullable(),
  latest: SubmissionSummarySchema.nullable(),
  /** Teachers only, on request (`?include=solution`, or the exercise they generated). Never sent to a student. */
  solution: z.string().optional(),
});
export type ExerciseDetail = z.infer<typeof ExerciseDetailSchema>;

export const SubmissionBodySchema = z.strictObject({
  code: z.string().max(64 * 1_024, 'at most 64 KB of code'),
});
export type SubmissionBody = z.infer<typeof SubmissionBodySchema>;

export const GradedTestSchema = z.object({
  /** A visible test's name; `Hidden test <n>` for a hidden one. */
  name: z.string(),
  passed: z.boolean(),
  hidden: z.boolean(),
  /**
   * Why a visible test failed (capped); for a failed hidden test, the rule of the prompt it checks (never its
   * input), or null when the exercise names none; always null for a passed test.
   */
  message: z.string().nullable(),
});
export type GradedTest = z.infer<typeof GradedTestSchema>;

export const SubmissionResultSchema = z.object({
  submissionId: z.string(),
  exerciseId: z.string(),
  passed: z.boolean(),
  /** 0-100: the share of the tests' weight that passed; 100 only when every test passed. */
  score: z.number().min(0).max(100),
  /**
   * In the exercise's test order (simple cases first), stable across submissions. "First failure
   * first" is `firstFailure`: the order is kept and that index points at the test to fix first.
   */
  tests: z.array(GradedTestSchema),
  /** Index in `tests` of the first failed test, null when all passed. */
  firstFailure: z.number().int().nullable(),
  timedOut: z.boolean(),
  durationMs: z.number(),
  /** 0-100 from the code review (Ruff and LearnFlow's checks); null when the review could not run. */
  qualityScore: z.number().min(0).max(100).nullable(),
  /** How many submissions the caller has made to this exercise, this one included. */
  attempts: z.number().int().min(1),
  best: SubmissionSummarySchema,
  latest: SubmissionSummarySchema,
});
export type SubmissionResult = z.infer<typeof SubmissionResultSchema>;

export const HintResultSchema = z.object({
  /** 1 for the first hint; each request unlocks the next, up to `hintsTotal`. */
  level: z.number().int().min(1),
  hint: z.string(),
  hintsTotal: z.number().int().min(1),
  /** True at the last hint: asking again repeats it (hints never become the solution). */
  last: z.boolean(),
  /** Every hint unlocked so far, in order. */
  hints: z.array(z.string()),
});
export type HintResult = z.infer<typeof HintResultSchema>;

export const GenerateExerciseBodySchema = z.strictObject({
  topic: TopicSlug,
  difficulty: DifficultySchema,
  /** Same seed, topic and difficulty: the same exercise. Random when absent. */
  seed: z.number().int().min(0).max(2_147_483_646).optional(),
});
export type GenerateExerciseBody = z.infer<typeof GenerateExerciseBodySchema>;

export const GeneratedExerciseSchema = ExerciseDetailSchema.extend({
  requestedDifficulty: DifficultySchema,
  /** Why `difficulty` differs from the request (the student's mastery), or null. */
  adaptation: z.string().nullable(),
  /** The student's most common recent error type that the prompt points out, or null. */
  focusError: z.string().nullable(),
});
export type GeneratedExerciseResult = z.infer<typeof GeneratedExerciseSchema>;
