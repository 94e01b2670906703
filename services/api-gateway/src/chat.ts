import { randomUUID } from 'node:crypto';
import {
  type ChatBody,
  type ChatHistory,
  type ChatReply,
  CheckQuestionRefSchema,
  type Envelope,
  type EventPayload,
  LastExerciseSchema,
  OfferedChoiceSchema,
  TOPICS,
} from '@learnflow/contracts';
import { type AuthUser, appError, type ServiceDeps } from '@learnflow/platform';
import { z } from 'zod';
import { chatWaitersRef } from './chat-waiters.ts';
import { requireTopic } from './curriculum.ts';

const WAIT_MS = 15_000;

/** Stores the student's message and hands it to triage; with `wait`, resolves with the answer. */
export async function sendChat(
  deps: ServiceDeps,
  user: AuthUser,
  body: ChatBody,
  correlationId: string,
  wait: boolean,
): Promise<{ requestId: string; reply: ChatReply | null }> {
  if (body.topic) await requireTopic(deps, body.topic);
  const requestId = randomUUID();
  const asked = await lastAsked(deps, user.id);
  const waiters = await deps.resources.get(chatWaitersRef);
  const answered = wait ? waiters.wait(requestId, WAIT_MS) : null;
  await deps.db
    .insertInto('chat_messages')
    .values({
      user_id: user.id,
      request_id: requestId,
      role: 'student',
      content: body.message,
      code: body.code ?? null,
      topic: body.topic ?? null,
      metadata: JSON.stringify({}),
    })
    .execute();
  await deps.events.publish(
    TOPICS.learningRequests.name,
    'learnflow.learning.requested',
    {
      requestId,
      userId: user.id,
      message: body.message,
      code: body.code ?? null,
      topic: body.topic ?? null,
      ...(body.exerciseId ? { exerciseId: body.exerciseId } : {}),
      ...asked,
    },
    { userId: user.id, correlationId },
  );
  if (!answered) return { requestId, reply: null };
  const reply = await answered;
  if (!reply)
    throw appError(
      'UNAVAILABLE',
      `The tutor did not answer within ${WAIT_MS / 1000} s; the answer will still arrive on the WebSocket and in GET /api/chat/history.`,
    );
  return { requestId, reply };
}

const AskedSchema = z.object({
  choices: z.array(OfferedChoiceSchema).optional(),
  checkQuestion: z.object({ ref: CheckQuestionRefSchema }).nullish(),
  knowledge: z.object({ id: z.string(), question: z.string().optional() }).nullish(),
  debugged: z.object({ message: z.string(), code: z.string().nullable() }).nullish(),
});

/**
 * What the tutor's last reply asked the student, so the next message can answer it: the entries it offered
 * ("Which of these do you mean?"), the check question it ended with, the exercise it gave ("a harder one")
 * and the entry it answered from ("I don't get it"), with the question it answered ("what about a dict?"), or
 * the message and code it debugged ("how do I fix it?").
 */
async function lastAsked(deps: ServiceDeps, userId: string) {
  const last = await deps.db
    .selectFrom('chat_messages')
    .select('metadata')
    .where('user_id', '=', userId)
    .where('role', '=', 'tutor')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const asked = AskedSchema.safeParse(last?.metadata).data;
  const exercise = LastExerciseSchema.safeParse(last?.metadata).data;
  return {
    ...(asked?.choices?.length ? { offered: asked.choices } : {}),
    ...(asked?.checkQuestion ? { check: asked.checkQuestion.ref } : {}),
    ...(exercise ? { lastExercise: exercise } : {}),
    ...(asked?.knowledge ? { lastEntry: asked.knowledge.id } : {}),
    ...(asked?.knowledge?.question ? { lastQuestion: asked.knowledge.question } : {}),
    ...(asked?.debugged ? { lastDebug: asked.debugged } : {}),
  };
}

export const toChatReply = (response: EventPayload<'learning.responses'>): ChatReply => ({
  requestId: response.requestId,
  intent: response.intent,
  agent: response.agent,
  reply: { ...response.data, text: response.text },
});

/** The tutor's final answers, stored once (a shared consumer group) with the event's time, so frame ids match. */
export async function storeReply(
  deps: ServiceDeps,
  event: Envelope<EventPayload<'learning.responses'>>,
): Promise<void> {
  const response = event.data;
  if (response.kind !== 'final') return;
  await deps.db
    .insertInto('chat_messages')
    .values({
      user_id: response.userId,
      request_id: response.requestId,
      role: 'tutor',
      intent: response.intent,
      agent: response.agent,
      content: response.text,
      metadata: JSON.stringify(response.data),
      created_at: event.time,
    })
    .onConflict((oc) => oc.columns(['request_id', 'role']).doNothing())
    .execute();
}

export async function chatHistory(
  deps: ServiceDeps,
  userId: string,
  limit: number,
  before?: string,
): Promise<ChatHistory> {
  let query = deps.db
    .selectFrom('chat_messages')
    .select([
      'id',
      'request_id',
      'role',
      'content',
      'code',
      'topic',
      'intent',
      'agent',
      'metadata',
      'created_at',
    ])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('role', 'desc')
    .limit(limit);
  if (before) query = query.where('created_at', '<', new Date(before));
  const rows = await query.execute();
  return {
    messages: rows.reverse().map((r) => ({
      id: r.id,
      requestId: r.request_id,
      role: r.role,
      content: r.content,
      code: r.code,
      topic: r.topic,
      intent: r.intent,
      agent: r.agent,
      data: r.metadata,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}
