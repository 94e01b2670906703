import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Errors and Exceptions". */
export const errorsQuizzes: QuizDefinition[] = [
  {
    slug: 'understanding-exceptions-quiz',
    topic: 'understanding-exceptions',
    title: 'Understanding Exceptions Quiz',
    questions: [
      {
        prompt: 'Where in a traceback do you find the exception type and its message?',
        choices: [
          'On the first line',
          'On the last line',
          'In the middle, next to the file name',
          'Tracebacks do not include them',
        ],
        answer: 1,
        explanation:
          'The last line reads like `IndexError: list index out of range`. The first line is always just `Traceback (most recent call last):`, so start reading from the bottom.',
      },
      {
        prompt: 'Which exception does `int("hello")` raise?',
        choices: ['ValueError', 'TypeError', 'NameError', 'SyntaxError'],
        answer: 0,
        explanation:
          '`int()` accepts strings, so the type is right, but this particular value is not a number: that is a ValueError. A TypeError would be an unsupported type, such as `int([1])`.',
      },
      {
        prompt: 'Which exception does `"5" + 5` raise?',
        choices: ['ValueError', 'SyntaxError', 'TypeError', 'ArithmeticError'],
        answer: 2,
        explanation:
          'Adding a string and an integer is an operation on incompatible types, so Python raises `TypeError: can only concatenate str (not "int") to str`. The code is valid syntax, so it is not a SyntaxError.',
      },
      {
        prompt: withCode(
          'What appears when this program runs?',
          `
print("start")
values = [1, 2]
print(values[2])
print("end")
`,
        ),
        choices: [
          'Only a traceback: Python finds the error before running',
          'start, then an IndexError traceback',
          'start, then None, then end',
          'start and end, plus a warning',
        ],
        answer: 1,
        explanation:
          'Lines run in order, so `start` is printed. `values[2]` is out of range (the indexes are 0 and 1), which raises IndexError and stops the program before `end`. Only syntax errors are found before running.',
      },
      {
        prompt: 'What is the difference between a SyntaxError and an exception such as ZeroDivisionError?',
        choices: [
          'There is no difference',
          'A SyntaxError can only happen inside functions',
          'ZeroDivisionError is detected before the program runs',
          'A SyntaxError stops the program before any line runs; ZeroDivisionError happens while it runs',
        ],
        answer: 3,
        explanation:
          'Python checks that the whole file is valid before running it, so a syntax error means nothing runs at all. A ZeroDivisionError is a runtime error: the lines before it have already run.',
      },
      {
        prompt: 'Which class is the parent of both `KeyError` and `IndexError`?',
        choices: ['ValueError', 'TypeError', 'LookupError', 'AttributeError'],
        answer: 2,
        explanation:
          'Both are failed lookups, so they inherit from `LookupError` (which inherits from `Exception`). Catching `LookupError` catches both; they are not ValueErrors.',
      },
    ],
  },
  {
    slug: 'handling-exceptions-quiz',
    topic: 'handling-exceptions',
    title: 'Handling Exceptions Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print? (Lines are separated by " / ".)',
          `
try:
    x = int("12")
except ValueError:
    print("bad")
else:
    print("good", x)
finally:
    print("done")
`,
        ),
        choices: ['bad / done', 'good 12 / done', 'good 12', 'done'],
        answer: 1,
        explanation:
          'The conversion succeeds, so `except` is skipped and `else` runs. `finally` always runs, so `done` follows. `good 12` alone forgets `finally`.',
      },
      {
        prompt: 'When does a `finally` block run?',
        choices: [
          'Only if an exception occurred',
          'Only if no exception occurred',
          'Always, whether or not an exception occurred',
          'Only when the program ends',
        ],
        answer: 2,
        explanation:
          '`finally` runs in every case, even after a `return`, which makes it the place for clean-up. "Only if no exception occurred" describes `else`.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
try:
    print(10 / 0)
except Exception:
    print("general")
except ZeroDivisionError:
    print("zero")
`,
        ),
        choices: ['zero', 'general', 'general, then zero', 'A ZeroDivisionError traceback'],
        answer: 1,
        explanation:
          'Python uses the first matching `except`, and ZeroDivisionError is a kind of Exception, so `general` runs and the more specific clause is never reached. Put specific clauses first.',
      },
      {
        prompt: 'How do you catch both ValueError and TypeError in a single clause?',
        choices: [
          'except ValueError, TypeError:',
          'except ValueError or TypeError:',
          'except [ValueError, TypeError]:',
          'except (ValueError, TypeError):',
        ],
        answer: 3,
        explanation:
          'Several types go in a tuple. Without parentheses it is a SyntaxError, and `ValueError or TypeError` evaluates to just `ValueError`, so a TypeError would not be caught.',
      },
      {
        prompt: 'Why is a bare `except:` usually a bad idea?',
        choices: [
          'It catches every exception, hiding bugs such as a NameError from a typo',
          'It is a SyntaxError',
          'It only catches ValueError',
          'It makes the program slower',
        ],
        answer: 0,
        explanation:
          'A bare `except:` is valid, but it catches everything, including mistakes you did not expect, so bugs go unnoticed. Catch the specific exceptions you can handle.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print(safe_div(6, 3), safe_div(1, 0))
`,
        ),
        choices: ['2 None', '2.0 None', '2.0 0', 'A ZeroDivisionError traceback'],
        answer: 1,
        explanation:
          '`/` always returns a float, so the first call gives 2.0. The second division fails, the exception is handled and the function returns `None` instead of crashing.',
      },
    ],
  },
  {
    slug: 'raising-exceptions-quiz',
    topic: 'raising-exceptions',
    title: 'Raising Your Own Exceptions Quiz',
    questions: [
      {
        prompt: 'Which line correctly raises an exception?',
        choices: [
          'raise "Invalid age"',
          'raise ValueError("Invalid age")',
          'throw ValueError("Invalid age")',
          'error ValueError("Invalid age")',
        ],
        answer: 1,
        explanation:
          '`raise` needs an exception object such as `ValueError("Invalid age")`. Raising a plain string is a TypeError, and `throw` is used in other languages, not Python.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def check(age):
    if age < 0:
        raise ValueError("negative age")
    return age

try:
    check(-1)
    print("ok")
except ValueError as e:
    print("caught:", e)
`,
        ),
        choices: ['ok', 'ok, then caught: negative age', 'caught: negative age', 'A ValueError traceback'],
        answer: 2,
        explanation:
          '`raise` stops `check` immediately, and the rest of the `try` block is skipped, so `ok` is never printed. The handler prints the message passed to ValueError.',
      },
      {
        prompt: 'How should you define a custom exception class?',
        choices: [
          'class MyError:',
          'def MyError(Exception):',
          'class MyError(Exception):',
          'exception MyError:',
        ],
        answer: 2,
        explanation:
          'A custom exception is a class that inherits from Exception. Without the parent, `raise MyError()` fails with `TypeError: exceptions must derive from BaseException`.',
      },
      {
        prompt: 'What does `raise "bad"` do?',
        choices: [
          'Raises an exception with the message bad',
          'Prints bad',
          'Nothing',
          'TypeError: exceptions must derive from BaseException',
        ],
        answer: 3,
        explanation:
          'Only exception objects can be raised, so Python raises a TypeError instead. Write `raise ValueError("bad")` to get an exception with that message.',
      },
      {
        prompt: 'Inside an `except` block, what does a bare `raise` do?',
        choices: [
          'Re-raises the exception currently being handled',
          'Nothing',
          'Raises a new, generic Exception',
          'Ends the program silently',
        ],
        answer: 0,
        explanation:
          'A bare `raise` passes the same exception on to the caller, typically after logging or cleaning up. It does not create a new exception, and the program is not silently ended.',
      },
      {
        prompt: 'Why raise an exception rather than return -1 when a function gets invalid input?',
        choices: [
          'Exceptions make the program faster',
          'A caller cannot silently ignore an exception, while -1 can be mistaken for a real result',
          'Returning -1 is a SyntaxError',
          'Exceptions do not need messages',
        ],
        answer: 1,
        explanation:
          'An unhandled exception stops the program with a clear message, whereas -1 may flow on into calculations unnoticed. Returning -1 is perfectly valid syntax, which is exactly why it is easy to miss.',
      },
    ],
  },
];
