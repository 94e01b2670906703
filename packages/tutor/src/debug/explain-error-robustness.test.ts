import { describe, expect, it } from 'vitest';
import { explainError } from './explain-error.ts';
import type { ExplainInput } from './types.ts';

// Messages as Python 3.10-3.13 print them, explained with and without the code, with lines that may not match it.
const messages: [string, string][] = [
  ['NameError', "name 'math' is not defined. Did you forget to import 'math'"],
  ['NameError', "name 'nme' is not defined. Did you mean: 'name'?"],
  ['NameError', "name 'x' is not defined"],
  ['UnboundLocalError', "local variable 'count' referenced before assignment"],
  ['TypeError', 'can only concatenate str (not "int") to str'],
  ['TypeError', "unsupported operand type(s) for +=: 'int' and 'str'"],
  ['TypeError', "unsupported operand type(s) for ** or pow(): 'str' and 'int'"],
  ['TypeError', "'<' not supported between instances of 'NoneType' and 'int'"],
  ['TypeError', "'module' object is not callable. Did you mean: 'random.random(...)'?"],
  ['TypeError', "f() missing 2 required positional arguments: 'a' and 'b'"],
  ['TypeError', "f() missing 1 required keyword-only argument: 'key'"],
  ['TypeError', 'f() takes from 1 to 2 positional arguments but 3 were given'],
  ['TypeError', "greet() got an unexpected keyword argument 'nme'. Did you mean 'name'?"],
  ['TypeError', 'Dog() takes no arguments'],
  ['TypeError', "'NoneType' object is not subscriptable"],
  ['TypeError', "argument of type 'int' is not iterable"],
  ['TypeError', "string indices must be integers, not 'str'"],
  ['TypeError', "object of type 'NoneType' has no len()"],
  ['TypeError', 'something new in Python 3.14'],
  ['IndexError', 'list index out of range'],
  ['IndexError', 'tuple index out of range'],
  ['KeyError', "'colour'"],
  ['KeyError', '0'],
  ['KeyError', ''],
  ['AttributeError', "'list' object has no attribute 'push'. Did you mean: 'pop'?"],
  ['AttributeError', "module 'random' has no attribute 'randit'. Did you mean: 'randint'?"],
  [
    'AttributeError',
    "partially initialized module 'random' has no attribute 'randint' (most likely due to a circular import)",
  ],
  ['AttributeError', "type object 'Dog' has no attribute 'count'"],
  ['ValueError', 'too many values to unpack (expected 2, got 3)'],
  ['ValueError', "invalid literal for int() with base 10: ''"],
  ['ValueError', 'max() iterable argument is empty'],
  ['ZeroDivisionError', 'integer modulo by zero'],
  ['ModuleNotFoundError', "No module named 'pandas.core'"],
  ['ImportError', "cannot import name 'randit' from 'random' (/usr/lib/python3.12/random.py)"],
  ['RecursionError', 'maximum recursion depth exceeded while calling a Python object'],
  ['IndentationError', 'expected an indented block'],
  ['IndentationError', 'unindent does not match any outer indentation level'],
  ['SyntaxError', 'EOL while scanning string literal'],
  ['SyntaxError', 'unexpected EOF while parsing'],
  ['SyntaxError', "f-string: valid expression required before '}'"],
  ['SyntaxError', 'parameter without a default follows parameter with a default'],
  ['SyntaxError', 'invalid syntax'],
  ['FileNotFoundError', "[Errno 2] No such file or directory: 'C:\\\\Users\\\\ana\\\\data.csv'"],
  ['TimeoutError', 'Time limit exceeded: the program was stopped after 5 s.'],
  ['MemoryError', ''],
  ['KeyboardInterrupt', ''],
  ['JSONDecodeError', 'Expecting value: line 1 column 1 (char 0)'],
];

const code = 'x = input()\nfor i in range(3):\n    print(x[i] + 1)\n';

describe('explainError on any input', () => {
  const inputs: [string, ExplainInput][] = messages.flatMap(([type, message]) => [
    [`${type}: ${message} (no code)`, { error: { type, message, line: null } }],
    [`${type}: ${message} (code, line 3)`, { error: { type, message, line: 3 }, code }],
    [`${type}: ${message} (line past the end)`, { error: { type, message, line: 40 }, code }],
  ]);

  it.each(inputs)('%s', (_name, input) => {
    const explanation = explainError(input);
    expect(explanation.title.length).toBeGreaterThan(0);
    expect(explanation.what.length).toBeGreaterThan(0);
    expect(explanation.why.length).toBeGreaterThan(0);
    expect(explanation.hints).toHaveLength(3);
    for (const hint of explanation.hints) expect(hint.trim().length).toBeGreaterThan(0);
    expect(explanation.cause).toMatch(/^[a-z]+\.[a-z-]+$/);
    const text = [explanation.title, explanation.what, explanation.why, ...explanation.hints].join(' ');
    expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
  });

  it("follows Python 3.12's import suggestion without the code", () => {
    expect(
      explainError({
        error: {
          type: 'NameError',
          message: "name 'math' is not defined. Did you forget to import 'math'",
          line: 2,
        },
      }),
    ).toMatchObject({ cause: 'name.missing-import', details: { module: 'math' } });
  });

  it('uses the run flags over the error type', () => {
    expect(
      explainError({ error: { type: 'TimeoutError', message: '', line: null }, code, timedOut: true }),
    ).toMatchObject({
      type: 'TimeoutError',
      cause: 'timeout.too-slow',
    });
    expect(
      explainError({ error: { type: 'MemoryError', message: '', line: 3 }, code, memoryExceeded: true }),
    ).toMatchObject({
      type: 'MemoryError',
      line: 3,
      quotedLine: 'print(x[i] + 1)',
    });
  });
});
