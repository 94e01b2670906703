import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { frameId } from './connections.ts';

const LIMIT = 200;

type Framed = Exclude<LiveFrame, { type: 'pong' }>;

/**
 * What a reconnecting client missed since the frame it saw last: tutor answers from the
 * stored chat and notices from the stored notifications, oldest first.
 */
export async function missedFrames(
  deps: ServiceDeps,
  userId: string,
  since: { at: Date; id: string },
): Promise<LiveFrame[]> {
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
  const stored = [
    ...replies.map((r) => ({
      id: frameId(r.created_at, r.request_id),
      type: 'tutor.response',
      data: {
        requestId: r.request_id,
        intent: r.intent,
        agent: r.agent,
        reply: { ...r.metadata, text: r.content },
      },
    })),
    ...notices.map((n) => ({ id: frameId(n.created_at, n.id), type: n.type, data: n.payload })),
  ];
  const frames: Framed[] = [];
  for (const row of stored) {
    const parsed = LiveFrameSchema.safeParse(row);
    if (parsed.success && parsed.data.type !== 'pong') frames.push(parsed.data);
    else
      deps.log.warn(
        { frameId: row.id, type: row.type },
        'a stored frame no longer fits its schema: not replayed',
      );
  }
  return frames
    .filter((f) => f.id !== `${since.at.getTime()}-${since.id}`)
    .sort((a, b) => compareIds(a.id, b.id));
}

const compareIds = (a: string, b: string) =>
  Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b);
