import { describe, expect, it } from 'vitest';
import { codeOfRequest } from './code-of-request.ts';

const of = (message: string, code: string | null = null) => codeOfRequest({ code, message });

describe('codeOfRequest', () => {
  it('prefers the code field', () => {
    expect(of('```\ny = 2\n```', 'x = 1\n')).toBe('x = 1\n');
  });

  it('falls back to a fenced block in the message', () => {
    expect(of('Can you review this?\n```python\ndef f():\n    return 1\n```\nthanks')).toBe(
      'def f():\n    return 1\n',
    );
    expect(of('```\nprint(1)\n```', '  ')).toBe('print(1)\n');
    expect(of('```\n\n```')).toBeNull();
  });

  it('takes a message that is nothing but Python as the code, broken or not', () => {
    expect(of('print(1/0)')).toBe('print(1/0)\n');
    expect(of('def f(:\n  pass')).toBe('def f(:\n  pass\n');
    expect(of('import math\nx = math.sqrt(-1)\nprint(x)')).toBe('import math\nx = math.sqrt(-1)\nprint(x)\n');
    expect(of('nums = [1, 2, 3]\nfor n in nums:\n    total += n')).not.toBeNull();
    expect(of('if x = 5:\n    print("five")')).not.toBeNull();
    expect(of('class Dog:\n    def bark(self):\n        print("woof")\n# my class')).not.toBeNull();
    expect(of('count += 1')).toBe('count += 1\n');
  });

  it('leaves questions and sentences alone, even with Python words in them', () => {
    for (const message of [
      'Please review my code',
      'how do for loops work',
      'for loop in python?',
      'if i want to loop over a list what do i use',
      'what does print(x) do?',
      'import errors',
      'return a value from a function',
      'why does my function return None',
      'x = 5 is that right?',
      'class is a keyword right',
      '😀😀😀',
      '',
    ])
      expect(of(message), message).toBeNull();
  });
});
