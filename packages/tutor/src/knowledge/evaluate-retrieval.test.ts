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
    // Measured 84.2% top-1 on 335 test questions (282; clarified 5.7%, wrong entry 10.1%) and 71.8% on the
    // 117 held-out ones (84; clarified 11.1%, wrong entry 17.1%), after tuning on train and dev only; before
    // it 83.0% and 70.1%. The target is 90%: the held-out figure is far under it.
    expect(test.top1 / test.questions).toBeGreaterThanOrEqual(0.84);
    expect(heldout.top1 / heldout.questions).toBeGreaterThanOrEqual(0.71);
    expect(test.wronglyAnswered / Math.max(1, test.unanswerable)).toBeLessThanOrEqual(0.25);
  });
});
