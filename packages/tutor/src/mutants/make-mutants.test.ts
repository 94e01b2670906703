import { MutantKindSchema } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { makeMutants } from './make-mutants.ts';

const sandbox = createSandbox({ concurrency: 1 });
afterAll(() => sandbox.close());

const solution = `def average(scores):
    """Mean of the valid scores, rounded."""
    if not scores:
        return 0
    valid = [s for s in scores if s >= 0 and s <= 100]
    try:
        return round(sum(valid) / len(valid), 2)
    except ZeroDivisionError:
        return 0


def is_word(text):
    return text.strip().isalpha()


def label(n):
    if n > 50:
        kind = "high"
    else:
        kind = "low"
    return kind + " " + str(int(n))
`;

describe('makeMutants', () => {
  it('makes every kind, each a distinct program, with the line and the change', async () => {
    const made = await makeMutants(sandbox, solution, 200);
    if (!made.ok) throw new Error(made.problem);
    expect(new Set(made.mutants.map((m) => m.kind))).toEqual(new Set(MutantKindSchema.options));
    expect(new Set(made.mutants.map((m) => m.code)).size).toBe(made.mutants.length);
    expect(made.mutants.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'dropped-call line 7: `round(sum(valid) / len(valid), 2)` becomes `sum(valid) / len(valid)`',
        'dropped-branch line 5: the filter `if s >= 0 and s <= 100` is dropped',
        'wrong-edge-case line 3: the edge case `if not scores:` is skipped',
        'wrong-edge-case line 8: the `except ZeroDivisionError` handler re-raises instead',
        'swapped-call line 13: `text.strip().isalpha()` becomes `text.strip().isalnum()`',
        'constant-return line 12: `is_word` always returns True',
        'flipped-comparison line 17: `n > 50` becomes `n < 50`',
        'swapped-operator line 7: `sum(valid) / len(valid)` becomes `sum(valid) * len(valid)`',
      ]),
    );
    const boundary = made.mutants.find((m) => m.id === 'off-by-one line 17: `n > 50` becomes `n >= 50`');
    expect(boundary?.code).toContain('    if n >= 50:\n');
  });

  it('keeps to the cap, taking the kinds in turn', async () => {
    const made = await makeMutants(sandbox, solution, 7);
    if (!made.ok) throw new Error(made.problem);
    expect(made.mutants).toHaveLength(7);
    expect(new Set(made.mutants.map((m) => m.kind)).size).toBe(7);
    expect(made.candidates).toBeGreaterThan(7);
  });

  it('makes none of a program with nothing to change', async () => {
    const made = await makeMutants(sandbox, 'print("Hello, 2 worlds")\n', 50);
    expect(made).toEqual({ ok: true, mutants: [], candidates: 0 });
  });
});
