import { describe, expect, it } from 'vitest';
import { useSandbox } from '../debug/testing/sandbox-cases.ts';
import { walkThrough } from './walk-through.ts';

// Each program runs for real in the sandbox, traced; the walkthrough is read from that run.
describe('walkThrough', () => {
  const sandbox = useSandbox();
  const explain = async (code: string) => walkThrough(code, await sandbox().run({ code, trace: true }));

  it('tells how often each line runs, the values it changes its variables to, and what the program prints', async () => {
    const text = await explain('total = 0\nfor i in range(3):\n    total += i * i\nprint(total)\n');
    expect(text).toContain('- **Line 1** `total = 0` runs once; `total` becomes 0.');
    expect(text).toContain('- **Line 2** `for i in range(3):` runs 4 times; `i` becomes 0, 1, 2.');
    expect(text).toContain('- **Line 3** `total += i * i` runs 3 times; `total` becomes 1, 5.');
    expect(text).toContain('It prints:\n\n```text\n5\n```');
  });

  it('counts a line holding a generator or a call once, with the value it gives after the call returns', async () => {
    const text = await explain(
      'def double(n):\n    return n * 2\n\nsquares = sorted(n * n for n in [3, 1])\nx = double(4)\nprint(squares, x)\n',
    );
    expect(text).toContain(
      '- **Line 4** `squares = sorted(n * n for n in [3, 1])` runs once; `squares` becomes [1, 9].',
    );
    expect(text).toContain('- **Line 5** `x = double(4)` runs once; `x` becomes 8.');
    expect(text).toContain('- **Line 2** `return n * 2` runs once.');
  });

  it('says where a program that fails stops, and why', async () => {
    const text = await explain('items = [1, 2]\nprint(items[5])\n');
    expect(text).toContain('It stops on line 2 with `IndexError: list index out of range`.');
  });
});
