import { z } from 'zod';

export const IntentSchema = z.enum(['concept', 'debug', 'review', 'exercise', 'progress', 'other']);
export type Intent = z.infer<typeof IntentSchema>;

export const ChatBodySchema = z.strictObject({
  message: z.string().trim().min(1, 'say something').max(4_000),
  code: z.string().max(20_000).optional(),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'a topic slug')
    .optional(),
  /** The exercise open beside the chat: "is this right?" and "a hint please" are about it. */
  exerciseId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,80}$/, 'an exercise id')
    .optional(),
});
export type ChatBody = z.infer<typeof ChatBodySchema>;

export const ChatQuerySchema = z.strictObject({ wait: z.enum(['true', 'false']).optional() });

export const ChatAcceptedSchema = z.object({ requestId: z.string() });

export const ChatReplySchema = z.object({
  requestId: z.string(),
  intent: IntentSchema,
  agent: z.string(),
  reply: z.object({ text: z.string() }).catchall(z.unknown()),
});
export type ChatReply = z.infer<typeof ChatReplySchema>;

export const ChatHistoryQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime().optional(),
});

/** Who said a chat message: the student, or the tutor answering. */
export const ChatRoleSchema = z.enum(['student', 'tutor']);
export type ChatRole = z.infer<typeof ChatRoleSchema>;

export const ChatHistorySchema = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      requestId: z.string(),
      role: ChatRoleSchema,
      content: z.string(),
      code: z.string().nullable(),
      topic: z.string().nullable(),
      intent: z.string().nullable(),
      agent: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
    }),
  ),
});
export type ChatHistory = z.infer<typeof ChatHistorySchema>;
