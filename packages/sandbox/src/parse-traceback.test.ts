import { describe, expect, it } from 'vitest';
import { parseTraceback } from './parse-traceback.ts';

describe('parseTraceback', () => {
  it('finds the exception and the deepest line of the student file', () => {
    const stderr = [
      'some output',
      'Traceback (most recent call last):',
      '  File "main.py", line 5, in <module>',
      '    f()',
      '  File "main.py", line 2, in f',
      '    return 1 / 0',
      '  File "/usr/lib/python3.11/x.py", line 9, in g',
      'ZeroDivisionError: division by zero',
    ].join('\n');
    expect(parseTraceback(stderr, ['main.py'])).toMatchObject({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
    });
  });

  it('reads a SyntaxError block without a traceback header', () => {
    const stderr = '  File "student.py", line 3\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n';
    expect(parseTraceback(stderr, ['student.py'])).toMatchObject({ type: 'SyntaxError', line: 3 });
  });

  it('gives null when there is no traceback', () => {
    expect(parseTraceback('just text\n', ['main.py'])).toBeNull();
  });
});
