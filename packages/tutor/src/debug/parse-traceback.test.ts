import { describe, expect, it } from 'vitest';
import { explainError } from './explain-error.ts';
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

describe('explaining a pasted traceback without the code', () => {
  it("quotes the line from the traceback and uses Python's own suggestion", () => {
    const parsed = parseTraceback(nameError312);
    expect(parsed).not.toBeNull();
    const explanation = explainError({ error: parsed ?? { type: '', message: '', line: null } });
    expect(explanation).toMatchObject({
      type: 'NameError',
      line: 2,
      quotedLine: 'print(nme)',
      cause: 'name.misspelt',
    });
    expect(explanation.details).toMatchObject({ name: 'nme', suggestion: 'name' });
  });

  it("gives local advice for a program run on the student's own computer", () => {
    const missing =
      'Traceback (most recent call last):\n  File "C:\\Users\\ana\\game\\main.py", line 1, in <module>\n    from PIL import Image\nModuleNotFoundError: No module named \'PIL\'';
    const explanation = explainError({
      error: parseTraceback(missing) ?? { type: '', message: '', line: null },
    });
    expect(explanation).toMatchObject({ cause: 'import.not-installed', quotedLine: 'from PIL import Image' });
    expect(explanation.hints[2]).toContain('python -m pip install Pillow');
    expect(explanation.why).toContain('standard library');
    const file =
      'Traceback (most recent call last):\n  File "/home/ana/code/read.py", line 1, in <module>\n    open("data.txt")\nFileNotFoundError: [Errno 2] No such file or directory: \'data.txt\'';
    const notFound = explainError({ error: parseTraceback(file) ?? { type: '', message: '', line: null } });
    expect(notFound).toMatchObject({ cause: 'file.not-found', details: { file: 'data.txt' } });
    expect(notFound.why).toContain('working directory');
  });

  it('names the empty list in a ZeroDivisionError from an IDE paste', () => {
    const explanation = explainError({
      error: parseTraceback(pycharm) ?? { type: '', message: '', line: null },
    });
    expect(explanation).toMatchObject({ cause: 'zero.empty-list', quotedLine: 'return sum(xs) / len(xs)' });
    expect(explanation.what).toContain('`xs`');
  });
});
