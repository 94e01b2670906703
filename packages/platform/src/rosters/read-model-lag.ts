/**
 * How long a read model may trail the write it follows: the event is published after the owner's
 * commit and handled a few milliseconds later (the bus is asynchronous even embedded), so a
 * request right behind the write may find the read model one event short.
 */
export const READ_MODEL_LAG_MS = 2_000;
const POLL_MS = 50;

/**
 * `read()` until it finds something, for up to `READ_MODEL_LAG_MS`: for an answer "no" (404, 403)
 * that a read model would give only because the event of a write just made has not reached it yet.
 */
export async function untilFound<T>(
  read: () => Promise<T | undefined>,
  timeoutMs = READ_MODEL_LAG_MS,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found !== undefined || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
