import type { Lesson } from '@learnflow/contracts';

/** Module "Libraries": importing modules, math and random, collections and datetime. */
export const librariesLessons: Record<string, Lesson> = {
  'importing-modules': {
    summary:
      'A module is a file of reusable Python code; `import` brings it (or names from it) into your program.',
    explanation: [
      'A **module** is a file of Python code that defines functions, classes and values you can reuse. Python comes with a large **standard library** of modules, ready to use without installing anything: `math` for mathematics, `random` for random numbers, `json` and `csv` for data files, `datetime` for dates, and many more.',
      'To use a module you **import** it, usually at the top of your file:',
      '```python\nimport math\n\nprint(math.sqrt(16))  # 4.0\n```',
      '`import math` creates one name, `math`, and you reach everything inside it with a dot: `math.sqrt`, `math.pi`. Each module has its own **namespace**, so `math.floor` cannot clash with a `floor` variable of your own, and readers can see where each name comes from.',
      'There are two other forms:\n\n- **from ... import** copies specific names into your program, so you can use them without the prefix: `from math import sqrt, pi` lets you write `sqrt(16)`. Note that this does not create the name `math`.\n- An **alias** with `as` gives a module a shorter name: `import statistics as stats`, then `stats.mean(...)`.',
      'Avoid `from math import *`, which dumps every name into your program and can silently overwrite your own variables.',
      "A **package** is a folder of modules, and you reach the inner modules with dots: `import os.path` or `from collections import Counter`. Packages that are not in the standard library, such as `requests`, must be installed first with `pip install requests`; importing a module that cannot be found raises `ModuleNotFoundError: No module named 'requests'`.",
      'Your own `.py` files are modules too: a file `helpers.py` in the same folder can be imported with `import helpers`. This is also why you must not name your script after a standard module: a file called `random.py` is imported instead of the real `random` module.',
      'To explore a module, `dir(module)` lists its names and `help(module.function)` shows the documentation.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Importing a whole module',
        code: `import math

print(math.sqrt(16))
print(math.pi)
print(math.floor(7.8))
`,
        expectedOutput: `4.0
3.141592653589793
7
`,
        explanation:
          '`import math` gives access to everything in the module through the `math.` prefix, so it is always clear where `sqrt`, `pi` and `floor` come from.',
      },
      {
        title: 'from ... import and aliases',
        code: `from math import floor, ceil
import statistics as stats

print(floor(2.7), ceil(2.1))
print(stats.mean([2, 4, 9]))
print(stats.median([5, 1, 3]))
`,
        expectedOutput: `2 3
5
3
`,
        explanation:
          '`floor` and `ceil` were imported by name, so they need no prefix. The `statistics` module is used through its shorter alias `stats`.',
      },
      {
        title: 'Exploring a module',
        code: `import string

print(string.ascii_lowercase)
print(string.digits)
print("capwords" in dir(string))
print(string.capwords("hello python world"))
`,
        expectedOutput: `abcdefghijklmnopqrstuvwxyz
0123456789
True
Hello Python World
`,
        explanation:
          'Modules hold values as well as functions. `dir(string)` lists every name the module defines, which is a quick way to discover what it offers.',
      },
      {
        title: 'Importing from packages',
        code: `from collections import Counter
import os.path

print(Counter("hello").most_common(1))
print(os.path.splitext("report.txt"))
print(os.path.basename("data/2024/report.txt"))
`,
        expectedOutput: `[('l', 2)]
('report', '.txt')
report.txt
`,
        explanation:
          '`collections` and `os` are packages in the standard library. You can import a single class from one (`Counter`) or a whole submodule (`os.path`).',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Forgetting the module prefix: after `import math`, calling `sqrt(9)` raises `NameError: name 'sqrt' is not defined`.",
        fix: 'Write `math.sqrt(9)`, or import the name directly: `from math import sqrt`.',
      },
      {
        mistake:
          "Misspelling the module: `import maths` raises `ModuleNotFoundError: No module named 'maths'`.",
        fix: 'Check the exact module name in the documentation (here `math`).',
      },
      {
        mistake:
          "Naming your own file `random.py` (or `math.py`, `json.py`...), so `import random` loads your file and `random.randint` raises `AttributeError: module 'random' has no attribute 'randint'`.",
        fix: 'Rename your file to something unique, such as `dice_game.py`.',
      },
      {
        mistake:
          'Importing a third-party package that is not installed, e.g. `import requests` raising `ModuleNotFoundError`.',
        fix: 'Install it first with `pip install requests`, or use a standard library module instead.',
      },
      {
        mistake:
          'Using `from module import *`, which fills your namespace with unknown names that can overwrite your own.',
        fix: 'Import the module (`import math`) or list the names you need (`from math import sqrt, pi`).',
      },
    ],
    keyTerms: [
      {
        term: 'module',
        definition: 'A file of Python code whose functions, classes and values can be imported.',
      },
      { term: 'import', definition: 'The statement that loads a module so your program can use it.' },
      {
        term: 'standard library',
        definition:
          'The collection of modules that comes with Python, such as `math`, `json` and `datetime`.',
      },
      {
        term: 'from ... import',
        definition: 'A form of import that brings specific names into your program, used without a prefix.',
      },
      {
        term: 'alias',
        definition: 'A different name given to an import with `as`, like `import statistics as stats`.',
      },
      {
        term: 'namespace',
        definition: 'A separate space of names, such as the names inside a module, reached with a dot.',
      },
      { term: 'package', definition: 'A folder of modules, imported with dotted names like `os.path`.' },
      {
        term: 'ModuleNotFoundError',
        definition: 'The exception raised when Python cannot find the module you import.',
      },
    ],
  },

  'math-and-random': {
    summary:
      'The `math` module provides mathematical functions and constants; `random` produces pseudo-random numbers that a seed can make repeatable.',
    explanation: [
      "The **math module** extends Python's basic arithmetic:\n\n- Constants: `math.pi` and `math.e`.\n- Roots and powers: `math.sqrt(81)` is `9.0`.\n- Rounding: `math.floor(3.7)` is `3` (down) and `math.ceil(3.2)` is `4` (up).\n- Whole-number helpers: `math.factorial(5)` is `120` and `math.gcd(12, 18)` is `6`.\n- Logarithms: `math.log10(1000)` is `3.0`.",
      'The trigonometric functions `math.sin`, `math.cos` and `math.tan` work in **radians**, not degrees. Convert first: `math.sin(math.radians(90))` is `1.0`. Because floats are approximate, compare them with `math.isclose(a, b)` rather than `==`. Some inputs are impossible, and `math.sqrt(-1)` raises `ValueError: math domain error`.',
      'The **random module** produces numbers that look random. They are **pseudo-random**: computed by an algorithm from a starting value called the **seed**. Normally the seed is different every run, so you get different numbers. If you call `random.seed(42)` first, the same sequence appears every time, which is useful for tests, for games you want to replay, and for examples like these.',
      'The most useful functions:\n\n- `random.random()` gives a float from 0.0 up to (not including) 1.0.\n- **randint**: `random.randint(1, 6)` gives a whole number from 1 to 6, **both ends included**, like a die.\n- `random.randrange(0, 10)` excludes the stop value, like `range()`.\n- **choice**: `random.choice(items)` picks one item from a list.\n- **shuffle**: `random.shuffle(items)` mixes a list *in place* and returns `None`.\n- `random.sample(items, 3)` picks 3 different items and returns them as a new list.',
      'The `random` module is meant for games and simulations. For passwords or security tokens, use the `secrets` module, which is designed so the results cannot be predicted.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Everyday math functions',
        code: `import math

print(math.sqrt(81))
print(math.floor(3.7), math.ceil(3.2))
print(math.factorial(5))
print(math.gcd(12, 18))
print(round(math.pi, 4))
`,
        expectedOutput: `9.0
3 4
120
6
3.1416
`,
        explanation:
          '`sqrt` always returns a float. `floor` rounds down and `ceil` rounds up. `factorial(5)` is 5 × 4 × 3 × 2 × 1, and `gcd` finds the greatest common divisor.',
      },
      {
        title: 'Floats, isclose() and radians',
        code: `import math

print(0.1 + 0.2 == 0.3)
print(math.isclose(0.1 + 0.2, 0.3))
print(math.sin(math.radians(90)))
print(math.hypot(3, 4))
print(math.log10(1000))
`,
        expectedOutput: `False
True
1.0
5.0
3.0
`,
        explanation:
          'Exact comparison of floats fails because of tiny rounding errors; `isclose` allows for them. Angles must be converted to radians before `sin`. `hypot(3, 4)` is the length of the hypotenuse.',
      },
      {
        title: 'Repeatable randomness with a seed',
        code: `import random

random.seed(42)
first = [random.randint(1, 6) for _ in range(5)]
random.seed(42)
second = [random.randint(1, 6) for _ in range(5)]
print(first)
print(first == second)
`,
        expectedOutput: `[6, 1, 1, 6, 3]
True
`,
        explanation:
          'Setting the same seed restarts the same pseudo-random sequence, so both lists of five dice rolls are identical. Without `seed()`, each run would give different rolls.',
      },
      {
        title: 'choice, shuffle and sample',
        code: `import random

random.seed(7)
colors = ["red", "green", "blue", "yellow"]
print(random.choice(colors))
result = random.shuffle(colors)
print(colors)
print(result)
print(random.sample(range(1, 50), 3))
`,
        expectedOutput: `blue
['blue', 'red', 'yellow', 'green']
None
[5, 35, 7]
`,
        explanation:
          '`choice` picks one item. `shuffle` reorders the list itself and returns `None`. `sample` picks three different numbers. The seed makes this output the same on every run.',
      },
    ],
    commonMistakes: [
      {
        mistake: 'Assuming `random.randint(1, 6)` can never return 6, as with `range()`.',
        fix: '`randint` includes both ends. Use `random.randrange(1, 6)` if you want to exclude the upper value.',
      },
      {
        mistake: 'Writing `colors = random.shuffle(colors)`, which replaces your list with `None`.',
        fix: 'Call `random.shuffle(colors)` on its own line; it changes the list in place.',
      },
      {
        mistake: 'Passing degrees to trigonometry: `math.sin(90)` gives about `0.894`, not `1.0`.',
        fix: 'Convert first: `math.sin(math.radians(90))`.',
      },
      {
        mistake: 'Calling `math.sqrt(-1)`, which raises `ValueError: math domain error`.',
        fix: 'Check the value first, or use `cmath.sqrt` if you really need complex numbers.',
      },
      {
        mistake:
          'Calling `random.seed(42)` inside a loop, so every iteration produces the same "random" number.',
        fix: 'Seed once at the start of the program (or not at all when you want different results each run).',
      },
      {
        mistake: 'Using `random` to create passwords or tokens, which can be predicted.',
        fix: 'Use the `secrets` module, e.g. `secrets.token_hex(16)`.',
      },
    ],
    keyTerms: [
      {
        term: 'math module',
        definition: 'The standard library module with mathematical functions and constants.',
      },
      {
        term: 'radians',
        definition: 'The angle unit used by `math.sin` and friends; convert with `math.radians()`.',
      },
      {
        term: 'random module',
        definition: 'The standard library module for pseudo-random numbers and choices.',
      },
      {
        term: 'pseudo-random',
        definition: 'Numbers that look random but are computed by an algorithm from a seed.',
      },
      {
        term: 'seed',
        definition: 'The starting value of the random generator; the same seed gives the same sequence.',
      },
      {
        term: 'randint',
        definition: '`random.randint(a, b)` returns a whole number between a and b, both included.',
      },
      { term: 'choice', definition: '`random.choice(items)` returns one randomly picked item.' },
      { term: 'shuffle', definition: '`random.shuffle(items)` reorders a list in place and returns `None`.' },
    ],
  },

  'collections-and-datetime': {
    summary:
      '`collections` adds handy containers such as Counter, defaultdict and namedtuple; `datetime` represents dates, times and durations.',
    explanation: [
      'The **collections module** offers specialised containers that make common jobs shorter:',
      '- **Counter** counts things. `Counter(["tea", "coffee", "tea"])` gives `Counter({\'tea\': 2, \'coffee\': 1})`. A missing item counts as 0 instead of raising `KeyError`, and `.most_common(n)` returns the `n` most frequent items.\n- **defaultdict** is a dictionary that creates a default value for a missing key. `defaultdict(list)` starts each new key with an empty list, so you can write `groups[key].append(item)` without checking first. The argument is a function that makes the default (`list`, `int`, `str`), not a value.\n- **namedtuple** creates a small tuple type with named fields: after `Point = namedtuple("Point", ["x", "y"])`, you can write `p.x` instead of `p[0]`.\n- **deque** is a list-like queue that adds and removes items quickly at both ends (`appendleft`, `popleft`).',
      'The **datetime module** handles calendar dates and times. Its main classes:',
      '- **date** holds a year, month and day: `date(2024, 2, 27)`.\n- **datetime** adds a time of day: `datetime(2024, 7, 14, 9, 30)`.\n- **timedelta** is a duration: `timedelta(days=3)`.',
      'Date arithmetic does the calendar work for you: `date + timedelta(days=3)` handles month ends and leap years, and subtracting two dates gives a `timedelta` whose `.days` tells you how far apart they are. A `timedelta` only stores days, seconds and microseconds, so there is no "months" unit.',
      'To turn a date into text use **strftime** ("string format time") with format codes: `%Y` year, `%m` month, `%d` day, `%H` hour, `%M` minute, `%A` weekday name. Note that `%m` is the month and `%M` the minute. The reverse, **strptime** ("string parse time"), reads text into a `datetime`, and the format must match the text exactly. `date.fromisoformat("2024-07-14")` reads the standard ISO format.',
      '`datetime.now()` and `date.today()` give the current moment. The examples below use fixed dates so their output never changes. Watch the names: the module and its main class are both called `datetime`, so write `from datetime import datetime` (or `datetime.datetime.now()`).',
    ].join('\n\n'),
    examples: [
      {
        title: 'Counting with Counter',
        code: `from collections import Counter

votes = ["tea", "coffee", "tea", "juice", "tea", "coffee"]
counts = Counter(votes)
print(counts)
print(counts["tea"])
print(counts["water"])
print(counts.most_common(2))
`,
        expectedOutput: `Counter({'tea': 3, 'coffee': 2, 'juice': 1})
3
0
[('tea', 3), ('coffee', 2)]
`,
        explanation:
          '`Counter` does the counting loop for you. Looking up `"water"`, which never appeared, gives 0 rather than a `KeyError`, and `most_common(2)` lists the top two.',
      },
      {
        title: 'Grouping with defaultdict and naming fields with namedtuple',
        code: `from collections import defaultdict, namedtuple

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = defaultdict(list)
for word in words:
    by_letter[word[0]].append(word)
print(dict(by_letter))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p.x, p.y)
print(p)
`,
        expectedOutput: `{'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
3 4
Point(x=3, y=4)
`,
        explanation:
          'The first time a letter is used, `defaultdict(list)` creates an empty list for it, so `append` always works. The namedtuple lets you read fields by name and prints readably.',
      },
      {
        title: 'Dates and timedelta',
        code: `from datetime import date, timedelta

start = date(2024, 2, 27)
print(start)
print(start + timedelta(days=3))
deadline = date(2024, 12, 25)
print((deadline - start).days, "days to go")
print(start.year, start.month, start.day)
print(start.strftime("%A"))
`,
        expectedOutput: `2024-02-27
2024-03-01
302 days to go
2024 2 27
Tuesday
`,
        explanation:
          'Adding three days crosses the end of February, including the leap day 29 February 2024. Subtracting dates gives a `timedelta`, and `%A` formats the weekday name.',
      },
      {
        title: 'Formatting and parsing with strftime and strptime',
        code: `from datetime import datetime

meeting = datetime(2024, 7, 14, 9, 30)
print(meeting)
print(meeting.strftime("%d/%m/%Y %H:%M"))
party = datetime.strptime("2024-07-20 18:45", "%Y-%m-%d %H:%M")
print(party - meeting)
print(datetime.fromisoformat("2024-07-14T09:30:00") == meeting)
`,
        expectedOutput: `2024-07-14 09:30:00
14/07/2024 09:30
6 days, 9:15:00
True
`,
        explanation:
          '`strftime` writes the date in any layout you choose. `strptime` reads text using a matching format. The difference between two datetimes is a `timedelta` of 6 days, 9 hours and 15 minutes.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Writing `import datetime` and then `datetime.now()`, which raises `AttributeError: module 'datetime' has no attribute 'now'`.",
        fix: 'Import the class: `from datetime import datetime`, or write `datetime.datetime.now()`.',
      },
      {
        mistake:
          "Adding a number to a date: `date(2024, 1, 1) + 1` raises `TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'`.",
        fix: 'Add a duration: `date(2024, 1, 1) + timedelta(days=1)`.',
      },
      {
        mistake: 'Mixing up format codes, such as `%M` (minute) when you meant `%m` (month).',
        fix: 'Check the codes: `%Y` year, `%m` month, `%d` day, `%H` hour, `%M` minute, `%S` second.',
      },
      {
        mistake:
          'Parsing text with a format that does not match: `datetime.strptime("2024/07/20", "%Y-%m-%d")` raises `ValueError: time data \'2024/07/20\' does not match format \'%Y-%m-%d\'`.',
        fix: 'Make the format match the text character for character: `"%Y/%m/%d"`.',
      },
      {
        mistake:
          'Passing a value instead of a function to defaultdict: `defaultdict([])` raises `TypeError: first argument must be callable or None`.',
        fix: 'Pass the type itself, without calling it: `defaultdict(list)` or `defaultdict(int)`.',
      },
    ],
    keyTerms: [
      {
        term: 'collections module',
        definition: 'The standard library module with extra container types such as Counter and deque.',
      },
      { term: 'Counter', definition: 'A dictionary subclass that counts items; missing items count as 0.' },
      {
        term: 'defaultdict',
        definition: 'A dictionary that creates a default value, from a given function, for missing keys.',
      },
      {
        term: 'namedtuple',
        definition: 'A function that creates tuple types whose items can also be read by field name.',
      },
      { term: 'deque', definition: 'A double-ended queue with fast appends and pops at both ends.' },
      { term: 'datetime module', definition: 'The standard library module for dates, times and durations.' },
      {
        term: 'timedelta',
        definition: 'A duration, such as 3 days, that can be added to or subtracted from dates.',
      },
      {
        term: 'strftime',
        definition: 'A method that formats a date or datetime as text using format codes like `%Y`.',
      },
      {
        term: 'strptime',
        definition: 'A function that parses text into a datetime using a matching format.',
      },
    ],
  },
};
