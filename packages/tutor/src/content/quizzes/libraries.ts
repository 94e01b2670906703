import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Libraries". */
export const librariesQuizzes: QuizDefinition[] = [
  {
    slug: 'importing-modules-quiz',
    topic: 'importing-modules',
    title: 'Importing Modules Quiz',
    questions: [
      {
        prompt: 'After `import math`, how do you call the square root function?',
        choices: ['sqrt(16)', 'math.sqrt(16)', 'math->sqrt(16)', 'import.sqrt(16)'],
        answer: 1,
        explanation:
          '`import math` creates only the name `math`; its functions are reached with a dot. `sqrt(16)` alone raises a NameError unless you wrote `from math import sqrt`.',
      },
      {
        prompt: 'What does `from math import pi` let you write?',
        choices: [
          'math.pi only',
          'Both pi and math.pi',
          'Nothing, until you call math.load()',
          'pi directly, without the math. prefix',
        ],
        answer: 3,
        explanation:
          '`from ... import` copies the name `pi` into your program. It does not create the name `math`, so `math.pi` would raise a NameError unless you also `import math`.',
      },
      {
        prompt: 'What does `import statistics as stats` do?',
        choices: [
          'Imports the statistics module under the shorter name stats',
          'Imports only a function called stats',
          'Renames the statistics.py file on disk',
          'Makes a copy of the module named stats',
        ],
        answer: 0,
        explanation:
          '`as` gives the imported module an alias, so you write `stats.mean(...)`. Nothing is renamed or copied; the name `statistics` is simply not created.',
      },
      {
        prompt:
          'You saved your script as `random.py`. Why does `random.randint(1, 6)` then fail with an AttributeError?',
        choices: [
          'randint was removed from Python 3',
          'Your file random.py shadows the standard module, so import random loads your file',
          'You must first run pip install random',
          'random must be imported with from',
        ],
        answer: 1,
        explanation:
          "Python looks in the script's folder first, so `import random` finds your own file, which has no `randint`. Renaming your file fixes it; `random` is in the standard library and needs no install.",
      },
      {
        prompt: 'What does `import maths` raise?',
        choices: [
          "NameError: name 'maths' is not defined",
          'AttributeError: module has no attribute maths',
          "ModuleNotFoundError: No module named 'maths'",
          'SyntaxError: invalid syntax',
        ],
        answer: 2,
        explanation:
          'Python cannot find any module with that name (the real one is `math`), so the import raises ModuleNotFoundError. A NameError is for unknown variable names, not failed imports.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
import math as m
print(m.floor(2.9), m.ceil(2.1))
`,
        ),
        choices: ['3 2', '3 3', '2 3', '2.9 2.1'],
        answer: 2,
        explanation:
          '`m` is an alias for `math`. `floor` always rounds down (2.9 to 2) and `ceil` always rounds up (2.1 to 3). `3 2` is what rounding to the nearest whole number would give.',
      },
    ],
  },
  {
    slug: 'math-and-random-quiz',
    topic: 'math-and-random',
    title: 'math and random Quiz',
    questions: [
      {
        prompt: 'Which values can `random.randint(1, 6)` return?',
        choices: ['1 to 5', '1 to 6, both included', '0 to 6', 'Any float between 1 and 6'],
        answer: 1,
        explanation:
          '`randint` includes both ends, like a six-sided die. Unlike `range()` and `randrange()`, the upper value can be returned, and the result is always a whole number.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
import random
cards = [1, 2, 3]
result = random.shuffle(cards)
print(result)
`,
        ),
        choices: ['A shuffled list such as [3, 1, 2]', '[1, 2, 3]', 'None', 'TypeError'],
        answer: 2,
        explanation:
          '`shuffle` changes the list in place and returns `None`, so `result` is `None`. The shuffled list is in `cards`, not in the return value.',
      },
      {
        prompt: 'Why would you call `random.seed(42)` before generating numbers?',
        choices: [
          'To make the numbers truly random',
          'To get the same sequence on every run, which makes results reproducible',
          'To limit the numbers to 42 or less',
          'It is required before any random function can be used',
        ],
        answer: 1,
        explanation:
          'The numbers are pseudo-random: the same seed always gives the same sequence. Seeding does not make them more random, it has nothing to do with the range of values, and it is optional.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
import math
print(math.sqrt(25), math.floor(-2.5))
`,
        ),
        choices: ['5 -2', '5.0 -2', '5 -3', '5.0 -3'],
        answer: 3,
        explanation:
          '`sqrt` always returns a float (5.0). `floor` rounds *down*, towards minus infinity, so -2.5 becomes -3, not -2, which would be rounding towards zero.',
      },
      {
        prompt: 'What does `math.sin(90)` compute?',
        choices: [
          'The sine of 90 radians, about 0.894',
          'The sine of 90 degrees, exactly 1.0',
          'ValueError: math domain error',
          '0.0',
        ],
        answer: 0,
        explanation:
          'The trigonometric functions in `math` work in radians, so 90 means 90 radians. For 90 degrees write `math.sin(math.radians(90))`, which gives 1.0.',
      },
      {
        prompt: 'Which module should you use to generate a password or a security token?',
        choices: ['random', 'math', 'secrets', 'statistics'],
        answer: 2,
        explanation:
          '`secrets` is designed to be unpredictable. `random` is fine for games, but its pseudo-random sequence can be predicted, which makes it unsafe for security.',
      },
    ],
  },
  {
    slug: 'collections-and-datetime-quiz',
    topic: 'collections-and-datetime',
    title: 'collections and datetime Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
from collections import Counter
c = Counter("hello")
print(c["l"], c["z"])
`,
        ),
        choices: ['2 0', '2 None', "KeyError: 'z'", '1 0'],
        answer: 0,
        explanation:
          '"hello" contains two `l`s. A Counter returns 0 for an item it has never seen, instead of raising KeyError like a normal dictionary.',
      },
      {
        prompt: 'What does a `defaultdict(list)` do when you access a key that is missing?',
        choices: [
          'It raises KeyError',
          'It creates the key with an empty list as its value',
          'It returns None without adding the key',
          'It returns the text "list"',
        ],
        answer: 1,
        explanation:
          'It calls `list()` to create the default value, stores it under the key and returns it, so `groups[key].append(x)` always works. A plain dictionary would raise KeyError.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
from datetime import date, timedelta
d = date(2024, 1, 30) + timedelta(days=3)
print(d)
`,
        ),
        choices: ['2024-01-33', '2024-02-03', '2024-02-02', '2024-02-01'],
        answer: 2,
        explanation:
          'January has 31 days, so three days after 30 January is 2 February. Date arithmetic handles month ends for you; there is never a 33rd day.',
      },
      {
        prompt: 'After `import datetime`, why does `datetime.now()` fail?',
        choices: [
          'now() was removed in Python 3',
          'You can only use date.today()',
          'It needs a timezone argument',
          'Here datetime is the module; the class is datetime.datetime, so write datetime.datetime.now() or from datetime import datetime',
        ],
        answer: 3,
        explanation:
          "The module and its main class share the name `datetime`, and `now()` belongs to the class. So `datetime.now()` on the module raises `AttributeError: module 'datetime' has no attribute 'now'`; `now()` still exists and needs no argument.",
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(2, 5)
print(p.y, p[0])
`,
        ),
        choices: ['2 5', '5 2', 'y x', "AttributeError: 'Point' object has no attribute 'y'"],
        answer: 1,
        explanation:
          'A namedtuple item can be read by field name or by position: `p.y` is 5 and `p[0]` (the first field, `x`) is 2.',
      },
      {
        prompt: 'In `strftime` format codes, what is the difference between `%m` and `%M`?',
        choices: [
          'They are the same',
          '%m is the minute and %M is the month',
          '%m is the month number and %M is the minute',
          '%M is the full month name',
        ],
        answer: 2,
        explanation:
          'Lowercase `%m` is the month (01 to 12) and uppercase `%M` the minute (00 to 59). Mixing them up is a classic bug; the full month name is `%B`.',
      },
    ],
  },
];
