import { describe, expect, it } from 'vitest';
import { applyDelta, applyResponse, type ChatItem, expectAnswer, giveUp } from './chat-model.ts';

const question: ChatItem = { key: 's1', role: 'student', text: 'What is a loop?' };
const delta = (requestId: string, text: string) => ({
  requestId,
  intent: 'concept' as const,
  agent: 'concepts',
  text,
});
const final = (requestId: string, text: string) => ({
  requestId,
  intent: 'concept' as const,
  agent: 'concepts',
  reply: { text },
});

describe('chat model', () => {
  it('streams deltas into one answer, then the final text replaces them', () => {
    let items = expectAnswer([question], 'r1');
    items = applyDelta(items, delta('r1', 'A loop '));
    items = applyDelta(items, delta('r1', 'repeats.'));
    expect(items[1]).toMatchObject({ role: 'tutor', text: 'A loop repeats.', streaming: true });
    items = applyResponse(items, {
      requestId: 'r1',
      intent: 'concept',
      agent: 'concepts',
      reply: { text: 'A loop repeats code.' },
    });
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ text: 'A loop repeats code.', streaming: false, intent: 'concept' });
  });

  it('handles an answer that arrives before the 202 named it', () => {
    let items = applyResponse([question], final('r2', 'Done.'));
    items = expectAnswer(items, 'r2');
    expect(items.filter((i) => i.role === 'tutor')).toHaveLength(1);
  });

  it('ignores deltas after the final answer', () => {
    let items = applyResponse([question], final('r3', 'Final.'));
    items = applyDelta(items, delta('r3', ' late'));
    expect(items[1]?.text).toBe('Final.');
  });

  it('gives up on an answer that never came, keeping what streamed', () => {
    const waiting = expectAnswer([question], 'r4');
    expect(giveUp(waiting, 'r4')[1]).toMatchObject({
      streaming: false,
      error: expect.stringContaining('did not answer'),
    });
    const partial = applyDelta(waiting, delta('r4', 'Half'));
    expect(giveUp(partial, 'r4')[1]).toMatchObject({ streaming: false, text: 'Half' });
    expect(giveUp(partial, 'r4')[1]?.error).toBeUndefined();
  });
});
