import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.ts';
import { SessionQueue } from './session-queue.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the session queue', () => {
  it('hands the session to one turn at a time, foreground turns before background ones', async () => {
    const queue = new SessionQueue(60_000);
    const granted: { name: string; release: () => void }[] = [];
    const turn = (lane: 'foreground' | 'background', name: string) =>
      void queue.acquire(lane).then((release) => granted.push({ name, release }));
    const release = await queue.acquire('foreground');
    turn('background', 'background 1');
    turn('foreground', 'foreground 1');
    turn('background', 'background 2');
    turn('foreground', 'foreground 2');
    await tick();
    expect(granted).toEqual([]);
    release();
    for (let held = 1; held <= 4; held++) {
      await tick();
      // Nobody else gets the session before its holder releases it.
      expect(granted).toHaveLength(held);
      granted[held - 1]?.release();
    }
    expect(granted.map((g) => g.name)).toEqual([
      'foreground 1',
      'foreground 2',
      'background 1',
      'background 2',
    ]);
  });

  it('gives an overdue background turn the session before waiting foreground turns', async () => {
    const queue = new SessionQueue(20);
    const order: string[] = [];
    const release = await queue.acquire('foreground');
    const turn = async (lane: 'foreground' | 'background') => {
      const granted = await queue.acquire(lane);
      order.push(lane);
      return granted;
    };
    const background = turn('background');
    await new Promise((resolve) => setTimeout(resolve, 30));
    const foreground = turn('foreground');
    release();
    (await background)();
    (await foreground)();
    expect(order).toEqual(['background', 'foreground']);
  });

  it('lets the event loop in between turns that follow one another for longer than a slice', async () => {
    const queue = new SessionQueue(60_000, 5);
    const busyFor = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let turnsDone = 0;
    const turns = Array.from({ length: 20 }, async () => {
      const release = await queue.acquire('foreground');
      busyFor(1);
      turnsDone++;
      release();
    });
    let turnsDoneWhenTheLoopRan = -1;
    setImmediate(() => {
      turnsDoneWhenTheLoopRan = turnsDone;
    });
    await Promise.all(turns);
    expect(turnsDone).toBe(20);
    // Without the slice all 20 turns (20 ms of work) would run in one task, before the immediate.
    expect(turnsDoneWhenTheLoopRan).toBeGreaterThan(0);
    expect(turnsDoneWhenTheLoopRan).toBeLessThan(20);
  });

  it('chooses the lane when the deferred turn is granted: a foreground turn that arrived meanwhile goes first', async () => {
    const queue = new SessionQueue(60_000, 0);
    const order: string[] = [];
    const release = await queue.acquire('foreground');
    const background = queue.acquire('background').then((r) => {
      order.push('background');
      return r;
    });
    release();
    // The slice (0 ms) is used up, so the hand-over waits for the event loop; this arrives before it.
    const foreground = queue.acquire('foreground').then((r) => {
      order.push('foreground');
      return r;
    });
    (await foreground)();
    (await background)();
    expect(order).toEqual(['foreground', 'background']);
  });

  it('ignores a second release of the same turn', async () => {
    const queue = new SessionQueue();
    const release = await queue.acquire('foreground');
    const second = queue.acquire('foreground');
    const third = queue.acquire('foreground');
    release();
    release();
    let thirdHas = false;
    void third.then(() => {
      thirdHas = true;
    });
    await second;
    await tick();
    expect(thirdHas).toBe(false);
  });
});

describe('the embedded database lanes', () => {
  it('are one session: a background transaction holds it, and what it commits the foreground reads', async () => {
    const { db, background } = createDatabase({ dataDir: '', inMemory: true });
    try {
      await sql`create table lane_check (id int primary key)`.execute(db);
      let insideTransaction = false;
      const transaction = background.transaction().execute(async (trx) => {
        insideTransaction = true;
        await sql`insert into lane_check values (1)`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await sql`insert into lane_check values (2)`.execute(trx);
      });
      while (!insideTransaction) await tick();
      // Waits for the transaction's commit: it never sees one row of two.
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from lane_check`.execute(db);
      await transaction;
      expect(rows).toEqual([{ n: 2 }]);
    } finally {
      await background.destroy();
      await db.destroy();
    }
  });
});
