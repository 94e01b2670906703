import { z } from 'zod';
import { ExecutionTraceSchema, RunErrorSchema } from '../run.ts';

export const ExecuteBodySchema = z.strictObject({
  code: z.string().max(64 * 1_024, 'at most 64 KB of code'),
  stdin: z
    .string()
    .max(64 * 1_024, 'at most 64 KB of input')
    .optional(),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'a topic slug')
    .optional(),
  /** Also return a step-by-step execution trace (for the visualiser). */
  trace: z.boolean().optional(),
});
export type ExecuteBody = z.infer<typeof ExecuteBodySchema>;

export const ExecuteResultSchema = z.object({
  requestId: z.string(),
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().nullable(),
  timedOut: z.boolean(),
  memoryExceeded: z.boolean(),
  outputTruncated: z.boolean(),
  durationMs: z.number(),
  /** How long the run waited for a free sandbox before it started (not part of `durationMs`). */
  queuedMs: z.number(),
  error: RunErrorSchema.omit({ traceback: true })
    .extend({
      /** The debug agent's beginner explanation (Markdown). */
      explanation: z.string(),
    })
    .nullable(),
  trace: ExecutionTraceSchema.optional(),
});
export type ExecuteResult = z.infer<typeof ExecuteResultSchema>;

export const TraceBodySchema = z.strictObject({
  code: z
    .string()
    .min(1)
    .max(16 * 1_024, 'at most 16 KB of code'),
  stdin: z
    .string()
    .max(16 * 1_024)
    .optional(),
});

export const TraceResultSchema = z.object({
  trace: ExecutionTraceSchema,
  stdout: z.string(),
  error: RunErrorSchema.omit({ traceback: true }).nullable(),
});
