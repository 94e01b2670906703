import { z } from 'zod';
import {
  AlertNoticeSchema,
  AssignmentNoticeSchema,
  HintNoticeSchema,
  LearningResponseSchema,
  ProgressUpdateSchema,
} from './events.ts';

const frame = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    /** `<epoch ms>-<id>`: ids sort by time, so a reconnecting client resumes after the last one. */
    id: z.string(),
    type: z.literal(type),
    data,
  });

const answer = LearningResponseSchema.pick({ requestId: true, intent: true, agent: true });

/** Every frame `GET /ws` sends: the websocket service builds them, the web app parses them. */
export const LiveFrameSchema = z.discriminatedUnion('type', [
  frame('ready', z.object({ userId: z.string(), replayed: z.number().int().min(0) })),
  frame('tutor.delta', answer.extend({ text: z.string(), data: z.record(z.string(), z.unknown()) })),
  frame(
    'tutor.response',
    answer.extend({
      /** The answer's text and whatever the agent attached (review, exercise, trace). */
      reply: z.looseObject({ text: z.string() }),
    }),
  ),
  frame('progress.updated', ProgressUpdateSchema),
  frame('alert.created', AlertNoticeSchema),
  frame('assignment.created', AssignmentNoticeSchema),
  frame('teacher.hint', HintNoticeSchema),
  /** The answer to a client's `ping` text message. */
  z.object({ type: z.literal('pong') }),
]);

export type LiveFrame = z.infer<typeof LiveFrameSchema>;
export type LiveFrameType = LiveFrame['type'];
export type LiveFrameOf<T extends LiveFrameType> = Extract<LiveFrame, { type: T }>;
