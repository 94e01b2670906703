import type { Lesson } from '@learnflow/contracts';

/** Module "Errors and Exceptions": understanding, handling and raising exceptions. */
export const errorsLessons: Record<string, Lesson> = {
  'understanding-exceptions': {
    summary:
      'An exception is an error raised while a program runs; its traceback tells you what went wrong and where.',
    explanation: [
      'Python reports problems in two ways. A **syntax error** means the code is not valid Python, such as a missing colon or bracket. Python finds it *before* running anything, so not a single line runs. An **exception** is a **runtime error**: the code is valid, but something goes wrong *while* it runs, such as dividing by zero or opening a missing file. Everything before the failing line has already run; at that line the program stops, unless the exception is handled.',
      'When an exception stops a program, Python prints a **traceback**:',
      '```text\nTraceback (most recent call last):\n  File "main.py", line 3, in <module>\n    print(prices[5])\nIndexError: list index out of range\n```',
      '**Read it from the bottom up.** The last line gives the **exception type** (`IndexError`) and the **error message** (`list index out of range`). The lines above show where it happened: the file, the line number and the code itself. If the error happened inside a function, there is one entry for each function call, with the most recent call last.',
      'The **built-in exceptions** you will meet most often:\n\n- `NameError`: a name is not defined, often a typo.\n- `TypeError`: an operation got the wrong type, like `"age" + 5`.\n- `ValueError`: the type is right but the value is not, like `int("abc")`.\n- `IndexError`: a list index is out of range.\n- `KeyError`: a dictionary key is missing.\n- `ZeroDivisionError`: division by zero.\n- `AttributeError`: the object has no such attribute or method.\n- `FileNotFoundError`: the file does not exist.',
      'Exceptions are classes arranged in an **exception hierarchy**. Almost all of them inherit from `Exception`, and related ones share a parent: `IndexError` and `KeyError` are both kinds of `LookupError`. This matters when you handle them, because catching a parent class also catches its children.',
      'The line shown in a traceback is where the problem was *noticed*, not always where it was *caused*. A `TypeError` about `NoneType` often means an earlier function returned `None` instead of a value.',
    ].join('\n\n'),
    examples: [
      {
        title: "Looking at an exception's type and message",
        code: `try:
    print(10 / 0)
except Exception as error:
    print(type(error).__name__)
    print(error)
print("The program keeps going")
`,
        expectedOutput: `ZeroDivisionError
division by zero
The program keeps going
`,
        explanation:
          'We catch the exception only to look at it: its type name is `ZeroDivisionError` and its message is `division by zero`, exactly what the last line of a traceback would show.',
      },
      {
        title: 'Common built-in exceptions',
        code: `def try_it(description, action):
    try:
        action()
    except Exception as error:
        print(f"{description}: {type(error).__name__}: {error}")

try_it("int('abc')", lambda: int("abc"))
try_it("list index", lambda: [1, 2, 3][5])
try_it("missing key", lambda: {"a": 1}["b"])
try_it("str + int", lambda: "age" + 5)
try_it("typo", lambda: pritn("hi"))
`,
        expectedOutput: `int('abc'): ValueError: invalid literal for int() with base 10: 'abc'
list index: IndexError: list index out of range
missing key: KeyError: 'b'
str + int: TypeError: can only concatenate str (not "int") to str
typo: NameError: name 'pritn' is not defined
`,
        explanation:
          'Each small lambda triggers a different exception, and `try_it` prints the type and message. Learn to recognise these five: they cause most beginner tracebacks.',
      },
      {
        title: 'Code before the error runs, code after it does not',
        code: `print("Step 1")
numbers = [1, 2, 3]
try:
    print("Step 2")
    print(numbers[10])
    print("Step 3")
except IndexError as error:
    print("Stopped with:", error)
print("After")
`,
        expectedOutput: `Step 1
Step 2
Stopped with: list index out of range
After
`,
        explanation:
          'Steps 1 and 2 run normally. The exception happens at `numbers[10]`, so `Step 3` is never printed; execution jumps straight to the handler.',
      },
      {
        title: 'The exception hierarchy',
        code: `for cls in ZeroDivisionError.__mro__:
    print(cls.__name__)
print(issubclass(KeyError, LookupError))
print(issubclass(IndexError, LookupError))
`,
        expectedOutput: `ZeroDivisionError
ArithmeticError
Exception
BaseException
object
True
True
`,
        explanation:
          '`__mro__` lists a class and all its ancestors. `ZeroDivisionError` is an `ArithmeticError`, which is an `Exception`. `KeyError` and `IndexError` share the parent `LookupError`.',
      },
    ],
    commonMistakes: [
      {
        mistake: 'Reading a traceback from the top and getting lost in the file paths.',
        fix: 'Start at the last line (type and message), then look at the line just above it to find your code.',
      },
      {
        mistake:
          'Confusing a `SyntaxError` with a runtime exception and wondering why no output appeared at all.',
        fix: 'A syntax error stops the program before it starts; fix the line it points to (often a missing `:`, bracket or quote).',
      },
      {
        mistake:
          "Fixing the line in the traceback when the real cause is earlier, e.g. `TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'` caused by a function that forgot to `return`.",
        fix: 'Ask where the bad value came from, and trace it back through your code.',
      },
      {
        mistake:
          "Ignoring the hint in the message: `NameError: name 'pritn' is not defined. Did you mean: 'print'?` already names the typo.",
        fix: 'Read the whole message; Python often suggests the fix.',
      },
      {
        mistake: 'Hiding every error with a bare `except:` so the program keeps running with wrong results.',
        fix: 'Let unexpected exceptions show their traceback while you develop, and only catch the specific ones you can handle.',
      },
    ],
    keyTerms: [
      {
        term: 'exception',
        definition: 'An error raised while a program runs, which stops it unless it is handled.',
      },
      {
        term: 'syntax error',
        definition: 'Code that is not valid Python, found before the program starts running.',
      },
      {
        term: 'runtime error',
        definition: 'An error that happens while the program is running; in Python, an exception.',
      },
      {
        term: 'traceback',
        definition: 'The report Python prints for an unhandled exception, showing where it happened.',
      },
      {
        term: 'exception type',
        definition: 'The class of the exception, such as `ValueError` or `KeyError`.',
      },
      { term: 'error message', definition: 'The text after the exception type explaining what went wrong.' },
      {
        term: 'built-in exceptions',
        definition: 'The exception classes Python provides, such as `TypeError` and `IndexError`.',
      },
      {
        term: 'exception hierarchy',
        definition: 'The family tree of exception classes; catching a parent also catches its children.',
      },
    ],
  },

  'handling-exceptions': {
    summary:
      'Wrap risky code in `try` and handle specific exceptions in `except`; `else` runs on success and `finally` always runs.',
    explanation: [
      'Some errors are expected: a user types letters instead of a number, a file is missing. Instead of letting the program crash, you can **handle** the exception with a `try` statement:',
      '```python\ntry:\n    age = int(text)\nexcept ValueError:\n    print("Please enter a whole number.")\n```',
      'Python runs the **try** block. If no exception happens, the `except` block is skipped. If an exception happens, the rest of the `try` block is skipped and Python looks for an **except** clause whose type matches. The first match runs, and the program then continues after the whole statement. If nothing matches, the exception continues upwards as if there were no `try`.',
      'Always catch a **specific exception**: `except ValueError:` handles only the error you expect. A bare `except:` or `except Exception:` also catches mistakes you did not expect, such as a `NameError` from a typo, and hides them. You can have several `except` clauses, or catch several types at once with a tuple: `except (ValueError, TypeError):`. Python tries them from top to bottom, so put specific types before general ones.',
      'Write `except ValueError as error:` to get the **exception object**; `print(error)` shows its message.',
      'Two optional clauses complete the statement:\n\n- **else** runs only if the `try` block finished without an exception. Put the code that should run only on success there, which keeps the `try` block small.\n- **finally** runs in every case, success or failure, even after a `return`. Use it for clean-up.',
      'Handling an exception means doing something useful: showing a clear message, using a default value, or asking again. Catching an error and then ignoring it with `pass` usually just hides a bug.',
      'Python style often prefers trying an operation and handling the failure over checking everything in advance. This is called **EAFP**: "it is Easier to Ask Forgiveness than Permission".',
    ].join('\n\n'),
    examples: [
      {
        title: 'Catching a ValueError',
        code: `def parse_age(text):
    try:
        return int(text)
    except ValueError:
        print(f"'{text}' is not a whole number")
        return None

print(parse_age("42"))
print(parse_age("forty"))
`,
        expectedOutput: `42
'forty' is not a whole number
None
`,
        explanation:
          'For `"42"` the conversion works and the `except` block is skipped. For `"forty"`, `int()` raises `ValueError`, which is handled with a message and a `None` result instead of a crash.',
      },
      {
        title: 'Several except clauses and else',
        code: `def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return "cannot divide by zero"
    except TypeError as error:
        return f"bad types: {error}"
    else:
        return f"result is {result}"

print(divide(10, 4))
print(divide(1, 0))
print(divide("10", 2))
`,
        expectedOutput: `result is 2.5
cannot divide by zero
bad types: unsupported operand type(s) for /: 'str' and 'int'
`,
        explanation:
          'Each kind of failure gets its own handler, and `as error` gives access to the message. The `else` block runs only when the division succeeded.',
      },
      {
        title: 'finally always runs',
        code: `def average(values):
    try:
        print("Processing", values)
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("Empty list!")
        return 0
    finally:
        print("Finished")

print(average([2, 4]))
print(average([]))
`,
        expectedOutput: `Processing [2, 4]
Finished
3.0
Processing []
Empty list!
Finished
0
`,
        explanation:
          '`Finished` is printed in both cases, even though the function returns from inside `try` or `except`. The returned value is printed after `finally` has run.',
      },
      {
        title: 'Trying again until the value is valid',
        code: `answers = ["ten", "", "12"]
for text in answers:
    try:
        number = int(text)
    except ValueError:
        print(f"Rejected {text!r}")
        continue
    print("Accepted", number)
    break
`,
        expectedOutput: `Rejected 'ten'
Rejected ''
Accepted 12
`,
        explanation:
          'Each answer stands in for something a user typed. Invalid ones are rejected and the loop moves on; the first valid number is accepted and `break` stops the loop.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Using a bare `except:` (or `except Exception:`) that also swallows typos such as `NameError`, hiding real bugs.',
        fix: 'Catch only the exceptions you expect and can handle, e.g. `except ValueError:`.',
      },
      {
        mistake:
          'Listing a general exception before a specific one, so `except Exception:` catches everything and the later `except ZeroDivisionError:` never runs.',
        fix: 'Order the clauses from most specific to most general.',
      },
      {
        mistake:
          'Catching two types without parentheses: `except ValueError, TypeError:` raises `SyntaxError: multiple exception types must be parenthesized`.',
        fix: 'Use a tuple: `except (ValueError, TypeError):`.',
      },
      {
        mistake:
          'Putting a lot of code in the `try` block, so an unrelated error is caught by a handler meant for something else.',
        fix: 'Keep only the risky line in `try`, and move the rest to `else` or after the statement.',
      },
      {
        mistake:
          "Using a variable that was never assigned because the `try` failed, which raises `NameError: name 'number' is not defined`.",
        fix: 'Give the variable a value in the `except` block too, or only use it in `else`.',
      },
    ],
    keyTerms: [
      { term: 'try', definition: 'The block of code that might raise an exception.' },
      {
        term: 'except',
        definition: 'A clause that runs when a matching exception is raised in the `try` block.',
      },
      {
        term: 'else',
        definition: 'An optional clause that runs only if the `try` block raised no exception.',
      },
      { term: 'finally', definition: 'An optional clause that always runs, with or without an exception.' },
      { term: 'handle', definition: 'To catch an exception and respond to it so the program can continue.' },
      {
        term: 'specific exception',
        definition: 'A particular exception type, such as `ValueError`, rather than every error.',
      },
      {
        term: 'exception object',
        definition: 'The value bound by `except ... as error`, holding details such as the message.',
      },
      {
        term: 'EAFP',
        definition: '"Easier to Ask Forgiveness than Permission": try the operation and handle failure.',
      },
    ],
  },

  'raising-exceptions': {
    summary:
      'Use `raise` to signal that something is wrong, with a built-in or custom exception class and a clear message.',
    explanation: [
      'Your own functions can report problems the same way Python does: by raising an exception. The **raise** statement creates an exception and stops the function immediately:',
      '```python\ndef set_age(age):\n    if age < 0:\n        raise ValueError(f"age cannot be negative, got {age}")\n    return age\n```',
      'The caller can then handle it with `try`/`except`, or let it stop the program with a traceback. Raise an exception when your function receives something it cannot sensibly work with. That is better than returning a special value like `-1` or `None`, which the caller may forget to check and mistake for a real result.',
      'Pick the built-in type that fits: `ValueError` for a value of the right type but wrong content, `TypeError` for the wrong type. Always include an **error message** that explains what was wrong and, if possible, what was received.',
      'For errors specific to your program, define a **custom exception**. It is an **exception class** that must **inherit from Exception**; a docstring or `pass` is enough for the body:',
      '```python\nclass InsufficientFundsError(Exception):\n    """Raised when a withdrawal is larger than the balance."""\n```',
      'Callers can then catch exactly your error with `except InsufficientFundsError:`. Anything you raise must be an exception object: `raise "bad"` is itself a `TypeError`.',
      'Inside an `except` block, a bare `raise` will **re-raise** the exception being handled, for example after logging it. To replace a low-level error with a clearer one, use `raise NewError("message") from error`. This is called **exception chaining**: the original exception is kept in `__cause__` and shown in the traceback.',
      'The `assert` statement (`assert total >= 0, "total went negative"`) raises `AssertionError` when a condition is false. Use it to check your own assumptions while developing, not to validate user input: Python skips assertions when run with the `-O` option.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Raising ValueError for bad input',
        code: `def set_age(age):
    if age < 0:
        raise ValueError(f"age cannot be negative, got {age}")
    return age

print(set_age(30))
try:
    set_age(-5)
except ValueError as error:
    print("Error:", error)
`,
        expectedOutput: `30
Error: age cannot be negative, got -5
`,
        explanation:
          'A valid age is returned normally. For -5, `raise` stops the function and the caller handles the `ValueError`, printing the message we wrote.',
      },
      {
        title: 'A custom exception class',
        code: `class InsufficientFundsError(Exception):
    """Raised when a withdrawal is larger than the balance."""

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFundsError(f"need {amount - balance} more")
    return balance - amount

print(withdraw(100, 30))
try:
    withdraw(50, 80)
except InsufficientFundsError as error:
    print("Declined:", error)
`,
        expectedOutput: `70
Declined: need 30 more
`,
        explanation:
          'Because the class inherits from `Exception`, it can be raised and caught like any built-in exception, and its name says exactly what went wrong.',
      },
      {
        title: 'Exception chaining with raise ... from',
        code: `class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as error:
        raise ConfigError("port setting is missing or invalid") from error

print(read_port({"port": "8080"}))
for settings in [{"port": "eighty"}, {}]:
    try:
        read_port(settings)
    except ConfigError as error:
        print(error, "- caused by", type(error.__cause__).__name__)
`,
        expectedOutput: `8080
port setting is missing or invalid - caused by ValueError
port setting is missing or invalid - caused by KeyError
`,
        explanation:
          'Two different low-level errors become one clear `ConfigError` for the caller. `from error` keeps the original exception in `__cause__`, so no information is lost.',
      },
      {
        title: 'Re-raising after doing something',
        code: `def average(numbers):
    if not numbers:
        raise ValueError("average() needs at least one number")
    return sum(numbers) / len(numbers)

def report(numbers):
    try:
        return average(numbers)
    except ValueError:
        print("report: could not compute the average")
        raise

print(report([1, 2, 3]))
try:
    report([])
except ValueError as error:
    print("Caller saw:", error)
`,
        expectedOutput: `2.0
report: could not compute the average
Caller saw: average() needs at least one number
`,
        explanation:
          '`report` notes the failure and then uses a bare `raise` to pass the same exception on, so its caller still finds out what went wrong.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Raising a string: `raise "invalid age"` raises `TypeError: exceptions must derive from BaseException`.',
        fix: 'Raise an exception object with a message: `raise ValueError("invalid age")`.',
      },
      {
        mistake:
          'Defining a custom exception without inheriting from `Exception` (`class MyError: pass`), so `raise MyError()` fails with `TypeError: exceptions must derive from BaseException`.',
        fix: 'Always write `class MyError(Exception):`.',
      },
      {
        mistake:
          'Writing `ValueError("bad value")` on its own line and expecting it to stop the function; it only creates the object.',
        fix: 'Put `raise` in front: `raise ValueError("bad value")`.',
      },
      {
        mistake:
          'Raising a vague `Exception("error")` with no details, which callers cannot catch precisely or understand.',
        fix: 'Use a specific type (built-in or custom) and a message that says what was wrong and what was received.',
      },
      {
        mistake: 'Using `assert` to validate user input; assertions are skipped when Python runs with `-O`.',
        fix: 'Check input with `if` and `raise ValueError(...)`; keep `assert` for your own internal checks.',
      },
    ],
    keyTerms: [
      {
        term: 'raise',
        definition: 'The statement that signals an exception, e.g. `raise ValueError("message")`.',
      },
      {
        term: 'exception class',
        definition: 'A class describing a kind of error; all of them derive from `BaseException`.',
      },
      {
        term: 'custom exception',
        definition: 'An exception class you define yourself for errors specific to your program.',
      },
      {
        term: 'inherit from Exception',
        definition: 'What every custom exception must do: `class MyError(Exception):`.',
      },
      { term: 'error message', definition: 'The text passed to the exception explaining what went wrong.' },
      {
        term: 're-raise',
        definition: 'Using a bare `raise` inside `except` to pass the current exception on.',
      },
      {
        term: 'exception chaining',
        definition: 'Raising a new exception `from` the original, which is kept in `__cause__`.',
      },
      {
        term: 'assert',
        definition:
          'A statement that raises `AssertionError` when its condition is false; meant for internal checks.',
      },
    ],
  },
};
