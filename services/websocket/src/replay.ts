import type { ServiceDeps } from '@learnflow/platform';
import { type Frame, frameId } from './connections.ts';

const LIMIT = 200;

/**
 * What a reconnecting client missed since the frame it saw last: tutor answers from the
 * stored chat and notices from the stored notifications, oldest first.
 */
export async function missedFrames(
  deps: ServiceDeps,
  userId: string,
  since: { at: Date; id: string },
): Promise<Frame[]> {
  const [replies, notices] = await Promise.all([
    deps.db
      .selectFrom('chat_messages')
      .select(['id', 'request_id', 'intent', 'agent', 'content', 'metadata', 'created_at'])
      .where('user_id', '=', userId)
      .where('role', '=', 'tutor')
      .where('created_at', '>=', since.at)
      .orderBy('created_at')
      .limit(LIMIT)
      .execute(),
    deps.db
      .selectFrom('notifications')
      .select(['id', 'type', 'payload', 'created_at'])
      .where('user_id', '=', userId)
      .where('created_at', '>=', since.at)
      .orderBy('created_at')
      .limit(LIMIT)
      .execute(),
  ]);
  const frames: Frame[] = [
    ...replies.map((r) => ({
      id: frameId(r.created_at, r.request_id),
      type: 'tutor.response' as const,
      data: {
        requestId: r.request_id,
        intent: r.intent,
        agent: r.agent,
        reply: { text: r.content, ...r.metadata },
      },
    })),
    ...notices.map((n) => ({
      id: frameId(n.created_at, n.id),
      type: n.type as Frame['type'],
      data: n.payload,
    })),
  ];
  return frames
    .filter((f) => f.id !== `${since.at.getTime()}-${since.id}`)
    .sort((a, b) => compareIds(a.id, b.id));
}

const compareIds = (a: string, b: string) =>
  Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b);
