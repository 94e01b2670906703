import { describe, expect, it } from 'vitest';
import { RunQueue } from './run-queue.ts';

describe('RunQueue', () => {
  it('admits up to the concurrency, queues up to the limit, then answers SANDBOX_BUSY', async () => {
    const queue = new RunQueue(1, 1);
    const first = await queue.acquire();
    let secondAdmitted = false;
    const second = queue.acquire().then((release) => {
      secondAdmitted = true;
      return release;
    });
    await expect(queue.acquire()).rejects.toMatchObject({ code: 'SANDBOX_BUSY', status: 429 });
    expect(queue.queued).toBe(1);
    expect(secondAdmitted).toBe(false);
    first();
    (await second)();
    expect(queue.running).toBe(0);
  });

  it('says when to retry', async () => {
    const queue = new RunQueue(1, 0);
    await queue.acquire();
    const error = await queue.acquire().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((error as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});
