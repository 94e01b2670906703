import { describe, expect, it } from 'vitest';
import { describeScores, evaluateRetrieval, labelledQuestions } from './evaluate-retrieval.ts';

describe('knowledge-base retrieval on the labelled questions', () => {
  it('has at least 600 labelled questions in three splits, the held-out ones too', () => {
    const all = labelledQuestions();
    expect(all.length).toBeGreaterThanOrEqual(600);
    for (const split of ['train', 'dev', 'test'] as const)
      for (const source of ['tuned', 'heldout'] as const)
        expect(all.some((q) => q.split === split && q.source === source)).toBe(true);
  });

  it('never reports the misses of the test split', () => {
    const test = evaluateRetrieval('test');
    expect(test.questions).toBeGreaterThan(0);
    expect(test.misses).toEqual([]);
  });

  it('answers the test split and the held-out questions with the right entry, and prints the figures', () => {
    const train = evaluateRetrieval('train');
    const dev = evaluateRetrieval('dev');
    const test = evaluateRetrieval('test');
    const heldout = evaluateRetrieval('test', 'heldout');
    console.log(
      `knowledge-base retrieval\n  ${[
        describeScores('train', train),
        describeScores('dev', dev),
        describeScores('test', test),
        describeScores('held-out test (written after the last tuning, never read)', heldout),
      ].join('\n  ')}`,
    );
    // Measured 82.98% top-1 on 335 test questions (clarified 6.9%, wrong entry 10.1%) and 70.1% on the 117
    // held-out ones (clarified 12.8%, wrong entry 17.1%), before any tuning on the held-out file's train and
    // dev questions. The target is 90%.
    expect(test.top1 / test.questions).toBeGreaterThanOrEqual(0.82);
    expect(heldout.top1 / heldout.questions).toBeGreaterThanOrEqual(0.7);
    expect(test.wronglyAnswered / Math.max(1, test.unanswerable)).toBeLessThanOrEqual(0.25);
  });
});
