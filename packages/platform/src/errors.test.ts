import { describe, expect, it } from 'vitest';
import { appError, isPermanent } from './errors.ts';

describe('coded errors', () => {
  it('treats client errors as permanent for events and server errors as retryable', () => {
    expect(isPermanent(appError('VALIDATION_FAILED', 'bad'))).toBe(true);
    expect(isPermanent(appError('UNAVAILABLE', 'down'))).toBe(false);
    expect(isPermanent(new Error('plain'))).toBe(false);
  });
});
