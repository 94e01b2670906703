import { describe, expect, it } from 'vitest';
import type { LiveFrameOf } from '../live/live-socket.ts';
import { detailsLine, triggerLabel } from './alert-labels.ts';
import { addAlert, alertFromFrame } from './alert-model.ts';

const frame: LiveFrameOf<'alert.created'>['data'] = {
  alertId: 'a1',
  student: { id: 's1', name: 'James Okafor' },
  topic: 'for-loops',
  trigger: 'repeated_error',
  details: {
    errorType: 'TypeError',
    message: "unsupported operand type(s) for +: 'int' and 'str'",
    count: 3,
  },
  evidence: [
    {
      kind: 'code.run',
      ref: 'r1',
      at: '2026-01-01T09:59:00.000Z',
      exerciseId: null,
      errorType: 'TypeError',
      message: "unsupported operand type(s) for +: 'int' and 'str'",
      line: 2,
      score: null,
      passed: false,
      code: '> 2 | label = "n: " + n',
    },
  ],
  createdAt: '2026-01-01T10:00:00.000Z',
};

describe('alerts', () => {
  it('turns an alert.created frame into an open alert', () => {
    expect(alertFromFrame(frame)).toEqual({
      id: 'a1',
      student: { id: 's1', name: 'James Okafor' },
      topic: 'for-loops',
      trigger: 'repeated_error',
      status: 'open',
      createdAt: '2026-01-01T10:00:00.000Z',
      details: frame.details,
      evidence: frame.evidence,
      resolvedAt: null,
    });
  });

  it('adds a live alert on top, once', () => {
    const alert = alertFromFrame(frame);
    const list = addAlert([], alert);
    expect(addAlert(list, alert)).toHaveLength(1);
  });

  it('says what happened in words', () => {
    expect(triggerLabel('repeated_error')).toBe('the same error 3+ times');
    expect(triggerLabel('something_new')).toBe('something new');
    expect(detailsLine(frame.details)).toBe(
      "TypeError: unsupported operand type(s) for +: 'int' and 'str' · 3 times",
    );
    expect(detailsLine({ message: "I'm stuck" })).toBe("“I'm stuck”");
  });
});
