import { describe, expect, it } from 'vitest';
import { RunQueue } from './run-queue.ts';

describe('RunQueue', () => {
  it('admits up to the concurrency, queues up to the limit, then answers SANDBOX_BUSY', async () => {
    const queue = new RunQueue(1, 1);
    const first = await queue.acquire();
    let secondAdmitted = false;
    const second = queue.acquire().then((slot) => {
      secondAdmitted = true;
      return slot;
    });
    await expect(queue.acquire()).rejects.toMatchObject({ code: 'SANDBOX_BUSY', status: 429 });
    expect(queue.queued).toBe(1);
    expect(secondAdmitted).toBe(false);
    first.release();
    (await second).release();
    expect(queue.running).toBe(0);
  });

  it('says when to retry', async () => {
    const queue = new RunQueue(1, 0);
    await queue.acquire();
    const error = await queue.acquire().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((error as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it("lets a student's Run ahead of waiting grading and tutor runs, in order within each", async () => {
    const queue = new RunQueue(1, 10);
    const busy = await queue.acquire();
    const admitted: string[] = [];
    const wait = (name: string, priority: 'interactive' | 'grading' | 'background') =>
      queue.acquire({ priority }).then((slot) => {
        admitted.push(name);
        slot.release();
      });
    const all = [
      wait('trace', 'background'),
      wait('grade-1', 'grading'),
      wait('run-1', 'interactive'),
      wait('grade-2', 'grading'),
      wait('run-2', 'interactive'),
    ];
    busy.release();
    await Promise.all(all);
    expect(admitted).toEqual(['run-1', 'run-2', 'grade-1', 'grade-2', 'trace']);
  });

  it('coalesces a waiting Run with the newer one of the same student: the newest runs, the older gets SANDBOX_SUPERSEDED', async () => {
    const queue = new RunQueue(1, 10);
    const busy = await queue.acquire();
    const older = queue.acquire({ priority: 'interactive', key: 'run:maya' });
    const other = queue.acquire({ priority: 'interactive', key: 'run:james' });
    const newer = queue.acquire({ priority: 'interactive', key: 'run:maya' });
    await expect(older).rejects.toMatchObject({ code: 'SANDBOX_SUPERSEDED', status: 409 });
    expect(queue.queued).toBe(2);
    busy.release();
    (await other).release();
    (await newer).release();
    expect(queue.running).toBe(0);
  });

  it('reports how long a run waited for its slot', async () => {
    const queue = new RunQueue(1, 10);
    const busy = await queue.acquire();
    expect(busy.queuedMs).toBeLessThan(50);
    const waiting = queue.acquire();
    await new Promise((resolve) => setTimeout(resolve, 60));
    busy.release();
    const slot = await waiting;
    expect(slot.queuedMs).toBeGreaterThanOrEqual(50);
    slot.release();
  });
});
