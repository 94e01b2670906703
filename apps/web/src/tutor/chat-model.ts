import type { ChatMessageRecord, ChatRole, ReviewResult } from '../api/types.ts';
import type { LiveFrameOf } from '../live/live-socket.ts';

/** One message of the tutor panel. */
export interface ChatItem {
  key: string;
  role: ChatRole;
  text: string;
  requestId?: string;
  /** Deltas are still arriving. */
  streaming?: boolean;
  intent?: string;
  agent?: string;
  review?: ReviewResult;
  /** The request failed: the API's message. */
  error?: string;
}

type DeltaData = Pick<LiveFrameOf<'tutor.delta'>['data'], 'requestId' | 'text' | 'intent' | 'agent'>;
type ResponseData = LiveFrameOf<'tutor.response'>['data'];

/** Adds a streamed piece to its answer (creating it when the frame beats the 202). */
export function applyDelta(items: ChatItem[], delta: DeltaData): ChatItem[] {
  const index = items.findIndex((i) => i.requestId === delta.requestId && i.role === 'tutor');
  if (index === -1)
    return [
      ...items,
      {
        key: `tutor-${delta.requestId}`,
        role: 'tutor',
        requestId: delta.requestId,
        text: delta.text,
        streaming: true,
        intent: delta.intent,
        agent: delta.agent,
      },
    ];
  const item = items[index] as ChatItem;
  if (!item.streaming) return items;
  return items.map((i, n) => (n === index ? { ...i, text: i.text + delta.text } : i));
}

/** The final answer replaces whatever streamed. */
export function applyResponse(items: ChatItem[], response: ResponseData): ChatItem[] {
  const final: ChatItem = {
    key: `tutor-${response.requestId}`,
    role: 'tutor',
    requestId: response.requestId,
    text: response.reply.text,
    streaming: false,
    intent: response.intent,
    agent: response.agent,
  };
  const index = items.findIndex((i) => i.requestId === response.requestId && i.role === 'tutor');
  return index === -1 ? [...items, final] : items.map((i, n) => (n === index ? final : i));
}

/** The 202 arrived: make sure a (waiting) answer exists for it. */
export function expectAnswer(items: ChatItem[], requestId: string): ChatItem[] {
  if (items.some((i) => i.requestId === requestId && i.role === 'tutor')) return items;
  return [...items, { key: `tutor-${requestId}`, role: 'tutor', requestId, text: '', streaming: true }];
}

/** No final answer came in time: keep what streamed, or say so. */
export function giveUp(items: ChatItem[], requestId: string): ChatItem[] {
  return items.map((i) =>
    i.requestId === requestId && i.role === 'tutor' && i.streaming
      ? {
          ...i,
          streaming: false,
          ...(i.text ? {} : { error: 'The tutor did not answer in time. Ask again.' }),
        }
      : i,
  );
}

/** A stored message of `GET /api/chat/history` as a chat item. */
export function fromHistory(message: ChatMessageRecord): ChatItem {
  return {
    key: `history-${message.id}`,
    role: message.role,
    text: message.content,
    requestId: message.requestId,
    streaming: false,
    ...(message.intent ? { intent: message.intent } : {}),
    ...(message.agent ? { agent: message.agent } : {}),
  };
}
