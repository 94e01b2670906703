import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from './new-password-fields.tsx';

describe('newPasswordProblem', () => {
  it('asks for 8 characters and the same password twice, as the API does', () => {
    expect(newPasswordProblem({ password: 'short', again: 'short' })).toMatch(/at least 8 characters/);
    expect(newPasswordProblem({ password: 'long enough', again: 'long enougH' })).toMatch(/not the same/);
    expect(newPasswordProblem({ password: 'long enough', again: 'long enough' })).toBeNull();
  });
});
