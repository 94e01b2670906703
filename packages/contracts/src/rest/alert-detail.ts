import { z } from 'zod';
import { DifficultySchema } from '../content.ts';
import { AlertSchema } from './alerts.ts';

/** One alert with what a teacher needs to act on it. */
export const AlertDetailSchema = z.object({
  alert: AlertSchema,
  /** The student's latest runs, submissions and quiz attempts on the alert's topic, newest first. */
  history: z.array(
    z.object({
      kind: z.enum(['run', 'submission', 'quiz']),
      at: z.string(),
      passed: z.boolean(),
      score: z.number().nullable(),
      errorType: z.string().nullable(),
      title: z.string().nullable(),
    }),
  ),
  /** Exercises of the alert's topic to assign as the targeted exercise, easiest first. */
  exercises: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      difficulty: DifficultySchema,
      /** Already assigned to this student. */
      assigned: z.boolean(),
      /** The student already passed it. */
      passed: z.boolean(),
    }),
  ),
});
export type AlertDetail = z.infer<typeof AlertDetailSchema>;

export const HintBodySchema = z.strictObject({
  message: z
    .string()
    .trim()
    .min(1, 'write the hint to send')
    .max(2_000, 'at most 2,000 characters: send a shorter hint'),
});
export type HintBody = z.infer<typeof HintBodySchema>;

export const HintSentSchema = z.object({ notificationId: z.string(), createdAt: z.string() });
export type HintSent = z.infer<typeof HintSentSchema>;
