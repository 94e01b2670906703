import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createOffsetCommitter, type PartitionOffset } from './kafka-offset-committer.ts';

const log = pino({ level: 'silent' });
const at = (partition: number, offset: number): PartitionOffset => ({
  topic: 't',
  partition,
  offset: BigInt(offset),
});

describe('createOffsetCommitter', () => {
  it('coalesces the marks made while a commit is in flight into one, the latest per partition', async () => {
    const commits: PartitionOffset[][] = [];
    let release = () => {};
    const committer = createOffsetCommitter({
      owns: () => true,
      log,
      commit: async (offsets) => {
        commits.push(offsets);
        if (commits.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    });
    committer.mark(at(0, 1));
    committer.mark(at(0, 2));
    committer.mark(at(0, 3));
    committer.mark(at(1, 7));
    release();
    await committer.flush(1_000);
    expect(commits).toEqual([[at(0, 1)], [at(0, 3), at(1, 7)]]);
  });

  it('retries a failed commit and skips partitions this member no longer owns', async () => {
    const commits: PartitionOffset[][] = [];
    const committer = createOffsetCommitter({
      owns: (_, partition) => partition !== 2,
      log,
      retryMs: 5,
      commit: async (offsets) => {
        commits.push(offsets);
        if (commits.length === 1) throw new Error('coordinator moved');
      },
    });
    committer.mark(at(0, 4));
    committer.mark(at(2, 9));
    await committer.flush(1_000);
    expect(commits).toEqual([[at(0, 4)], [at(0, 4)]]);
  });

  it('gives up flushing after the timeout when the broker is gone', async () => {
    const committer = createOffsetCommitter({
      owns: () => true,
      log,
      retryMs: 5,
      commit: async () => {
        throw new Error('broker gone');
      },
    });
    committer.mark(at(0, 1));
    const started = Date.now();
    await committer.flush(100);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
