import { describe, expect, it } from 'vitest';
import { orderTests } from './test-order.ts';

const test = (name: string, passed: boolean) => ({
  name,
  passed,
  hidden: false,
  message: passed ? null : 'no',
});

describe('orderTests', () => {
  it('puts the first failure first, then other failures, then passes', () => {
    const tests = [test('a', true), test('b', false), test('c', true), test('d', false)];
    expect(orderTests({ tests, firstFailure: 1 }).map((t) => t.name)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps the grader’s order when everything passed', () => {
    const tests = [test('a', true), test('b', true)];
    expect(orderTests({ tests, firstFailure: null }).map((t) => t.name)).toEqual(['a', 'b']);
  });
});
