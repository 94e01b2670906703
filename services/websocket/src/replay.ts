import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { parseFrameId } from './connections.ts';

const LIMIT = 200;
/** How long a sent frame is kept for a client that reconnects. */
export const KEPT_FOR_MS = 7 * 24 * 60 * 60 * 1000;

type Framed = Exclude<LiveFrame, { type: 'pong' }>;
/** What the replay uses of a service's dependencies. */
type Replaying = Pick<ServiceDeps, 'db' | 'log'>;

/**
 * Keeps a frame sent to a user (a tutor answer or a notice) for their replay. Every replica of the
 * broadcast subscription records the same frame; the first one's row stays.
 */
export async function recordFrame(deps: Replaying, userId: string, frame: Framed) {
  await deps.db
    .insertInto('websocket_frames')
    .values({
      user_id: userId,
      frame_id: frame.id,
      frame: JSON.stringify(frame),
      created_at: parseFrameId(frame.id)?.at ?? new Date(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** What a reconnecting client missed since the frame it saw last, oldest first. */
export async function missedFrames(
  deps: Replaying,
  userId: string,
  since: { at: Date; id: string },
): Promise<Framed[]> {
  const rows = await deps.db
    .selectFrom('websocket_frames')
    .select(['frame_id', 'frame'])
    .where('user_id', '=', userId)
    .where('created_at', '>=', since.at)
    .where('frame_id', '!=', `${since.at.getTime()}-${since.id}`)
    .orderBy('created_at')
    .orderBy('frame_id')
    .limit(LIMIT)
    .execute();
  const frames: Framed[] = [];
  for (const row of rows) {
    const parsed = LiveFrameSchema.safeParse(row.frame);
    if (parsed.success && parsed.data.type !== 'pong') frames.push(parsed.data);
    else deps.log.warn({ frameId: row.frame_id }, 'a stored frame no longer fits its schema: not replayed');
  }
  return frames;
}

/** Forgets the frames older than `KEPT_FOR_MS`. */
export async function forgetOldFrames(deps: Replaying, now = new Date()): Promise<void> {
  await deps.db
    .deleteFrom('websocket_frames')
    .where('created_at', '<', new Date(now.getTime() - KEPT_FOR_MS))
    .execute();
}
