import { randomUUID } from 'node:crypto';
import type { EventPayload } from '@learnflow/contracts';
import { codeRun, envelopeOf } from '@learnflow/platform/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from './error-read-model.ts';

const userId = randomUUID();
const run = (overrides: Partial<EventPayload<'code.execution.results'>>) => {
  const data = codeRun(userId, { requestId: 'r1', topic: 'for-loops', ...overrides });
  return {
    topic: 'code.execution.results' as const,
    event: envelopeOf<'code.execution.results'>(data, { userId }),
  };
};
const graded = (overrides: Partial<EventPayload<'exercise.graded'>>) => {
  const data = {
    submissionId: 's1',
    exerciseId: randomUUID(),
    userId,
    topic: 'lists',
    passed: false,
    score: 0,
    qualityScore: null,
    errorType: 'IndexError',
    ...overrides,
  };
  return { topic: 'exercise.graded' as const, event: envelopeOf<'exercise.graded'>(data, { userId }) };
};
const activity = (data: EventPayload<'progress.events'>) => {
  return { topic: 'progress.events' as const, event: envelopeOf<'progress.events'>(data, { userId }) };
};

describe('the error an event tells classroom of', () => {
  it('names a failed run by its exception, or by how the sandbox stopped it, and ignores a clean one', () => {
    const error = { type: 'TypeError', message: 'x', line: 2, traceback: '' };
    expect(errorOf(run({ error, exitCode: 1 }))).toEqual({
      userId,
      sourceKey: 'run:r1',
      errorType: 'TypeError',
      exerciseId: null,
      topic: 'for-loops',
      line: 2,
    });
    expect(errorOf(run({ timedOut: true, exitCode: null }))?.errorType).toBe('Timeout');
    expect(errorOf(run({ exitCode: 2 }))?.errorType).toBe('Error');
    expect(errorOf(run({}))).toBeNull();
  });

  it('keeps a failed submission with its exercise, and nothing of a passed one or one without an error', () => {
    const failed = graded({});
    expect(errorOf(failed)).toMatchObject({
      sourceKey: 'submission:s1',
      errorType: 'IndexError',
      exerciseId: failed.event.data.exerciseId,
      topic: 'lists',
    });
    expect(errorOf(graded({ passed: true, score: 100, errorType: null }))).toBeNull();
    expect(errorOf(graded({ errorType: null }))).toBeNull();
  });

  it('keeps an error explained in chat by its type, and no other learning activity', () => {
    const said = { message: 'I am stuck', requestId: 'r1' };
    const observed = { type: 'KeyError', cause: 'key.missing' };
    expect(
      errorOf(activity({ userId, topic: null, kind: 'error.observed', score: null, detail: observed }))
        ?.errorType,
    ).toBe('KeyError');
    expect(
      errorOf(activity({ userId, topic: null, kind: 'struggle.said', score: null, detail: said })),
    ).toBeNull();
  });
});
