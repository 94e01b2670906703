import { describe, expect, it } from 'vitest';
import { explainError, formatExplanation } from './explain-error.ts';
import {
  sandboxCase as c,
  describeSandboxCases,
  explainRun,
  type SandboxCase,
  useSandbox,
} from './testing/sandbox-cases.ts';

// Names, imports and runtime errors, each from a real sandbox run; the other families have their own files.
const cases = {
  'NameError: misspelt variable': c(
    'NameError',
    'name.misspelt',
    'name = "Ana"\nprint("Hello " + nmae)\n',
    2,
    '+ nmae',
    ['`nmae`', '`name`', 'print("Hello " + name)'],
  ),
  'NameError: misspelt built-in': c('NameError', 'name.misspelt', 'pritn("hi")\n', 1, 'pritn("hi")', [
    '`print`',
  ]),
  'NameError: wrong capitals': c('NameError', 'name.wrong-case', 'done = true\n', 1, 'done = true', [
    '`True`',
  ]),
  'NameError: module not imported': c(
    'NameError',
    'name.missing-import',
    'print(math.sqrt(16))\n',
    1,
    'math.sqrt',
    ['import math'],
  ),
  'NameError: used before it is created': c(
    'NameError',
    'name.used-before-defined',
    'print(total)\ntotal = 5\n',
    1,
    'print(total)',
    ['line 2', 'top to bottom'],
  ),
  'NameError: local variable used outside its function': c(
    'NameError',
    'name.out-of-scope',
    'def make():\n    result = 42\n\nmake()\nprint(result)\n',
    5,
    'print(result)',
    ['`make`', 'return result'],
  ),
  'NameError: text without quotes': c(
    'NameError',
    'name.missing-quotes',
    'answer = "yes"\nif answer == yes:\n    print("ok")\n',
    2,
    'answer == yes',
    ['"yes"', 'quotes'],
  ),
  'ZeroDivisionError: average of an empty list': c(
    'ZeroDivisionError',
    'zero.empty-list',
    'def average(xs):\n    return sum(xs) / len(xs)\n\nprint(average([]))\n',
    2,
    'sum(xs) / len(xs)',
    ['`xs`', '`len(xs)`', 'if xs:'],
  ),
  'ZeroDivisionError: counter never updated': c(
    'ZeroDivisionError',
    'zero.never-updated',
    'total = 10\ncount = 0\nprint(total / count)\n',
    3,
    'total / count',
    ['`count`', 'line 2'],
  ),
  'UnboundLocalError: changing a global inside a function': c(
    'UnboundLocalError',
    'name.unbound-local',
    'count = 0\n\ndef add():\n    count += 1\n\nadd()\n',
    4,
    'count += 1',
    ['`count`', '`add()`', 'line 1', 'count = add(count)'],
  ),
  'ImportError: misspelt name': c(
    'ImportError',
    'import.name-misspelt',
    'from math import sqroot\n',
    1,
    'from math import sqroot',
    ['`sqrt`', 'from math import sqrt'],
  ),
  'ModuleNotFoundError: third-party package': c(
    'ModuleNotFoundError',
    'import.not-available',
    'import numpy as np\n',
    1,
    'import numpy',
    ['`numpy`', 'standard library'],
  ),
  'ModuleNotFoundError: misspelt module': c(
    'ModuleNotFoundError',
    'import.misspelt',
    'import maths\n',
    1,
    'import maths',
    ['`math`', 'import math'],
  ),
  'RecursionError: no base case': c(
    'RecursionError',
    'recursion.no-base-case',
    'def countdown(n):\n    print(n)\n    countdown(n - 1)\n\ncountdown(3)\n',
    2,
    'print(n)',
    ['`countdown()`', 'countdown(n - 1)', 'base case'],
  ),
  'RecursionError: base case never reached': c(
    'RecursionError',
    'recursion.base-case-not-reached',
    'def fact(n):\n    if n == 0:\n        return 1\n    return n * fact(n + 1)\n\nprint(fact(3))\n',
    4,
    'fact(n + 1)',
    ['`n + 1`', 'base case'],
  ),
  'FileNotFoundError: missing file': c(
    'FileNotFoundError',
    'file.not-found',
    'with open("scores.txt") as f:\n    print(f.read())\n',
    1,
    'open("scores.txt")',
    ['`scores.txt`', '"w"'],
  ),
  'AssertionError: failed check': c(
    'AssertionError',
    'assertion.failed',
    'total = 2 + 2\nassert total == 5, "maths is broken"\n',
    2,
    'assert total == 5',
    ['`total == 5`', 'maths is broken'],
  ),
  'StopIteration: next() past the end': c(
    'StopIteration',
    'iteration.exhausted',
    'it = iter([1])\nnext(it)\nnext(it)\n',
    3,
    'next(it)',
    ['next(it, None)'],
  ),
  'OverflowError: float too big': c(
    'OverflowError',
    'overflow.float',
    'x = 2.0\nfor i in range(20):\n    x = x ** 2\n',
    3,
    'x = x ** 2',
    ['too big'],
  ),
  'EOFError: more input() calls than input': c(
    'EOFError',
    'input.no-more-input',
    'a = input()\nb = input()\n',
    2,
    'b = input()',
    ['`input()`'],
    'only one line\n',
  ),
  'RuntimeError: dictionary changed during the loop': c(
    'RuntimeError',
    'runtime.changed-during-loop',
    'd = {"a": 1}\nfor k in d:\n    d[k + "!"] = 0\n',
    2,
    'for k in d:',
    ['list(d)'],
  ),
};

const slow = {
  'time limit: loop variable never changes': c(
    'TimeoutError',
    'timeout.loop-variable-unchanged',
    'i = 0\nwhile i < 10:\n    print(i)\n',
    2,
    'while i < 10:',
    ['`i`', 'i += 1'],
  ),
  'time limit: while True without break': c(
    'TimeoutError',
    'timeout.while-true-no-break',
    'n = 0\nwhile True:\n    n = n + 1\n',
    2,
    'while True:',
    ['`break`'],
  ),
};

const memory = {
  'memory limit: a list growing forever': c(
    'MemoryError',
    'memory.growing-forever',
    'xs = []\nwhile True:\n    xs.append("x" * 1000)\n',
    3,
    'xs.append("x" * 1000)',
    ['`xs`', 'line 2', 'never ends'],
  ),
  'memory limit: one enormous value': c(
    'MemoryError',
    'memory.huge-value',
    'big = "x" * (10 ** 10)\n',
    1,
    'big = "x" * (10 ** 10)',
    ['enormous'],
  ),
};

describeSandboxCases('explainError: names, imports and runtime errors', cases);
describeSandboxCases('explainError: runs stopped at the time limit', slow, {
  wallTimeMs: 1_000,
  cpuTimeMs: 1_000,
});
describeSandboxCases('explainError: runs stopped at the memory limit', memory);

describe('formatExplanation', () => {
  const sandbox = useSandbox();

  it('shows what, where, why and only the hints up to the level', async () => {
    const explanation = await explainRun(sandbox(), cases['NameError: misspelt variable'] as SandboxCase);
    const first = formatExplanation(explanation, 1);
    expect(first).toContain('**What happened:**');
    expect(first).toContain('**Where:** line 2');
    expect(first).toContain('```python\nprint("Hello " + nmae)\n```');
    expect(first).toContain('**Why:**');
    expect(first).toContain(explanation.hints[0]);
    expect(first).not.toContain(explanation.hints[1]);
    expect(first).toContain('Still stuck?');
    const second = formatExplanation(explanation, 2);
    expect(second).toContain(explanation.hints[1]);
    expect(second).not.toContain(explanation.hints[2]);
    const third = formatExplanation(explanation, 3);
    expect(third).toContain(explanation.hints[2]);
    expect(third).not.toContain('Still stuck?');
  });
});

describe('explainError on a traced run', () => {
  const sandbox = useSandbox();

  it('names the recursive function, not the tracer frame the recursion limit was hit in', async () => {
    const code = 'def f(n):\n    return f(n)\n\nf(1)\n';
    const run = await sandbox().run({ code, trace: true });
    expect(run.error?.traceback).not.toContain('<string>');
    const explanation = explainError({
      error: run.error ?? { type: 'none', message: '', line: null },
      code,
      timedOut: run.timedOut,
      memoryExceeded: run.memoryExceeded,
    });
    expect(explanation.title).toBe('`f()` calls itself forever — it has no stopping case');
    expect(explanation.details).toMatchObject({ function: 'f', call: 'return f(n)' });
  });
});
