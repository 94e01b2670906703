import { describe, expect, it } from 'vitest';
import { isStudentFile, parseTraceback } from './parse-traceback.ts';

// Real tracebacks, printed by CPython 3.11-3.13 and pasted the way students paste them.
const pycharm = `I don't understand this error:

C:\\Users\\ana\\PycharmProjects\\grades\\.venv\\Scripts\\python.exe C:\\Users\\ana\\PycharmProjects\\grades\\main.py 
Traceback (most recent call last):
  File "C:\\Users\\ana\\PycharmProjects\\grades\\main.py", line 5, in <module>
    print("Average: " + str(average(scores)))
                            ^^^^^^^^^^^^^^^
  File "C:\\Users\\ana\\PycharmProjects\\grades\\main.py", line 2, in average
    return sum(xs) / len(xs)
           ~~~~~~~~^~~~~~~~~
ZeroDivisionError: division by zero

Process finished with exit code 1
`;

const withLibraryFrames = `Traceback (most recent call last):
  File "/home/ana/code/load.py", line 3, in <module>
    data = json.loads("{bad")
           ^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/json/decoder.py", line 337, in decode
    obj, end = self.raw_decode(s, idx=_w(s, 0).end())
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/json/decoder.py", line 353, in raw_decode
    obj, end = self.scan_once(s, idx)
               ^^^^^^^^^^^^^^^^^^^^^^
json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)`;

const syntax312 = `  File "/home/ana/code/loop.py", line 1
    for i in range(3)
                     ^
SyntaxError: expected ':'`;

const nameError312 = `Traceback (most recent call last):
  File "/home/ana/code/nm.py", line 2, in <module>
    print(nme)
          ^^^
NameError: name 'nme' is not defined. Did you mean: 'name'?`;

const chained = `Traceback (most recent call last):
  File "/home/ana/code/ch.py", line 2, in <module>
    int("x")
ValueError: invalid literal for int() with base 10: 'x'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/home/ana/code/ch.py", line 4, in <module>
    print(undefined_thing)
          ^^^^^^^^^^^^^^^
NameError: name 'undefined_thing' is not defined`;

const esc = String.fromCharCode(27);
const colored313 = [
  'Traceback (most recent call last):',
  `  File ${esc}[35m"/home/ana/ix.py"${esc}[0m, line ${esc}[35m2${esc}[0m, in ${esc}[35m<module>${esc}[0m`,
  `    print(${esc}[31mxs${esc}[0m${esc}[1;31m[3]${esc}[0m)`,
  `          ${esc}[31m~~${esc}[0m${esc}[1;31m^^^${esc}[0m`,
  `${esc}[1;35mIndexError${esc}[0m: ${esc}[35mlist index out of range${esc}[0m`,
].join('\n');

const recursion = `Traceback (most recent call last):
  File "<student>", line 4, in <module>
  File "<student>", line 2, in f
  File "<student>", line 2, in f
  File "<student>", line 2, in f
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded`;

const jupyter = `---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
Cell In[3], line 2
      1 ages = {"ana": 20}
----> 2 print(ages["bob"])

KeyError: 'bob'`;

describe('parseTraceback', () => {
  it('reads an IDE traceback with Windows paths, chat text around it and 3.11+ caret markers', () => {
    expect(parseTraceback(pycharm)).toMatchObject({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
      file: 'C:\\Users\\ana\\PycharmProjects\\grades\\main.py',
      sourceLine: 'return sum(xs) / len(xs)',
    });
  });

  it('skips library frames and keeps the deepest frame in the student file', () => {
    expect(parseTraceback(withLibraryFrames)).toMatchObject({
      type: 'JSONDecodeError',
      qualifiedType: 'json.decoder.JSONDecodeError',
      message: 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',
      line: 3,
      file: '/home/ana/code/load.py',
      sourceLine: 'data = json.loads("{bad")',
    });
  });

  it('reads a SyntaxError with its caret column', () => {
    expect(parseTraceback(syntax312)).toMatchObject({
      type: 'SyntaxError',
      message: "expected ':'",
      line: 1,
      sourceLine: 'for i in range(3)',
      column: 18,
    });
  });

  it('reads an IndentationError pasted with extra indentation and a code fence', () => {
    const pasted =
      '```\n    File "main.py", line 2\n      print("x")\n      ^\n  IndentationError: expected an indented block after \'if\' statement on line 1\n```';
    expect(parseTraceback(pasted)).toMatchObject({
      type: 'IndentationError',
      line: 2,
      sourceLine: 'print("x")',
      column: 1,
    });
  });

  it('keeps the last exception of a chained traceback', () => {
    expect(parseTraceback(chained)).toMatchObject({
      type: 'NameError',
      message: "name 'undefined_thing' is not defined",
      line: 4,
      sourceLine: 'print(undefined_thing)',
    });
  });

  it("removes Python 3.13's colours", () => {
    expect(parseTraceback(colored313)).toMatchObject({
      type: 'IndexError',
      message: 'list index out of range',
      line: 2,
      sourceLine: 'print(xs[3])',
    });
  });

  it('reads frames without source lines (<student>) and repeated-frame notes', () => {
    expect(parseTraceback(recursion)).toMatchObject({
      type: 'RecursionError',
      line: 2,
      file: '<student>',
      sourceLine: null,
    });
  });

  it('reads a Jupyter cell traceback', () => {
    expect(parseTraceback(jupyter)).toMatchObject({
      type: 'KeyError',
      message: "'bob'",
      line: 2,
      sourceLine: 'print(ages["bob"])',
    });
  });

  it('reads a bare exception line, with or without a message', () => {
    expect(parseTraceback('TypeError: can only concatenate str (not "int") to str')).toMatchObject({
      type: 'TypeError',
      message: 'can only concatenate str (not "int") to str',
      line: null,
      sourceLine: null,
    });
    expect(parseTraceback('  File "main.py", line 7, in <module>\nAssertionError')).toMatchObject({
      type: 'AssertionError',
      message: '',
      line: 7,
    });
  });

  it("keeps Python's own suggestion in the message and quotes the line", () => {
    expect(parseTraceback(nameError312)).toMatchObject({
      type: 'NameError',
      message: "name 'nme' is not defined. Did you mean: 'name'?",
      line: 2,
      sourceLine: 'print(nme)',
    });
  });

  it('returns null when there is no exception', () => {
    expect(parseTraceback('my loop prints the wrong number, why?')).toBeNull();
    expect(parseTraceback('')).toBeNull();
  });

  it('tells student files from the Python installation', () => {
    expect(isStudentFile('main.py')).toBe(true);
    expect(isStudentFile('<stdin>')).toBe(true);
    expect(isStudentFile('/home/ana/project/app.py')).toBe(true);
    expect(isStudentFile('/usr/lib/python3.11/json/decoder.py')).toBe(false);
    expect(isStudentFile('C:\\Python312\\Lib\\random.py')).toBe(false);
    expect(isStudentFile('/home/ana/.venv/lib/python3.12/site-packages/requests/api.py')).toBe(false);
    expect(isStudentFile('<frozen runpy>')).toBe(false);
  });
});

describe('parseTraceback of a run (stderr and the student files)', () => {
  it("finds the exception and the deepest line of the student's file, not the runner's", () => {
    const stderr = [
      'some output',
      'Traceback (most recent call last):',
      '  File "/sandbox/harness.py", line 12, in <module>',
      '    exec(code, namespace)',
      '  File "main.py", line 5, in <module>',
      '    f()',
      '  File "main.py", line 2, in f',
      '    return 1 / 0',
      '  File "/usr/lib/python3.11/x.py", line 9, in g',
      'ZeroDivisionError: division by zero',
      '[output truncated]',
    ].join('\n');
    expect(parseTraceback(stderr, { studentFiles: ['main.py'] })).toMatchObject({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
      file: 'main.py',
    });
  });

  it('reads a SyntaxError block without a traceback header, without the output before it', () => {
    const stderr =
      'started\n  File "student.py", line 3\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n';
    const parsed = parseTraceback(stderr, { studentFiles: ['student.py'] });
    expect(parsed).toMatchObject({ type: 'SyntaxError', line: 3, column: 5 });
    expect(parsed?.traceback.startsWith('  File "student.py", line 3')).toBe(true);
  });

  it('gives null when there is no traceback', () => {
    expect(parseTraceback('just text\n', { studentFiles: ['main.py'] })).toBeNull();
  });
});
