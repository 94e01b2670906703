import { z } from 'zod';

export const ReviewBodySchema = z.strictObject({
  code: z
    .string()
    .max(64 * 1_024, 'at most 64 KB of code')
    .regex(/\S/, 'some code to review'),
  /** The topic the code practises: the review counts towards its code-quality mastery. */
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'a topic slug')
    .optional(),
});
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

/** `error`: a bug or code that cannot run; `warning`: likely trouble; `info`: style and polish. */
export const ReviewSeveritySchema = z.enum(['error', 'warning', 'info']);
export type ReviewSeverity = z.infer<typeof ReviewSeveritySchema>;

export const ReviewFindingSchema = z.object({
  /** A Ruff rule code (`F401`), `syntax-error`, or one of LearnFlow's own checks (`LF001`...). */
  rule: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** What the linter found, in one line. */
  message: z.string(),
  /** What it means and why it matters, for a beginner (Markdown). */
  explanation: z.string(),
  /** How to improve it, often with a small snippet (Markdown). */
  suggestion: z.string(),
  severity: ReviewSeveritySchema,
});
export type ReviewFinding = z.infer<typeof ReviewFindingSchema>;

export const ReviewSchema = z.object({
  /** Code quality 0-100: 100 minus capped deductions per rule (see the tutor's `scoreFindings`). */
  score: z.number().int().min(0).max(100),
  findings: z.array(ReviewFindingSchema),
  /** What the code already does well, for the review to open with. */
  strengths: z.array(z.string()),
  summary: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** `POST /api/review`: the review plus its Markdown rendering. */
export const ReviewResultSchema = ReviewSchema.extend({ text: z.string() });
export type ReviewResult = z.infer<typeof ReviewResultSchema>;
