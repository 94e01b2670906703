import { z } from 'zod';

const IdOrSlug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'a quiz id or slug');

export const QuizListQuerySchema = z.strictObject({
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'a topic slug')
    .optional(),
});

export const QuizParamsSchema = z.strictObject({ id: IdOrSlug });

/** A question without its answer. Ids are `q1`, `q2`... in question order. */
export const QuizQuestionSchema = z.object({
  id: z.string(),
  prompt: z.string(),
  choices: z.array(z.string()),
});

export const QuizSchema = z.object({
  id: z.string(),
  slug: z.string(),
  topic: z.string(),
  title: z.string(),
  questions: z.array(QuizQuestionSchema),
});
export type Quiz = z.infer<typeof QuizSchema>;

export const QuizListSchema = z.object({ quizzes: z.array(QuizSchema) });
export type QuizList = z.infer<typeof QuizListSchema>;

export const QuizAttemptBodySchema = z.strictObject({
  /** Question id -> index of the chosen choice; a missing question counts as wrong. */
  answers: z.record(z.string().max(20), z.number().int().min(0)),
});
export type QuizAttemptBody = z.infer<typeof QuizAttemptBodySchema>;

export const QuizCheckBodySchema = z.strictObject({
  questionId: z.string().max(20),
  choice: z.number().int().min(0),
});

/** One answer checked on its own: right or wrong, and why. That first answer is the one the attempt grades. */
export const QuizCheckResultSchema = z.object({
  questionId: z.string(),
  chosen: z.number().int(),
  correct: z.boolean(),
  correctChoice: z.number().int(),
  explanation: z.string(),
});
export type QuizCheckResult = z.infer<typeof QuizCheckResultSchema>;

export const QuizAttemptResultSchema = z.object({
  attemptId: z.string(),
  quizId: z.string(),
  /** 0-100, the share of questions answered right, rounded. */
  score: z.number().min(0).max(100),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  results: z.array(
    z.object({
      questionId: z.string(),
      /** The chosen index, null when unanswered. */
      chosen: z.number().int().nullable(),
      correct: z.boolean(),
      correctChoice: z.number().int(),
      explanation: z.string(),
    }),
  ),
});
export type QuizAttemptResult = z.infer<typeof QuizAttemptResultSchema>;
