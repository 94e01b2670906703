import { randomUUID } from 'node:crypto';
import { envelopeOf } from '@learnflow/platform/testing';
import { describe, expect, it } from 'vitest';
import { toFact } from './to-fact.ts';

describe('toFact', () => {
  const userId = randomUUID();
  const graded = (code?: string) => ({
    topic: 'exercise.graded' as const,
    event: envelopeOf<'exercise.graded'>(
      {
        submissionId: randomUUID(),
        exerciseId: randomUUID(),
        userId,
        topic: 'lists',
        passed: false,
        score: 50,
        qualityScore: null,
        errorType: 'IndexError',
        ...(code === undefined ? {} : { code }),
      },
      { userId },
    ),
  });

  it("keeps an excerpt of a graded submission's code with its fact, for an alert's evidence", () => {
    const fact = toFact(graded('items = [1, 2]\nprint(items[2])\n'));
    expect(fact).toMatchObject({ kind: 'exercise.graded', errorType: 'IndexError', topic: 'lists' });
    expect(fact.detail.code).toBe('  1 | items = [1, 2]\n  2 | print(items[2])');
  });

  it('keeps no code for a graded event published before events carried it', () => {
    expect(toFact(graded()).detail).toEqual({});
  });
});
