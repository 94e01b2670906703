import type { Logger } from 'pino';

export interface PartitionOffset {
  topic: string;
  partition: number;
  /** The next offset to read, i.e. the handled record's offset + 1. */
  offset: bigint;
}

export interface OffsetCommitter {
  /** Records that everything before `offset` is handled; the commit follows shortly after. */
  mark(position: PartitionOffset): void;
  /** Commits what is marked; gives up after `timeoutMs` (the broker may be gone). */
  flush(timeoutMs: number): Promise<void>;
}

/**
 * Commits handled offsets without putting a broker round trip in each partition's path: marks made
 * while a commit is in flight are coalesced (the latest per partition) into the next one. A failed
 * commit is retried; a partition this member no longer owns is not committed.
 */
export function createOffsetCommitter(deps: {
  commit: (offsets: PartitionOffset[]) => Promise<void>;
  owns: (topic: string, partition: number) => boolean;
  log: Logger;
  retryMs?: number;
}): OffsetCommitter {
  const pending = new Map<string, PartitionOffset>();
  let running: Promise<void> | undefined;
  let stopped = false;

  async function drain() {
    while (pending.size > 0) {
      const batch = [...pending.values()].filter((p) => deps.owns(p.topic, p.partition));
      pending.clear();
      if (batch.length === 0) return;
      try {
        await deps.commit(batch);
      } catch (error) {
        deps.log.warn({ err: error, offsets: batch.length }, 'offset commit failed; will retry');
        for (const p of batch) if (!pending.has(keyOf(p))) pending.set(keyOf(p), p);
        if (stopped) return;
        await new Promise((resolve) => setTimeout(resolve, deps.retryMs ?? 500));
      }
    }
  }

  function start() {
    running ??= drain().finally(() => {
      running = undefined;
      if (pending.size > 0 && !stopped) start();
    });
  }

  return {
    mark(position) {
      pending.set(keyOf(position), position);
      if (!stopped) start();
    },
    async flush(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      try {
        await Promise.race([
          (async () => {
            while (running) await running;
            stopped = true;
            if (pending.size > 0) await drain();
          })(),
          deadline,
        ]);
      } finally {
        stopped = true;
        clearTimeout(timer);
      }
    },
  };
}

const keyOf = (p: { topic: string; partition: number }) => `${p.topic}\u0000${p.partition}`;
