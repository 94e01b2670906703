import { z } from 'zod';

export const ReplayQuerySchema = z.strictObject({
  exerciseId: z.uuid('an exercise id (uuid)').optional(),
});

/** One line of a diff between an attempt and the one before it. */
export const DiffLineSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffLine = z.infer<typeof DiffLineSchema>;

/** A student's attempts at one exercise, in order, each with its diff from the one before. */
export const ReplaySchema = z.object({
  student: z.object({ id: z.string(), name: z.string() }),
  /** The exercises the student submitted, latest first: the choice of what to replay. */
  exercises: z.array(
    z.object({ id: z.string(), title: z.string(), attempts: z.number(), lastAt: z.string() }),
  ),
  /** The replayed exercise (the one asked for, else the latest), or null when there is none. */
  exerciseId: z.string().nullable(),
  attempts: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      passed: z.boolean(),
      score: z.number(),
      code: z.string(),
      /** The first attempt's diff is every line added. */
      diff: z.array(DiffLineSchema),
    }),
  ),
});
export type Replay = z.infer<typeof ReplaySchema>;
