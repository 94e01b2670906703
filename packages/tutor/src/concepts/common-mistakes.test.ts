import { describe, expect, it } from 'vitest';
import { commonMistakes } from './common-mistakes.ts';

describe('commonMistakes', () => {
  it('lists the mistakes of the topic the message names, or of the page it was asked on, from its lesson', () => {
    const loops = commonMistakes('What mistakes do beginners make with for loops?', null);
    expect(loops?.topic).toBe('for-loops');
    expect(loops?.text).toMatch(
      /^The mistakes beginners make most often with \*\*For Loops\*\*:\n\n1\. .+\n {3}\*\*Instead:\*\* .+/,
    );
    expect(loops?.text).toContain('range(1, 10)');
    expect(commonMistakes('what are common pitfalls here?', 'dictionaries')?.text).toContain('KeyError');
  });

  it('leaves other questions, and mistakes with no topic, to the knowledge base', () => {
    expect(commonMistakes('how do for loops work', 'for-loops')).toBeNull();
    expect(commonMistakes('what mistakes do beginners make?', null)).toBeNull();
  });
});
