import type { ExerciseDefinition } from '@learnflow/contracts';

/** Exercise bank of the "Errors and Exceptions" module: one easy, one medium and one hard per topic. */
export const errorsExercises: ExerciseDefinition[] = [
  // ---------------------------------------------------------------- understanding-exceptions
  {
    slug: 'understanding-exceptions-error-name',
    topic: 'understanding-exceptions',
    difficulty: 'easy',
    title: 'Which error was that?',
    prompt: `Write a function \`error_name(func)\` that calls \`func()\` (with no arguments) exactly once and tells which exception it raised.

- If \`func()\` raises an exception, return the **name of its class** as a string, e.g. \`"ZeroDivisionError"\`.
- If it finishes normally, return \`"no error"\`.

\`\`\`python
print(error_name(lambda: 1 / 0))        # ZeroDivisionError
print(error_name(lambda: int('abc')))   # ValueError
print(error_name(lambda: [1, 2][5]))    # IndexError
print(error_name(lambda: 'fine'))       # no error
\`\`\`

Tip: every object knows its class through \`type(obj)\`, and a class knows its name through \`.__name__\`.`,
    starterCode: `def error_name(func):
    """Call func() once; return the name of the exception it raises, or 'no error'."""
    pass
`,
    solution: `def error_name(func):
    """Call func() once; return the name of the exception it raises, or 'no error'."""
    try:
        func()
    except Exception as error:
        return type(error).__name__
    return "no error"
`,
    hints: [
      'Call `func()` inside a `try` block, and catch the exception in an `except` clause that gives it a name: `except Exception as error:`.',
      'Inside the `except` block, `error` is the exception object. Its class is `type(error)` and the class name is `type(error).__name__`; do not compare against a fixed list of names, any exception class must work.',
      'Return `type(error).__name__` from the `except` block, and `return "no error"` after the `try`/`except` for the case where nothing was raised.',
    ],
    tests: [
      {
        name: 'division by zero',
        code: `got = error_name(lambda: 1 / 0)
assert got == 'ZeroDivisionError', f"error_name(lambda: 1 / 0) should be 'ZeroDivisionError', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'bad conversion',
        code: `got = error_name(lambda: int('abc'))
assert got == 'ValueError', f"error_name(lambda: int('abc')) should be 'ValueError', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'no error',
        code: `got = error_name(lambda: 'fine')
assert got == 'no error', f"a function that raises nothing should give 'no error', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'more built-in errors',
        code: `cases = [
    (lambda: [1, 2][5], 'IndexError'),
    (lambda: {'a': 1}['b'], 'KeyError'),
    (lambda: None + 1, 'TypeError'),
    (lambda: open('no_such_file.txt'), 'FileNotFoundError'),
]
for func, expected in cases:
    got = error_name(func)
    assert got == expected, f"expected {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the name of whichever exception func raises is returned',
      },
      {
        name: 'an exception class made up in the test',
        code: `class OutOfCoffee(Exception):
    pass

def brew():
    raise OutOfCoffee('empty pot')

got = error_name(brew)
assert got == 'OutOfCoffee', f"any exception class must work: expected 'OutOfCoffee', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'any exception class works, not only the built-in ones',
      },
      {
        name: 'func is called exactly once',
        code: `calls = []
def tracked():
    calls.append(1)
got = error_name(tracked)
assert len(calls) == 1, f"func should be called exactly once, it was called {len(calls)} times"
assert got == 'no error', f"expected 'no error', got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: "func is called exactly once, and a call without error gives 'no error'",
      },
    ],
  },
  {
    slug: 'understanding-exceptions-error-family',
    topic: 'understanding-exceptions',
    difficulty: 'medium',
    title: 'Exception families',
    prompt: `Python's exceptions form a family tree: for example \`IndexError\` and \`KeyError\` are both kinds of \`LookupError\`.

Write a function \`error_family(error)\` that receives an **exception object** (it is not raised, just passed in) and returns its family:

| the object is an instance of | return |
| --- | --- |
| \`LookupError\` (e.g. \`IndexError\`, \`KeyError\`) | \`"lookup"\` |
| \`ArithmeticError\` (e.g. \`ZeroDivisionError\`, \`OverflowError\`) | \`"arithmetic"\` |
| \`OSError\` (e.g. \`FileNotFoundError\`, \`PermissionError\`) | \`"os"\` |
| \`ValueError\` (e.g. \`UnicodeDecodeError\`) | \`"value"\` |
| anything else | \`"other"\` |

Subclasses, including ones defined by other programmers, belong to the family of their parent.

\`\`\`python
print(error_family(KeyError('name')))       # lookup
print(error_family(FileNotFoundError()))    # os
print(error_family(TypeError('oops')))      # other
\`\`\``,
    starterCode: `def error_family(error):
    """Return 'lookup', 'arithmetic', 'os', 'value' or 'other' for an exception object."""
    pass
`,
    solution: `def error_family(error):
    """Return 'lookup', 'arithmetic', 'os', 'value' or 'other' for an exception object."""
    if isinstance(error, LookupError):
        return "lookup"
    if isinstance(error, ArithmeticError):
        return "arithmetic"
    if isinstance(error, OSError):
        return "os"
    if isinstance(error, ValueError):
        return "value"
    return "other"
`,
    hints: [
      'You do not need `try`/`except` here: you receive the exception object itself and only have to look at its class.',
      "Comparing `type(error) == LookupError` fails for `KeyError`, because a `KeyError` object's class is `KeyError`. `isinstance(error, SomeClass)` is also true for every subclass of `SomeClass`.",
      'Write one `if isinstance(error, LookupError): return "lookup"` per row of the table (ArithmeticError, OSError, ValueError), and `return "other"` at the end.',
    ],
    tests: [
      {
        name: 'the family classes themselves',
        code: `for error, expected in [(LookupError(), 'lookup'), (ArithmeticError(), 'arithmetic'), (OSError(), 'os'), (ValueError('bad'), 'value')]:
    got = error_family(error)
    assert got == expected, f"error_family({error!r}) should be {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'built-in subclasses',
        code: `for error, expected in [(IndexError('x'), 'lookup'), (KeyError('k'), 'lookup'), (ZeroDivisionError(), 'arithmetic'), (OverflowError(), 'arithmetic'), (FileNotFoundError(), 'os'), (PermissionError(), 'os')]:
    got = error_family(error)
    assert got == expected, f"{type(error).__name__} belongs to the {expected!r} family (use isinstance), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'other errors',
        code: `for error in [TypeError('oops'), NameError('x'), RuntimeError(), Exception()]:
    got = error_family(error)
    assert got == 'other', f"error_family({error!r}) should be 'other', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a decoding error is a ValueError',
        code: `try:
    b'\\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    error = e
got = error_family(error)
assert got == 'value', f"UnicodeDecodeError is a subclass of ValueError, so the family is 'value', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'an exception belongs to the family of the class it inherits from',
      },
      {
        name: 'subclasses made up in the test',
        code: `class MissingItem(KeyError):
    pass

class BadTemperature(ValueError):
    pass

assert error_family(MissingItem('milk')) == 'lookup', f"a subclass of KeyError belongs to 'lookup', got {error_family(MissingItem('milk'))!r}"
assert error_family(BadTemperature()) == 'value', f"a subclass of ValueError belongs to 'value', got {error_family(BadTemperature())!r}"`,
        weight: 2,
        hidden: true,
        rule: "subclasses, even ones you have never seen, belong to their parent's family",
      },
    ],
  },
  {
    slug: 'understanding-exceptions-cause-chain',
    topic: 'understanding-exceptions',
    difficulty: 'hard',
    title: 'Follow the chain of causes',
    prompt: `When an exception is raised while another one is being handled, Python links them, and a traceback shows *"The above exception was the direct cause of the following exception"* or *"During handling of the above exception, another exception occurred"*. The links are stored on the exception object:

- \`error.__cause__\`: the exception given explicitly with \`raise NewError(...) from original\`;
- \`error.__context__\`: the exception that was being handled when \`error\` was raised;
- \`error.__suppress_context__\`: \`True\` after \`raise ... from ...\` (including \`from None\`), meaning the context should not be shown.

Write two functions:

- \`cause_chain(error)\` returns the list of class names from \`error\` back to the original problem. From each exception, the next one is its \`__cause__\` if that is not \`None\`; otherwise its \`__context__\`, unless \`__suppress_context__\` is \`True\` (then the chain stops). The chain also stops when there is no next exception.
- \`root_cause(error)\` returns the last exception **object** of that chain (\`error\` itself if it has no cause).

\`\`\`python
try:
    try:
        {}['port']
    except KeyError as e:
        raise ValueError('bad config') from e
except ValueError as e:
    print(cause_chain(e))     # ['ValueError', 'KeyError']
    print(root_cause(e))      # 'port'   (the KeyError object)
\`\`\``,
    starterCode: `def next_in_chain(error):
    """Return the exception that led to error (see the rules), or None."""
    pass


def cause_chain(error):
    """Return the class names from error back to the original exception."""
    pass


def root_cause(error):
    """Return the original exception at the end of the chain."""
    pass
`,
    solution: `def next_in_chain(error):
    """Return the exception that led to error (see the rules), or None."""
    if error.__cause__ is not None:
        return error.__cause__
    if error.__suppress_context__:
        return None
    return error.__context__


def cause_chain(error):
    """Return the class names from error back to the original exception."""
    names = []
    current = error
    while current is not None:
        names.append(type(current).__name__)
        current = next_in_chain(current)
    return names


def root_cause(error):
    """Return the original exception at the end of the chain."""
    current = error
    while next_in_chain(current) is not None:
        current = next_in_chain(current)
    return current
`,
    hints: [
      'Write a helper that, given one exception, returns the next one in the chain (or `None`). Both functions then become a `while` loop that keeps stepping to the next exception.',
      'Check the attributes in the right order: `__cause__` first; only when it is `None` look at `__suppress_context__`, and if that is `False` use `__context__`. `raise X from None` sets the cause to `None` and suppresses the context, so the chain ends there.',
      'In `cause_chain`, start with `current = error` and while `current is not None`, append `type(current).__name__` and move to `next_in_chain(current)`. In `root_cause`, keep moving while the next exception is not `None` and return the last one.',
    ],
    tests: [
      {
        name: 'an exception without a cause',
        code: `error = ValueError('alone')
got = cause_chain(error)
assert got == ['ValueError'], f"an exception with no cause gives a one-item chain ['ValueError'], got {got!r}"
assert root_cause(error) is error, f"with no cause, root_cause should return the exception itself, got {root_cause(error)!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'raise ... from ...',
        code: `try:
    try:
        {}['port']
    except KeyError as e:
        raise ValueError('bad config') from e
except ValueError as e:
    error = e
got = cause_chain(error)
assert got == ['ValueError', 'KeyError'], f"expected ['ValueError', 'KeyError'], got {got!r}"
root = root_cause(error)
assert isinstance(root, KeyError), f"root_cause should return the KeyError object, got {root!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'implicit context',
        code: `try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name_for_the_test
except NameError as e:
    error = e
got = cause_chain(error)
assert got == ['NameError', 'ZeroDivisionError'], f"an error raised inside an except block is linked through __context__: expected ['NameError', 'ZeroDivisionError'], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'three levels',
        code: `def level1():
    return int('x')

def level2():
    try:
        level1()
    except ValueError as e:
        raise LookupError('level 2') from e

def level3():
    try:
        level2()
    except LookupError:
        raise RuntimeError('level 3')

try:
    level3()
except RuntimeError as e:
    error = e
got = cause_chain(error)
assert got == ['RuntimeError', 'LookupError', 'ValueError'], f"expected ['RuntimeError', 'LookupError', 'ValueError'], got {got!r}"
root = root_cause(error)
assert isinstance(root, ValueError) and 'x' in str(root), f"root_cause should be the ValueError from int('x'), got {root!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the chain follows every cause down to the root, however deep',
      },
      {
        name: 'from None hides the context',
        code: `try:
    try:
        [][0]
    except IndexError:
        raise KeyError('clean') from None
except KeyError as e:
    error = e
got = cause_chain(error)
assert got == ['KeyError'], f"'raise ... from None' suppresses the context: expected ['KeyError'], got {got!r}"
assert root_cause(error) is error, "with 'from None', root_cause should return the exception itself"`,
        weight: 2,
        hidden: true,
        rule: "'raise ... from None' hides the context: the chain stops there",
      },
      {
        name: 'an explicit cause wins over the context',
        code: `try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('wrapper') from ValueError('explicit')
except RuntimeError as e:
    error = e
got = cause_chain(error)
assert got == ['RuntimeError', 'ValueError'], f"__cause__ must be checked before __context__: expected ['RuntimeError', 'ValueError'], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: '`__cause__` is followed before `__context__`',
      },
    ],
  },

  // ---------------------------------------------------------------- handling-exceptions
  {
    slug: 'handling-exceptions-safe-divide',
    topic: 'handling-exceptions',
    difficulty: 'easy',
    title: 'Divide without crashing',
    prompt: `Write a function \`safe_divide(a, b)\` that returns \`a / b\`, but returns \`None\` instead of crashing when \`b\` is zero.

Use \`try\`/\`except\` and catch **only** \`ZeroDivisionError\`: other mistakes, such as dividing a string, must still raise their usual error (here a \`TypeError\`), so bugs are not hidden.

\`\`\`python
print(safe_divide(10, 4))    # 2.5
print(safe_divide(1, 0))     # None
safe_divide('6', 2)          # TypeError, as usual
\`\`\``,
    starterCode: `def safe_divide(a, b):
    """Return a / b, or None if b is zero."""
    pass
`,
    solution: `def safe_divide(a, b):
    """Return a / b, or None if b is zero."""
    try:
        return a / b
    except ZeroDivisionError:
        return None
`,
    hints: [
      'Put the risky operation `a / b` inside a `try:` block and return its result from there.',
      'Which exception does `1 / 0` raise? Name exactly that class in the `except` clause: a bare `except:` or `except Exception:` would also swallow the `TypeError` of `"6" / 2`.',
      'Write `try: return a / b` followed by `except ZeroDivisionError: return None`.',
    ],
    tests: [
      {
        name: 'normal division',
        code: `got = safe_divide(10, 4)
assert got == 2.5, f"safe_divide(10, 4) should be 2.5, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'division by zero gives None',
        code: `try:
    got = safe_divide(1, 0)
except ZeroDivisionError:
    raise AssertionError("safe_divide(1, 0) crashed with ZeroDivisionError: catch it and return None") from None
assert got is None, f"safe_divide(1, 0) should return None, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'zero and negative numbers',
        code: `assert safe_divide(0, 5) == 0.0, f"safe_divide(0, 5) should be 0.0, got {safe_divide(0, 5)!r}"
assert safe_divide(-9, 3) == -3.0, f"safe_divide(-9, 3) should be -3.0, got {safe_divide(-9, 3)!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a float zero too',
        code: `got = safe_divide(2.5, 0.0)
assert got is None, f"safe_divide(2.5, 0.0) should return None, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'dividing by any kind of zero returns None',
      },
      {
        name: 'other errors are not hidden',
        code: `try:
    result = safe_divide('6', 2)
except TypeError:
    pass
else:
    raise AssertionError(f"safe_divide('6', 2) should raise TypeError (catch only ZeroDivisionError), but it returned {result!r}")`,
        weight: 2,
        hidden: true,
        rule: 'only ZeroDivisionError is caught; other errors propagate',
      },
    ],
  },
  {
    slug: 'handling-exceptions-sum-input',
    topic: 'handling-exceptions',
    difficulty: 'medium',
    title: 'Add up the numbers you are given',
    prompt: `Write a **program** that reads lines from standard input until there are no more, and adds up the whole numbers.

- Read with \`input()\` in a loop. When the input is exhausted, \`input()\` raises \`EOFError\`: catch it to stop the loop.
- Strip spaces around each line. Empty lines are skipped silently.
- A line that is not a whole number (\`int()\` raises \`ValueError\`) is not added; print \`Skipping invalid line: <line>\` (the stripped line) and keep going.
- At the end print \`Total: <sum>\`.

Example, with this input:

\`\`\`text
5
abc
10
\`\`\`

the program prints:

\`\`\`text
Skipping invalid line: abc
Total: 15
\`\`\`

With no input at all it prints \`Total: 0\`.`,
    starterCode: `def main():
    """Read lines until EOF, add up the whole numbers, report invalid lines, print the total."""
    pass


main()
`,
    solution: `def main():
    """Read lines until EOF, add up the whole numbers, report invalid lines, print the total."""
    total = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        line = line.strip()
        if not line:
            continue
        try:
            total += int(line)
        except ValueError:
            print(f"Skipping invalid line: {line}")
    print(f"Total: {total}")


main()
`,
    hints: [
      'You need a `while True:` loop around `input()` and two different `try`/`except` blocks: one for the end of the input (`EOFError`) and one for a line that is not a number (`ValueError`).',
      'Keep each `try` block small: wrap only `input()` in the first one (and `break` in its `except`), and only `int(line)` in the second one (print the message in its `except`). Print the total after the loop, not inside it.',
      'Loop: `try: line = input()` / `except EOFError: break`; `line = line.strip()`; `if not line: continue`; `try: total += int(line)` / `except ValueError: print(f"Skipping invalid line: {line}")`. After the loop: `print(f"Total: {total}")`.',
    ],
    tests: [
      {
        name: 'all lines are numbers',
        code: `out = run('1\\n2\\n3\\n')
lines = out.strip().splitlines()
assert lines == ['Total: 6'], f"with the input 1, 2, 3 the program should print only 'Total: 6', but it printed:\\n{out or '(nothing)'}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'invalid lines are reported',
        code: `out = run('5\\nabc\\n10\\n')
lines = out.strip().splitlines()
expected = ['Skipping invalid line: abc', 'Total: 15']
assert lines == expected, f"with the input 5, abc, 10 the program should print {expected!r}, but it printed:\\n{out or '(nothing)'}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'last line without a newline',
        code: `out = run('7\\n8')
lines = out.strip().splitlines()
assert lines == ['Total: 15'], f"with the input '7\\\\n8' the program should print 'Total: 15', but it printed:\\n{out or '(nothing)'}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'no input at all',
        code: `try:
    out = run('')
except EOFError:
    raise AssertionError("with empty input, input() raises EOFError right away: catch it and print 'Total: 0'") from None
assert out.strip().splitlines() == ['Total: 0'], f"with no input the program should print 'Total: 0', but it printed:\\n{out or '(nothing)'}"`,
        weight: 2,
        hidden: true,
        rule: 'no input at all prints Total: 0',
      },
      {
        name: 'spaces, blank lines and negatives',
        code: `out = run('  4  \\n\\n   \\n-2\\n')
lines = out.strip().splitlines()
assert lines == ['Total: 2'], f"spaces are stripped, blank lines skipped silently and -2 is a number: expected only 'Total: 2', but it printed:\\n{out or '(nothing)'}"`,
        weight: 1,
        hidden: true,
        rule: 'spaces are stripped, blank lines skipped silently, and negative numbers count',
      },
      {
        name: 'decimals are not whole numbers',
        code: `out = run('2.5\\n3\\nten\\n')
lines = out.strip().splitlines()
expected = ['Skipping invalid line: 2.5', 'Skipping invalid line: ten', 'Total: 3']
assert lines == expected, f"expected {expected!r}, but the program printed:\\n{out or '(nothing)'}"`,
        weight: 1,
        hidden: true,
        rule: 'a line that is not a whole number, a decimal included, is reported as skipped and not added',
      },
    ],
  },
  {
    slug: 'handling-exceptions-retry',
    topic: 'handling-exceptions',
    difficulty: 'hard',
    title: 'Try again on connection errors',
    prompt: `Network calls sometimes fail for a moment. Write a function \`retry(func, attempts=3)\` that calls \`func()\` (no arguments) until it succeeds.

- Return the result of the first call that does not raise.
- Only \`ConnectionError\` (and its subclasses, e.g. \`ConnectionRefusedError\`) is worth a retry. Any other exception must propagate **immediately**, without further calls.
- Make at most \`attempts\` calls. If every call raised \`ConnectionError\`, re-raise the **last** one.
- If \`attempts\` is smaller than 1, raise \`ValueError\` without calling \`func\` at all.

\`\`\`python
calls = 0

def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ConnectionError(f'attempt {calls} failed')
    return 'data'

print(retry(flaky))   # data   (after 3 calls)
\`\`\``,
    starterCode: `def retry(func, attempts=3):
    """Call func() up to attempts times, retrying only on ConnectionError; return its result."""
    pass
`,
    solution: `def retry(func, attempts=3):
    """Call func() up to attempts times, retrying only on ConnectionError; return its result."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    last_error = None
    for _ in range(attempts):
        try:
            return func()
        except ConnectionError as error:
            last_error = error
    raise last_error
`,
    hints: [
      'A `for` loop over `range(attempts)` with a `try` block inside it is the skeleton: `return func()` inside the `try` leaves the loop as soon as a call succeeds.',
      'Catch only `ConnectionError` so other exceptions escape on their own. Remember the caught exception in a variable (`except ConnectionError as error:`), because after the loop you must raise it again. Check `attempts` before the loop.',
      'Start with `if attempts < 1: raise ValueError(...)`. In the loop: `try: return func()` / `except ConnectionError as error: last_error = error`. After the loop: `raise last_error`.',
    ],
    tests: [
      {
        name: 'succeeds at once',
        code: `calls = []
def ok():
    calls.append(1)
    return 'data'
got = retry(ok)
assert got == 'data', f"retry should return func's result 'data', got {got!r}"
assert len(calls) == 1, f"a function that works at once should be called once, it was called {len(calls)} times"
got = retry(ok, attempts=1)
assert got == 'data', f"retry(ok, attempts=1) allows one call and should return 'data', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'succeeds after two failures',
        code: `calls = []
def flaky():
    calls.append(1)
    if len(calls) < 3:
        raise ConnectionError(f'attempt {len(calls)} failed')
    return 42
got = retry(flaky, attempts=5)
assert got == 42, f"retry should return 42 once a call succeeds, got {got!r}"
assert len(calls) == 3, f"two failures then a success means 3 calls, got {len(calls)}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'gives up after the last attempt',
        code: `calls = []
def down():
    calls.append(1)
    raise ConnectionError(f'attempt {len(calls)} failed')
try:
    retry(down, attempts=4)
except ConnectionError as e:
    assert str(e) == 'attempt 4 failed', f"the last error ('attempt 4 failed') should be re-raised, got {str(e)!r}"
else:
    raise AssertionError("when every attempt fails, retry should re-raise the last ConnectionError")
assert len(calls) == 4, f"with attempts=4, func should be called 4 times, it was called {len(calls)} times"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'other errors are not retried',
        code: `calls = []
def broken():
    calls.append(1)
    raise KeyError('config')
try:
    retry(broken, attempts=5)
except KeyError:
    pass
else:
    raise AssertionError("a KeyError should propagate out of retry")
assert len(calls) == 1, f"only ConnectionError is retried: func should be called once, it was called {len(calls)} times"`,
        weight: 2,
        hidden: true,
        rule: 'an error other than ConnectionError propagates at once, without another call',
      },
      {
        name: 'subclasses of ConnectionError are retried',
        code: `calls = []
def refusing():
    calls.append(1)
    if len(calls) == 1:
        raise ConnectionRefusedError('refused')
    return 'ok'
got = retry(refusing)
assert got == 'ok' and len(calls) == 2, f"ConnectionRefusedError is a ConnectionError and should be retried: got {got!r} after {len(calls)} calls"`,
        weight: 1,
        hidden: true,
        rule: 'subclasses of ConnectionError are retried too',
      },
      {
        name: 'default of three attempts',
        code: `calls = []
def down():
    calls.append(1)
    raise ConnectionError('down')
try:
    retry(down)
except ConnectionError:
    pass
else:
    raise AssertionError("retry(down) should raise ConnectionError in the end")
assert len(calls) == 3, f"the default is 3 attempts, func was called {len(calls)} times"`,
        weight: 1,
        hidden: true,
        rule: 'without attempts, func is called at most 3 times',
      },
      {
        name: 'invalid number of attempts',
        code: `calls = []
def ok():
    calls.append(1)
    return 1
try:
    retry(ok, attempts=0)
except ValueError:
    pass
else:
    raise AssertionError("retry(func, attempts=0) should raise ValueError")
assert calls == [], "with an invalid number of attempts, func must not be called"`,
        weight: 2,
        hidden: true,
        rule: 'attempts below 1 raise ValueError without calling func',
      },
    ],
  },

  // ---------------------------------------------------------------- raising-exceptions
  {
    slug: 'raising-exceptions-validate-age',
    topic: 'raising-exceptions',
    difficulty: 'easy',
    title: 'Reject impossible ages',
    prompt: `Write a function \`validate_age(age)\` that checks an age and returns it unchanged when it is valid.

- If \`age\` is not an \`int\` (e.g. \`"30"\` or \`30.5\`), raise \`TypeError\`.
- If \`age\` is below \`0\` or above \`150\`, raise \`ValueError\` with a message that contains the bad value, e.g. \`"age must be between 0 and 150, got -5"\`.
- Otherwise return \`age\`. Both \`0\` and \`150\` are valid.

\`\`\`python
print(validate_age(42))   # 42
validate_age(-5)          # ValueError: age must be between 0 and 150, got -5
validate_age('30')        # TypeError
\`\`\``,
    starterCode: `def validate_age(age):
    """Return age if it is an int between 0 and 150; raise TypeError or ValueError otherwise."""
    pass
`,
    solution: `def validate_age(age):
    """Return age if it is an int between 0 and 150; raise TypeError or ValueError otherwise."""
    if not isinstance(age, int):
        raise TypeError(f"age must be an int, got {type(age).__name__}")
    if age < 0 or age > 150:
        raise ValueError(f"age must be between 0 and 150, got {age}")
    return age
`,
    hints: [
      'You signal a problem with the `raise` statement followed by an exception object, e.g. `raise ValueError("message")`. It stops the function immediately.',
      'Check the type first (`isinstance(age, int)`), otherwise comparing `"30" < 0` would itself crash with a confusing error. Use an f-string to put the bad value in the message.',
      'Write `if not isinstance(age, int): raise TypeError(...)`, then `if age < 0 or age > 150: raise ValueError(f"age must be between 0 and 150, got {age}")`, and finally `return age`.',
    ],
    tests: [
      {
        name: 'valid ages are returned',
        code: `for age in [1, 42, 99]:
    got = validate_age(age)
    assert got == age, f"validate_age({age}) should return {age}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'negative age',
        code: `try:
    validate_age(-5)
except ValueError:
    pass
except Exception as e:
    raise AssertionError(f"validate_age(-5) should raise ValueError, not {type(e).__name__}")
else:
    raise AssertionError("validate_age(-5) should raise ValueError, but it returned normally")
try:
    validate_age(-1)
except ValueError:
    pass
else:
    raise AssertionError("validate_age(-1) should raise ValueError: every age below 0 is invalid")`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'too old',
        code: `try:
    validate_age(151)
except ValueError:
    pass
except Exception as e:
    raise AssertionError(f"validate_age(151) should raise ValueError, not {type(e).__name__}")
else:
    raise AssertionError("validate_age(151) should raise ValueError, but it returned normally")`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'the limits are valid',
        code: `for age in [0, 150]:
    try:
        got = validate_age(age)
    except Exception as e:
        raise AssertionError(f"{age} is a valid age, but validate_age({age}) raised {type(e).__name__}") from None
    assert got == age, f"validate_age({age}) should return {age}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'both limits, 0 and 150, are valid ages',
      },
      {
        name: 'wrong types',
        code: `for bad in ['30', 30.5, None]:
    try:
        validate_age(bad)
    except TypeError:
        pass
    except Exception as e:
        raise AssertionError(f"validate_age({bad!r}) should raise TypeError, not {type(e).__name__}") from None
    else:
        raise AssertionError(f"validate_age({bad!r}) should raise TypeError, but it returned normally")`,
        weight: 2,
        hidden: true,
        rule: 'anything that is not an int raises TypeError',
      },
      {
        name: 'the message shows the value',
        code: `try:
    validate_age(-5)
except ValueError as e:
    assert '-5' in str(e), f"the ValueError message should contain the bad value -5, got {str(e)!r}"
else:
    raise AssertionError("validate_age(-5) should raise ValueError")`,
        weight: 1,
        hidden: true,
        rule: 'the ValueError message contains the bad value',
      },
    ],
  },
  {
    slug: 'raising-exceptions-insufficient-funds',
    topic: 'raising-exceptions',
    difficulty: 'medium',
    title: 'A custom InsufficientFundsError',
    prompt: `Define your own exception and raise it.

1. A class \`InsufficientFundsError\` that inherits from \`Exception\`. Its constructor is \`InsufficientFundsError(balance, amount)\`: it stores both as attributes \`balance\` and \`amount\`, and passes the message \`"cannot withdraw <amount> from a balance of <balance>"\` to \`super().__init__()\` so that \`str(error)\` gives that message.
2. A function \`withdraw(balance, amount)\` that returns the new balance \`balance - amount\`, except:
   - if \`amount\` is zero or negative, raise \`ValueError("amount must be positive")\`;
   - if \`amount\` is bigger than \`balance\`, raise \`InsufficientFundsError(balance, amount)\`. Withdrawing the whole balance is fine.

\`\`\`python
print(withdraw(100, 30))       # 70
try:
    withdraw(20, 50)
except InsufficientFundsError as e:
    print(e)                   # cannot withdraw 50 from a balance of 20
    print(e.amount - e.balance)  # 30
\`\`\``,
    starterCode: `class InsufficientFundsError(Exception):
    """Raised when a withdrawal is bigger than the balance."""

    def __init__(self, balance, amount):
        """Store balance and amount, and build the message."""
        pass


def withdraw(balance, amount):
    """Return the new balance, or raise ValueError / InsufficientFundsError (see the task)."""
    pass
`,
    solution: `class InsufficientFundsError(Exception):
    """Raised when a withdrawal is bigger than the balance."""

    def __init__(self, balance, amount):
        """Store balance and amount, and build the message."""
        super().__init__(f"cannot withdraw {amount} from a balance of {balance}")
        self.balance = balance
        self.amount = amount


def withdraw(balance, amount):
    """Return the new balance, or raise ValueError / InsufficientFundsError (see the task)."""
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise InsufficientFundsError(balance, amount)
    return balance - amount
`,
    hints: [
      'A custom exception is an ordinary class that inherits from `Exception`; it can have an `__init__` that stores extra attributes, like any class.',
      'The message shown by `str(error)` is whatever you pass to `Exception.__init__`, so call `super().__init__(message)` with the formatted text, then set `self.balance` and `self.amount`.',
      'In `__init__`: `super().__init__(f"cannot withdraw {amount} from a balance of {balance}")` plus the two attributes. In `withdraw`: `raise ValueError(...)` if `amount <= 0`, `raise InsufficientFundsError(balance, amount)` if `amount > balance`, else `return balance - amount`.',
    ],
    tests: [
      {
        name: 'it is an Exception',
        code: `assert issubclass(InsufficientFundsError, Exception), "InsufficientFundsError must inherit from Exception: class InsufficientFundsError(Exception):"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a normal withdrawal',
        code: `got = withdraw(100, 30)
assert got == 70, f"withdraw(100, 30) should return 70, got {got!r}"
got = withdraw(100, 1)
assert got == 99, f"withdraw(100, 1) should return 99, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'too much raises InsufficientFundsError',
        code: `try:
    withdraw(20, 50)
except InsufficientFundsError:
    pass
except Exception as e:
    raise AssertionError(f"withdraw(20, 50) should raise InsufficientFundsError, not {type(e).__name__}")
else:
    raise AssertionError("withdraw(20, 50) should raise InsufficientFundsError, but it returned normally")`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'attributes and message',
        code: `error = InsufficientFundsError(20, 50)
assert getattr(error, 'balance', None) == 20 and getattr(error, 'amount', None) == 50, "InsufficientFundsError(20, 50) should have .balance == 20 and .amount == 50"
expected = 'cannot withdraw 50 from a balance of 20'
assert str(error) == expected, f"str(error) should be {expected!r}, got {str(error)!r}: pass the message to super().__init__()"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'zero or negative amounts',
        code: `for amount in [0, -5]:
    try:
        withdraw(100, amount)
    except ValueError:
        pass
    except Exception as e:
        raise AssertionError(f"withdraw(100, {amount}) should raise ValueError, not {type(e).__name__}") from None
    else:
        raise AssertionError(f"withdraw(100, {amount}) should raise ValueError, but it returned normally")`,
        weight: 2,
        hidden: true,
        rule: 'a zero or negative amount raises ValueError',
      },
      {
        name: 'the whole balance',
        code: `try:
    got = withdraw(20, 20)
except Exception as e:
    raise AssertionError(f"withdrawing the whole balance should work, but withdraw(20, 20) raised {type(e).__name__}") from None
assert got == 0, f"withdraw(20, 20) should return 0, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'withdrawing the whole balance is fine',
      },
      {
        name: 'the raised error carries the numbers',
        code: `try:
    withdraw(35, 80)
except Exception as e:
    assert isinstance(e, InsufficientFundsError), f"expected InsufficientFundsError, got {type(e).__name__}"
    assert (e.balance, e.amount) == (35, 80), f"the error should carry balance 35 and amount 80, got {e.balance!r} and {e.amount!r}"
    assert str(e) == 'cannot withdraw 80 from a balance of 35', f"unexpected message {str(e)!r}"
else:
    raise AssertionError("withdraw(35, 80) should raise InsufficientFundsError")`,
        weight: 1,
        hidden: true,
        rule: 'the InsufficientFundsError raised carries the balance, the amount and the message',
      },
    ],
  },
  {
    slug: 'raising-exceptions-parse-records',
    topic: 'raising-exceptions',
    difficulty: 'hard',
    title: 'Validate records with a custom error',
    prompt: `Parse lines like \`"Ada, 36, ada@example.org"\` into dictionaries, reporting bad lines with your own exception.

1. \`class RecordError(ValueError)\`: a custom exception (it needs no body beyond a docstring or \`pass\`).
2. \`parse_record(line)\` splits \`line\` on commas, strips spaces around each field and returns \`{'name': ..., 'age': ..., 'email': ...}\` with \`age\` as an \`int\`. It raises \`RecordError\` with exactly these messages, checked in this order:
   - not exactly 3 fields: \`"expected 3 fields, got <n>"\`
   - empty name: \`"name is empty"\`
   - age is not a whole number: \`"invalid age: '<age>'"\` (the age text with \`!r\`). Raise it **from** the \`ValueError\` of \`int()\` (\`raise ... from err\`) so the original error stays attached as \`__cause__\`.
   - negative age: \`"age cannot be negative"\`
   - email without \`@\`: \`"invalid email: '<email>'"\` (with \`!r\`)
3. \`parse_all(lines)\` parses a list of lines and returns a tuple \`(records, errors)\`: \`records\` is the list of parsed dicts, \`errors\` a list of strings \`"line <n>: <message>"\` for the lines that raised \`RecordError\` (\`n\` starts at 1). Blank lines are skipped but still counted.

\`\`\`python
records, errors = parse_all(['Ada, 36, ada@example.org', '', 'Bob, x, bob@example.org'])
print(records)  # [{'name': 'Ada', 'age': 36, 'email': 'ada@example.org'}]
print(errors)   # ["line 3: invalid age: 'x'"]
\`\`\``,
    starterCode: `class RecordError(ValueError):
    """Raised when a line is not a valid record."""


def parse_record(line):
    """Parse 'name, age, email' into a dict, or raise RecordError."""
    pass


def parse_all(lines):
    """Return (records, errors) for a list of lines; see the task for the formats."""
    pass
`,
    solution: `class RecordError(ValueError):
    """Raised when a line is not a valid record."""


def parse_record(line):
    """Parse 'name, age, email' into a dict, or raise RecordError."""
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 3:
        raise RecordError(f"expected 3 fields, got {len(fields)}")
    name, age_text, email = fields
    if not name:
        raise RecordError("name is empty")
    try:
        age = int(age_text)
    except ValueError as err:
        raise RecordError(f"invalid age: {age_text!r}") from err
    if age < 0:
        raise RecordError("age cannot be negative")
    if "@" not in email:
        raise RecordError(f"invalid email: {email!r}")
    return {"name": name, "age": age, "email": email}


def parse_all(lines):
    """Return (records, errors) for a list of lines; see the task for the formats."""
    records = []
    errors = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(parse_record(line))
        except RecordError as err:
            errors.append(f"line {number}: {err}")
    return records, errors
`,
    hints: [
      '`parse_record` is a sequence of checks, each one ending in `raise RecordError("...")` when it fails; only if all pass do you build and return the dict. `parse_all` then catches `RecordError` for each line.',
      'Converting the age needs its own small `try`/`except ValueError as err:` around `int(...)`, whose `except` block raises the `RecordError` with `from err`. In `parse_all`, `str(err)` (or `{err}` in an f-string) gives the message, and `enumerate(lines, start=1)` gives the line numbers.',
      'For the age: `try: age = int(age_text)` / `except ValueError as err: raise RecordError(f"invalid age: {age_text!r}") from err`. In `parse_all`: for each `number, line`, `continue` on blank lines, then `try: records.append(parse_record(line))` / `except RecordError as err: errors.append(f"line {number}: {err}")`; return `records, errors`.',
    ],
    tests: [
      {
        name: 'a valid record',
        code: `got = parse_record('  Ada ,36,  ada@example.org ')
expected = {'name': 'Ada', 'age': 36, 'email': 'ada@example.org'}
assert got == expected, f"expected {expected!r} (fields stripped, age as int), got {got!r}"
assert type(got['age']) is int, f"age should be the int 36, got {got['age']!r}"
got = parse_record('Kit, 0, kit@example.org')
assert got == {'name': 'Kit', 'age': 0, 'email': 'kit@example.org'}, f"an age of 0 is valid: expected {{'name': 'Kit', 'age': 0, 'email': 'kit@example.org'}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'RecordError is a ValueError',
        code: `assert issubclass(RecordError, ValueError), "RecordError must inherit from ValueError: class RecordError(ValueError):"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'wrong number of fields',
        code: `for line, expected in [('Ada, 36', 'expected 3 fields, got 2'), ('a,1,b@c,d', 'expected 3 fields, got 4')]:
    try:
        parse_record(line)
    except RecordError as e:
        assert str(e) == expected, f"parse_record({line!r}) should say {expected!r}, got {str(e)!r}"
    except Exception as e:
        raise AssertionError(f"parse_record({line!r}) should raise RecordError, not {type(e).__name__}: {e}") from None
    else:
        raise AssertionError(f"parse_record({line!r}) should raise RecordError")`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'bad age keeps its cause',
        code: `try:
    parse_record('Bob, forty, bob@example.org')
except RecordError as e:
    assert str(e) == "invalid age: 'forty'", f"the message should be \\"invalid age: 'forty'\\", got {str(e)!r}"
    assert isinstance(e.__cause__, ValueError), f"raise the RecordError 'from' the ValueError of int(): __cause__ is {e.__cause__!r}"
except Exception as e:
    raise AssertionError(f"a bad age should raise RecordError, not {type(e).__name__}: {e}") from None
else:
    raise AssertionError("parse_record('Bob, forty, bob@example.org') should raise RecordError")`,
        weight: 2,
        hidden: true,
        rule: 'a bad age raises RecordError from the ValueError of int()',
      },
      {
        name: 'other invalid fields',
        code: `cases = [
    (' , 30, x@y.org', 'name is empty'),
    ('Cy, -1, cy@example.org', 'age cannot be negative'),
    ('Di, 30, di.example.org', "invalid email: 'di.example.org'"),
]
for line, expected in cases:
    try:
        parse_record(line)
    except RecordError as e:
        assert str(e) == expected, f"parse_record({line!r}) should say {expected!r}, got {str(e)!r}"
    except Exception as e:
        raise AssertionError(f"parse_record({line!r}) should raise RecordError, not {type(e).__name__}: {e}") from None
    else:
        raise AssertionError(f"parse_record({line!r}) should raise RecordError({expected!r})")`,
        weight: 1,
        hidden: true,
        rule: 'each invalid field raises RecordError with exactly the message of the task',
      },
      {
        name: 'parse_all collects records and errors',
        code: `result = parse_all(['Ada, 36, ada@example.org', 'Bob, x, bob@example.org', 'Cy, 7, cy@example.org'])
assert isinstance(result, tuple) and len(result) == 2, f"parse_all should return a tuple (records, errors), got {result!r}"
records, errors = result
assert records == [{'name': 'Ada', 'age': 36, 'email': 'ada@example.org'}, {'name': 'Cy', 'age': 7, 'email': 'cy@example.org'}], f"unexpected records: {records!r}"
assert errors == ["line 2: invalid age: 'x'"], f"errors should be [\\"line 2: invalid age: 'x'\\"], got {errors!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'blank lines are skipped but counted',
        code: `result = parse_all(['', 'Ada, 36, ada@example.org', '   ', 'broken', 'Eve, 5'])
assert isinstance(result, tuple) and len(result) == 2, f"parse_all should return a tuple (records, errors), got {result!r}"
records, errors = result
assert len(records) == 1, f"only one valid record, got {records!r}"
expected = ['line 4: expected 3 fields, got 1', 'line 5: expected 3 fields, got 2']
assert errors == expected, f"blank lines are skipped but still counted: expected {expected!r}, got {errors!r}"`,
        weight: 2,
        hidden: true,
        rule: 'blank lines are skipped but still counted in the line numbers',
      },
    ],
  },
];
