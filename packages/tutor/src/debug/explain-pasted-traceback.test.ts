import { parseTraceback } from '@learnflow/sandbox';
import { describe, expect, it } from 'vitest';
import { explainError } from './explain-error.ts';

// Real tracebacks, printed by CPython 3.12 and pasted the way students paste them.
const misspelt = `Traceback (most recent call last):
  File "/home/ana/code/total.py", line 3, in <module>
    print(totl)
          ^^^^
NameError: name 'totl' is not defined. Did you mean: 'total'?`;

const vscode = `PS C:\\Users\\ana\\grades> & python c:/Users/ana/grades/avg.py
Traceback (most recent call last):
  File "c:\\Users\\ana\\grades\\avg.py", line 4, in <module>
    print(mean([]))
          ^^^^^^^^
  File "c:\\Users\\ana\\grades\\avg.py", line 2, in mean
    return sum(values) / len(values)
           ~~~~~~~~~~~~^~~~~~~~~~~~~
ZeroDivisionError: division by zero
PS C:\\Users\\ana\\grades>`;

const explainPasted = (text: string) =>
  explainError({ error: parseTraceback(text) ?? { type: '', message: '', line: null } });

describe('explaining a pasted traceback without the code', () => {
  it('says where a None usually comes from when only the error line is pasted, in sentences that read', () => {
    const explanation = explainPasted("AttributeError: 'NoneType' object has no attribute 'append'");
    expect(explanation.type).toBe('AttributeError');
    const text = [explanation.what, ...explanation.hints].join(' ');
    expect(text).toContain('That `None` usually comes from a function without `return`');
    expect(text).not.toMatch(/that code holds|\. [a-z]/);
  });

  it("quotes the line from the traceback and uses Python's own suggestion", () => {
    const explanation = explainPasted(misspelt);
    expect(explanation).toMatchObject({
      type: 'NameError',
      line: 3,
      quotedLine: 'print(totl)',
      cause: 'name.misspelt',
    });
    expect(explanation.details).toMatchObject({ name: 'totl', suggestion: 'total' });
  });

  it("gives local advice for a program run on the student's own computer", () => {
    const missing =
      'Traceback (most recent call last):\n  File "C:\\Users\\ana\\game\\main.py", line 1, in <module>\n    from PIL import Image\nModuleNotFoundError: No module named \'PIL\'';
    const explanation = explainPasted(missing);
    expect(explanation).toMatchObject({ cause: 'import.not-installed', quotedLine: 'from PIL import Image' });
    expect(explanation.hints[2]).toContain('python -m pip install Pillow');
    expect(explanation.why).toContain('standard library');
    const file =
      'Traceback (most recent call last):\n  File "/home/ana/code/read.py", line 1, in <module>\n    open("data.txt")\nFileNotFoundError: [Errno 2] No such file or directory: \'data.txt\'';
    const notFound = explainPasted(file);
    expect(notFound).toMatchObject({ cause: 'file.not-found', details: { file: 'data.txt' } });
    expect(notFound.why).toContain('working directory');
  });

  it('names the empty list in a ZeroDivisionError from an IDE paste', () => {
    const explanation = explainPasted(vscode);
    expect(explanation).toMatchObject({
      cause: 'zero.empty-list',
      quotedLine: 'return sum(values) / len(values)',
    });
    expect(explanation.what).toContain('`values`');
  });
});
