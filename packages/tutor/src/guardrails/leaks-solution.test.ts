import { describe, expect, it } from 'vitest';
import { exercises } from '../content/exercises/index.ts';
import { leaksSolution } from './leaks-solution.ts';

describe('leaksSolution', () => {
  it('catches every bank solution pasted into a reply, even reformatted', () => {
    for (const exercise of exercises) {
      const pasted = `Sure! Here you go:\n\n\`\`\`python\n${exercise.solution.replaceAll('    ', '  ')}\n\`\`\``;
      const lines = exercise.solution.split('\n').filter((l) => l.replace(/\s/g, '').length >= 8);
      if (lines.length >= 3) expect(leaksSolution(pasted), exercise.slug).toBe(true);
    }
  });

  it('lets explanations and small snippets through', () => {
    expect(
      leaksSolution('A for loop repeats a block:\n```python\nfor n in range(3):\n    print(n)\n```'),
    ).toBe(false);
    expect(leaksSolution('Think about what `range(len(xs))` gives you, and compare with the length.')).toBe(
      false,
    );
  });
});
