import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import { type Db, type ServiceDeps, skipIfReferenceGone, UUID } from '@learnflow/platform';
import { frameId, parseFrameId } from './connections.ts';
import type { liveFrameOf } from './live-frame-of.ts';

const LIMIT = 200;
/** How long a frame stays replayable. */
export const FRAMES_KEPT_MS = 7 * 24 * 60 * 60 * 1_000;

type Framed = Exclude<LiveFrame, { type: 'pong' }>;

/** Keeps a frame a reconnecting client may have missed (once per user and frame id; none for a deleted user). */
export async function keepFrame(db: Db, { userId, frame }: ReturnType<typeof liveFrameOf>): Promise<void> {
  if (!('id' in frame) || frame.type === 'tutor.delta' || !UUID.test(userId)) return;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('websocket_frames')
      .values({
        user_id: userId,
        frame_id: frame.id,
        frame: JSON.stringify(frame),
        created_at: parseFrameId(frame.id)?.at ?? new Date(),
      })
      .onConflict((oc) => oc.columns(['user_id', 'frame_id']).doNothing())
      .execute(),
  );
}

/** Forgets the frames older than `FRAMES_KEPT_MS`. */
export async function forgetOldFrames(db: Db, now = new Date()): Promise<void> {
  await db
    .deleteFrom('websocket_frames')
    .where('created_at', '<', new Date(now.getTime() - FRAMES_KEPT_MS))
    .execute();
}

/**
 * What a reconnecting client missed since the frame it saw last: the tutor answers and notices this service
 * kept (`websocket_frames`), oldest first.
 */
export async function missedFrames(
  deps: ServiceDeps,
  userId: string,
  since: { at: Date; id: string },
): Promise<LiveFrame[]> {
  const rows = await deps.db
    .selectFrom('websocket_frames')
    .select(['frame_id', 'frame'])
    .where('user_id', '=', userId)
    .where('created_at', '>=', since.at)
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
  const seen = frameId(since.at, since.id);
  return frames.filter((f) => f.id !== seen);
}
