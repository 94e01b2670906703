import type { ExerciseDefinition } from '@learnflow/contracts';

/** Exercise bank of the "Libraries" module (standard library only): one easy, one medium and one hard per topic. */
export const librariesExercises: ExerciseDefinition[] = [
  // ---------------------------------------------------------------- importing-modules
  {
    slug: 'importing-modules-pangram',
    topic: 'importing-modules',
    difficulty: 'easy',
    title: 'Is it a pangram?',
    prompt: `A *pangram* is a sentence that uses every letter of the alphabet at least once, like *"The quick brown fox jumps over the lazy dog"*.

Write a function \`is_pangram(text)\` that returns \`True\` if \`text\` contains every letter from \`a\` to \`z\` at least once (ignoring upper/lower case), and \`False\` otherwise. Digits, spaces and punctuation do not matter.

Do not type the alphabet yourself: \`import string\` and use the constant \`string.ascii_lowercase\` (\`'abcdefghijklmnopqrstuvwxyz'\`).

\`\`\`python
print(is_pangram('The quick brown fox jumps over the lazy dog'))  # True
print(is_pangram('Hello world'))                                  # False
\`\`\``,
    starterCode: `import string


def is_pangram(text):
    """Return True if text contains every letter a-z at least once (any case)."""
    pass
`,
    solution: `import string


def is_pangram(text):
    """Return True if text contains every letter a-z at least once (any case)."""
    letters = set(text.lower())
    return all(letter in letters for letter in string.ascii_lowercase)
`,
    hints: [
      "After `import string`, the module's contents are reached with a dot: `string.ascii_lowercase` is the string of the 26 lowercase letters.",
      'Lowercase the text first so `"T"` counts as `"t"`. Then the question is: is **every** letter of `string.ascii_lowercase` present in the text? Make sure the function always returns `True` or `False`.',
      'Loop over `string.ascii_lowercase` and `return False` as soon as a letter is missing from `text.lower()`; `return True` after the loop. (`all(...)` or `set(string.ascii_lowercase) <= set(text.lower())` are one-line versions.)',
    ],
    tests: [
      {
        name: 'a classic pangram',
        code: `got = is_pangram('The quick brown fox jumps over the lazy dog')
assert got is True, f"'The quick brown fox jumps over the lazy dog' is a pangram, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'not a pangram',
        code: `got = is_pangram('Hello world')
assert got is False, f"'Hello world' is not a pangram, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'case does not matter',
        code: `got = is_pangram('THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG')
assert got is True, f"upper case letters count too: expected True, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'punctuation and digits are ignored',
        code: `got = is_pangram('Pack my box with five dozen liquor jugs!!! 123')
assert got is True, f"'Pack my box with five dozen liquor jugs!!! 123' is a pangram, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'only letters count: punctuation and digits are ignored',
      },
      {
        name: 'one letter missing',
        code: `got = is_pangram('The quick brown fox jumps over the lay dog')
assert got is False, f"this sentence has no 'z', so it is not a pangram, got {got!r}"
got = is_pangram('The quick brown fox jumps over the lay dog é')
assert got is False, f"only the letters a to z count: 'é' does not stand in for the missing 'z', got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a text is a pangram only when every letter from a to z appears',
      },
      {
        name: 'empty text',
        code: `got = is_pangram('')
assert got is False, f"the empty string is not a pangram, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a text without letters is not a pangram',
      },
    ],
  },
  {
    slug: 'importing-modules-stats-summary',
    topic: 'importing-modules',
    difficulty: 'medium',
    title: 'Summary statistics with the statistics module',
    prompt: `Write a function \`summarize(numbers)\` that returns a dict with the \`'mean'\`, \`'median'\` and \`'stdev'\` of a list of numbers, each **rounded to 2 decimals**.

- Import what you need from the standard \`statistics\` module, e.g. \`from statistics import mean, median, stdev\`.
- \`'stdev'\` is the sample standard deviation (\`statistics.stdev\`); it needs at least two numbers, so for a single number use \`0.0\`.
- An empty list raises \`ValueError\` (\`statistics\` already raises \`StatisticsError\`, which is a subclass of \`ValueError\`).
- Do not change the list you were given.

\`\`\`python
print(summarize([2, 4, 4, 4, 5, 5, 7, 9]))
# {'mean': 5.0, 'median': 4.5, 'stdev': 2.14}
\`\`\``,
    starterCode: `from statistics import mean, median, stdev


def summarize(numbers):
    """Return {'mean': ..., 'median': ..., 'stdev': ...}, each rounded to 2 decimals."""
    pass
`,
    solution: `from statistics import mean, median, stdev


def summarize(numbers):
    """Return {'mean': ..., 'median': ..., 'stdev': ...}, each rounded to 2 decimals."""
    spread = stdev(numbers) if len(numbers) >= 2 else 0.0
    return {
        "mean": round(mean(numbers), 2),
        "median": round(median(numbers), 2),
        "stdev": round(spread, 2),
    }
`,
    hints: [
      'With `from statistics import mean, median, stdev`, the three functions can be called directly: `mean(numbers)`, `median(numbers)`, `stdev(numbers)`.',
      '`stdev` raises an error for fewer than two values, so decide on `0.0` yourself in that case. For an empty list, just let `mean(numbers)` raise its `StatisticsError`: it already is a `ValueError`.',
      'Compute `spread = stdev(numbers) if len(numbers) >= 2 else 0.0`, then return a dict whose three values are `round(mean(numbers), 2)`, `round(median(numbers), 2)` and `round(spread, 2)`.',
    ],
    tests: [
      {
        name: 'a typical list',
        code: `got = summarize([2, 4, 4, 4, 5, 5, 7, 9])
expected = {'mean': 5.0, 'median': 4.5, 'stdev': 2.14}
assert got == expected, f"summarize([2, 4, 4, 4, 5, 5, 7, 9]) should be {expected!r}, got {got!r}"
got = summarize([1, 3])
assert got == {'mean': 2, 'median': 2, 'stdev': 1.41}, f"two numbers have a stdev: summarize([1, 3]) should be {{'mean': 2, 'median': 2, 'stdev': 1.41}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'odd number of values',
        code: `got = summarize([3, 1, 2])
expected = {'mean': 2.0, 'median': 2, 'stdev': 1.0}
assert got == expected, f"summarize([3, 1, 2]) should be {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'floats are rounded',
        code: `got = summarize([1.5, 2.25, 3.0, 10.1])
expected = {'mean': 4.21, 'median': 2.62, 'stdev': 3.97}
assert got == expected, f"values must be rounded to 2 decimals: expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a single number',
        code: `try:
    got = summarize([7])
except Exception as e:
    raise AssertionError(f"summarize([7]) raised {type(e).__name__}: stdev needs two values, use 0.0 for a single number") from None
assert got == {'mean': 7, 'median': 7, 'stdev': 0.0}, f"summarize([7]) should be {{'mean': 7, 'median': 7, 'stdev': 0.0}}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a single number has a stdev of 0.0',
      },
      {
        name: 'an empty list',
        code: `try:
    summarize([])
except ValueError:
    pass
except Exception as e:
    raise AssertionError(f"summarize([]) should raise ValueError, not {type(e).__name__}") from None
else:
    raise AssertionError("summarize([]) should raise ValueError")`,
        weight: 2,
        hidden: true,
        rule: 'an empty list raises ValueError',
      },
      {
        name: 'the input list is unchanged',
        code: `numbers = [9, 1, 5]
summarize(numbers)
assert numbers == [9, 1, 5], f"summarize must not change its argument, the list is now {numbers!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the list given is never changed',
      },
    ],
  },
  {
    slug: 'importing-modules-import-by-name',
    topic: 'importing-modules',
    difficulty: 'hard',
    title: 'Import anything from a dotted name',
    prompt: `Configuration files often name Python objects with a dotted path such as \`"os.path.join"\`. Write a function \`import_object(dotted_name)\` that returns the object such a name refers to, using \`importlib.import_module\`.

The name starts with a module path (which can itself contain dots, like \`os.path\` or \`xml.dom.minidom\`), followed by zero or more attribute names.

- \`import_object('json')\` returns the \`json\` module.
- \`import_object('math.pi')\` returns \`math.pi\`.
- \`import_object('os.path.join')\` returns the function \`os.path.join\`.
- \`import_object('xml.dom.minidom.parseString')\` works even if \`xml.dom.minidom\` was never imported before (a submodule is **not** an attribute of its package until it is imported).
- \`import_object('datetime.timedelta.max')\` returns \`datetime.timedelta.max\` (attributes can be nested).
- If no part of the name can be imported, or an attribute is missing, raise \`ImportError\` (\`ModuleNotFoundError\` is a subclass, so letting it propagate is fine).

A good strategy: try to import the longest prefix of the name first (\`'os.path.join'\`, then \`'os.path'\`, then \`'os'\`), then walk the remaining parts with \`getattr\`.`,
    starterCode: `import importlib


def import_object(dotted_name):
    """Return the module or object named by dotted_name, e.g. 'os.path.join'."""
    pass
`,
    solution: `import importlib


def import_object(dotted_name):
    """Return the module or object named by dotted_name, e.g. 'os.path.join'."""
    parts = dotted_name.split(".")
    for cut in range(len(parts), 0, -1):
        module_name = ".".join(parts[:cut])
        try:
            obj = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            try:
                obj = getattr(obj, attribute)
            except AttributeError as err:
                raise ImportError(f"{module_name} has no attribute path {'.'.join(parts[cut:])!r}") from err
        return obj
    raise ImportError(f"no module found for {dotted_name!r}")
`,
    hints: [
      '`importlib.import_module("os.path")` imports a module from its name given as a string and returns it; `getattr(obj, "join")` does the same as `obj.join` with the attribute name as a string.',
      'You do not know where the module part ends, so try the prefixes from longest to shortest: `import_module` raises `ModuleNotFoundError` for `"os.path.join"`, but succeeds for `"os.path"`. The remaining parts are then attributes.',
      'Split the name on `"."`; for `cut` from `len(parts)` down to 1, `try` to import `".".join(parts[:cut])` and `continue` on `ModuleNotFoundError`. On success, `getattr` through `parts[cut:]` (turning an `AttributeError` into an `ImportError`) and return. After the loop, `raise ImportError(...)`.',
    ],
    tests: [
      {
        name: 'a module',
        code: `import json
got = import_object('json')
assert got is json, f"import_object('json') should return the json module, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'an attribute of a module',
        code: `import math
assert import_object('math.pi') == math.pi, f"import_object('math.pi') should be {math.pi}, got {import_object('math.pi')!r}"
assert import_object('math.sqrt') is math.sqrt, f"import_object('math.sqrt') should be the function math.sqrt, got {import_object('math.sqrt')!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a function of a submodule',
        code: `import os.path
got = import_object('os.path.join')
assert got is os.path.join, f"import_object('os.path.join') should be os.path.join, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'a submodule that was never imported',
        code: `got = import_object('xml.dom.minidom.parseString')
assert callable(got) and getattr(got, '__name__', None) == 'parseString', f"import_object('xml.dom.minidom.parseString') should return the parseString function, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a submodule is imported even when nothing imported it before',
      },
      {
        name: 'nested attributes',
        code: `import datetime
got = import_object('datetime.timedelta.max')
assert got == datetime.timedelta.max, f"import_object('datetime.timedelta.max') should be {datetime.timedelta.max!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'attributes may be nested several levels deep',
      },
      {
        name: 'unknown module',
        code: `try:
    import_object('no_such_module_xyz.thing')
except ImportError:
    pass
except Exception as e:
    raise AssertionError(f"an unknown module should raise ImportError, not {type(e).__name__}: {e}") from None
else:
    raise AssertionError("import_object('no_such_module_xyz.thing') should raise ImportError")`,
        weight: 2,
        hidden: true,
        rule: 'an unknown module raises ImportError',
      },
      {
        name: 'missing attribute',
        code: `try:
    import_object('math.no_such_function')
except ImportError:
    pass
except Exception as e:
    raise AssertionError(f"a missing attribute should raise ImportError, not {type(e).__name__}: {e}") from None
else:
    raise AssertionError("import_object('math.no_such_function') should raise ImportError")`,
        weight: 2,
        hidden: true,
        rule: 'a missing attribute raises ImportError',
      },
    ],
  },

  // ---------------------------------------------------------------- math-and-random
  {
    slug: 'math-and-random-circle',
    topic: 'math-and-random',
    difficulty: 'easy',
    title: 'Area and circumference of a circle',
    prompt: `Write a function \`circle_stats(radius)\` that returns a tuple \`(area, circumference)\` of a circle, both **rounded to 2 decimals**.

- area = π × radius²
- circumference = 2 × π × radius

Use the precise value \`math.pi\` from the \`math\` module (not \`3.14\`).

\`\`\`python
print(circle_stats(1))     # (3.14, 6.28)
print(circle_stats(2.5))   # (19.63, 15.71)
\`\`\``,
    starterCode: `import math


def circle_stats(radius):
    """Return (area, circumference) of a circle, both rounded to 2 decimals."""
    pass
`,
    solution: `import math


def circle_stats(radius):
    """Return (area, circumference) of a circle, both rounded to 2 decimals."""
    area = math.pi * radius ** 2
    circumference = 2 * math.pi * radius
    return round(area, 2), round(circumference, 2)
`,
    hints: [
      'After `import math`, π is available as `math.pi`, and `radius ** 2` squares the radius.',
      'Round each value separately with `round(value, 2)`, and return both at once: `return a, b` returns a tuple.',
      'Compute `math.pi * radius ** 2` and `2 * math.pi * radius`, then `return round(area, 2), round(circumference, 2)`.',
    ],
    tests: [
      {
        name: 'unit circle',
        code: `got = circle_stats(1)
assert got == (3.14, 6.28), f"circle_stats(1) should be (3.14, 6.28), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'radius 2.5',
        code: `got = circle_stats(2.5)
assert got == (19.63, 15.71), f"circle_stats(2.5) should be (19.63, 15.71), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'returns a tuple of two numbers',
        code: `got = circle_stats(3)
assert isinstance(got, tuple) and len(got) == 2, f"circle_stats should return a tuple (area, circumference), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the result is a tuple (area, circumference)',
      },
      {
        name: 'radius zero',
        code: `got = circle_stats(0)
assert got == (0.0, 0.0), f"circle_stats(0) should be (0.0, 0.0), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a radius of 0 gives (0.0, 0.0)',
      },
      {
        name: 'big radius needs math.pi',
        code: `got = circle_stats(100)
assert got == (31415.93, 628.32), f"circle_stats(100) should be (31415.93, 628.32); 3.14 is not precise enough, use math.pi. Got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the values use math.pi and are rounded to 2 decimals',
      },
    ],
  },
  {
    slug: 'math-and-random-dice',
    topic: 'math-and-random',
    difficulty: 'medium',
    title: 'Reproducible dice rolls',
    prompt: `Write a function \`roll_dice(count, sides=6, seed=None)\` that returns a list of \`count\` random dice rolls, each a whole number from \`1\` to \`sides\` (both included).

- Create your own generator with \`rng = random.Random(seed)\` and use \`rng.randint(...)\`. The same \`seed\` must always give the same rolls, which makes games and tests reproducible.
- Do **not** call \`random.seed(...)\` or the module-level functions: \`roll_dice\` must not disturb the global random generator used by the rest of the program.
- \`count\` can be \`0\` (empty list).

\`\`\`python
rolls = roll_dice(5, seed=42)
print(len(rolls), all(1 <= r <= 6 for r in rolls))   # 5 True
print(rolls == roll_dice(5, seed=42))                 # True
\`\`\``,
    starterCode: `import random


def roll_dice(count, sides=6, seed=None):
    """Return count rolls of a die with the given number of sides, using random.Random(seed)."""
    pass
`,
    solution: `import random


def roll_dice(count, sides=6, seed=None):
    """Return count rolls of a die with the given number of sides, using random.Random(seed)."""
    rng = random.Random(seed)
    return [rng.randint(1, sides) for _ in range(count)]
`,
    hints: [
      '`random.Random(seed)` creates an independent random number generator; it has the same methods as the `random` module (`randint`, `choice`, ...).',
      '`randint(a, b)` includes both ends, so `randint(1, sides)` is one roll. Calling `random.seed(seed)` would also give repeatable rolls, but it resets the shared generator for the whole program.',
      'Create `rng = random.Random(seed)` once, then `return [rng.randint(1, sides) for _ in range(count)]`.',
    ],
    tests: [
      {
        name: 'right number of rolls in range',
        code: `rolls = roll_dice(50, seed=1)
assert isinstance(rolls, list) and len(rolls) == 50, f"roll_dice(50, seed=1) should return a list of 50 rolls, got {rolls!r}"
assert all(isinstance(r, int) and 1 <= r <= 6 for r in rolls), f"every roll of a 6-sided die is an int from 1 to 6, got {rolls!r}"
faces = set(roll_dice(300, seed=2))
assert faces == {1, 2, 3, 4, 5, 6}, f"a die has 6 sides by default: 300 rolls should show every face 1 to 6, got {sorted(faces)!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'same seed, same rolls',
        code: `a = roll_dice(10, seed=42)
b = roll_dice(10, seed=42)
assert a == b, f"the same seed should give the same rolls, got {a!r} and {b!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'every face comes up',
        code: `rolls = roll_dice(600, sides=20, seed=7)
assert isinstance(rolls, list) and len(rolls) == 600, f"roll_dice(600, sides=20, seed=7) should return a list of 600 rolls, got {rolls!r}"
assert all(1 <= r <= 20 for r in rolls), f"a 20-sided die rolls 1 to 20, got values outside: {sorted(set(rolls))!r}"
assert set(rolls) == set(range(1, 21)), f"in 600 rolls of a 20-sided die every face from 1 to 20 should appear; missing: {sorted(set(range(1, 21)) - set(rolls))!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'different seeds, different rolls',
        code: `a = roll_dice(20, seed=1)
b = roll_dice(20, seed=2)
assert a != b, f"different seeds should give different rolls, both gave {a!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the rolls come from the seed given',
      },
      {
        name: 'the global generator is left alone',
        code: `import random
random.seed(99)
expected = [random.random() for _ in range(3)]
random.seed(99)
roll_dice(5, seed=1)
got = [random.random() for _ in range(3)]
assert got == expected, "roll_dice changed the global random generator: use rng = random.Random(seed) instead of random.seed() or random.randint()"`,
        weight: 2,
        hidden: true,
        rule: 'roll_dice uses its own random.Random(seed) and leaves the global generator alone',
      },
      {
        name: 'edge cases',
        code: `assert roll_dice(0, seed=3) == [], f"roll_dice(0) should be [], got {roll_dice(0, seed=3)!r}"
got = roll_dice(5, sides=1, seed=3)
assert got == [1, 1, 1, 1, 1], f"a 1-sided die always rolls 1, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a count of 0 gives [] and a 1-sided die always rolls 1',
      },
    ],
  },
  {
    slug: 'math-and-random-monte-carlo-pi',
    topic: 'math-and-random',
    difficulty: 'hard',
    title: 'Estimate π with random points',
    prompt: `You can estimate π by throwing random points at a square: pick \`x\` and \`y\` uniformly in \`[0, 1)\`; the point lies inside the quarter circle of radius 1 when \`x² + y² <= 1\`, which happens with probability π/4.

Write a function \`estimate_pi(samples, seed)\` that:

- creates its own generator \`rng = random.Random(seed)\` (do not touch the global \`random\` state),
- draws \`samples\` points, each with \`x = rng.random()\` then \`y = rng.random()\`,
- counts the points inside, and returns \`4 * inside / samples\` as a float,
- raises \`ValueError\` if \`samples\` is smaller than 1.

The same seed always gives the same estimate; with 200 000 samples it is within about 0.01 of \`math.pi\`.

\`\`\`python
print(estimate_pi(200_000, seed=7))   # about 3.14
print(estimate_pi(1, seed=0))         # 0.0 or 4.0: a single point is inside or not
\`\`\``,
    starterCode: `import math
import random


def estimate_pi(samples, seed):
    """Estimate pi from a number of random points drawn with random.Random(seed)."""
    pass
`,
    solution: `import math
import random


def estimate_pi(samples, seed):
    """Estimate pi from a number of random points drawn with random.Random(seed)."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    rng = random.Random(seed)
    inside = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if math.hypot(x, y) <= 1:
            inside += 1
    return 4 * inside / samples
`,
    acceptedMutants: [
      {
        mutant: 'off-by-one line 14: `math.hypot(x, y) <= 1` becomes `math.hypot(x, y) < 1`',
        reason:
          'a random point lands exactly on the circle with probability zero, so <= and < count the same points.',
      },
    ],
    hints: [
      'Three parts: check `samples`, loop `samples` times drawing a point and counting the ones inside, then compute the estimate from the count.',
      'A point is inside when `x * x + y * y <= 1` (or `math.hypot(x, y) <= 1`). Create the generator once, before the loop: re-creating `random.Random(seed)` inside the loop would draw the same point every time.',
      'Write `if samples < 1: raise ValueError(...)`, then `rng = random.Random(seed)`, `inside = 0`, and a `for` loop that adds 1 when `rng.random() ** 2 + rng.random() ** 2 <= 1`. Return `4 * inside / samples`.',
    ],
    tests: [
      {
        name: 'returns a float',
        code: `got = estimate_pi(1000, seed=1)
assert isinstance(got, float), f"estimate_pi should return a float, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'same seed, same estimate',
        code: `a = estimate_pi(5000, seed=3)
b = estimate_pi(5000, seed=3)
assert a == b, f"the same seed should give the same estimate, got {a!r} and {b!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'close to pi',
        code: `import math
got = estimate_pi(200_000, seed=7)
assert got is not None and abs(got - math.pi) < 0.02, f"with 200000 samples the estimate should be within 0.02 of {math.pi:.5f}, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'a single sample',
        code: `results = [estimate_pi(1, seed=s) for s in range(10)]
assert all(r in (0.0, 4.0) for r in results), f"with one point the estimate is 0.0 or 4.0, got {results!r}"
assert 4.0 in results, f"over 10 seeds at least one single point should be inside the circle, got {results!r}"`,
        weight: 2,
        hidden: true,
        rule: 'one sample gives 0.0 or 4.0: the point is inside or not',
      },
      {
        name: 'invalid number of samples',
        code: `for bad in [0, -10]:
    try:
        estimate_pi(bad, seed=1)
    except ValueError:
        pass
    except Exception as e:
        raise AssertionError(f"estimate_pi({bad}, seed=1) should raise ValueError, not {type(e).__name__}") from None
    else:
        raise AssertionError(f"estimate_pi({bad}, seed=1) should raise ValueError")`,
        weight: 2,
        hidden: true,
        rule: 'fewer than 1 sample raises ValueError',
      },
      {
        name: 'the global generator is left alone',
        code: `import random
random.seed(5)
expected = random.random()
random.seed(5)
estimate_pi(100, seed=1)
got = random.random()
assert got == expected, "estimate_pi changed the global random generator: use rng = random.Random(seed)"`,
        weight: 1,
        hidden: true,
        rule: 'estimate_pi uses its own random.Random(seed) and leaves the global generator alone',
      },
      {
        name: 'different seeds give different estimates',
        code: `results = {estimate_pi(1000, seed=s) for s in range(5)}
assert len(results) > 1, f"five different seeds all gave the same estimate {results!r}: is the seed used?"`,
        weight: 1,
        hidden: true,
        rule: 'the points come from the seed given',
      },
    ],
  },

  // ---------------------------------------------------------------- collections-and-datetime
  {
    slug: 'collections-and-datetime-top-words',
    topic: 'collections-and-datetime',
    difficulty: 'easy',
    title: 'The most common words',
    prompt: `Write a function \`top_words(text, n)\` that returns the \`n\` most common words of \`text\` as a list of \`(word, count)\` tuples, most common first.

- Lowercase the text, then split it on whitespace (\`text.lower().split()\`); punctuation is not removed.
- Use \`collections.Counter\` and its \`most_common\` method.
- Words with the same count keep the order in which they first appear in the text (that is what \`most_common\` does).
- If there are fewer than \`n\` different words, return all of them; an empty text gives \`[]\`.

\`\`\`python
print(top_words('the cat and the hat and the bat', 2))
# [('the', 3), ('and', 2)]
\`\`\``,
    starterCode: `from collections import Counter


def top_words(text, n):
    """Return the n most common lowercase words of text as (word, count) tuples."""
    pass
`,
    solution: `from collections import Counter


def top_words(text, n):
    """Return the n most common lowercase words of text as (word, count) tuples."""
    counts = Counter(text.lower().split())
    return counts.most_common(n)
`,
    hints: [
      '`Counter(some_list)` counts how many times each item appears in the list.',
      'Build the list of words first with `text.lower().split()` so that `The` and `the` are the same word, then ask the counter for `most_common(n)`.',
      '`return Counter(text.lower().split()).most_common(n)` does the whole job.',
    ],
    tests: [
      {
        name: 'two most common words',
        code: `got = top_words('the cat and the hat and the bat', 2)
assert got == [('the', 3), ('and', 2)], f"expected [('the', 3), ('and', 2)], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'case is ignored',
        code: `got = top_words('Python python PYTHON code Code', 2)
assert got == [('python', 3), ('code', 2)], f"words are lowercased before counting: expected [('python', 3), ('code', 2)], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ties keep first-appearance order',
        code: `got = top_words('b a b a c', 2)
assert got == [('b', 2), ('a', 2)], f"'b' and 'a' both appear twice and 'b' comes first: expected [('b', 2), ('a', 2)], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'words with the same count keep the order of their first appearance',
      },
      {
        name: 'n larger than the number of words',
        code: `got = top_words('one two two', 10)
assert got == [('two', 2), ('one', 1)], f"with fewer words than n, return them all: expected [('two', 2), ('one', 1)], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'with fewer words than n, all of them are returned',
      },
      {
        name: 'empty text',
        code: `got = top_words('', 3)
assert got == [], f"an empty text has no words: expected [], got {got!r}"
got = top_words('   \\n  ', 3)
assert got == [], f"a text made of whitespace has no words: expected [], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a text without words gives []',
      },
      {
        name: 'punctuation is kept',
        code: `got = top_words('Stop. stop, STOP stop! go', 4)
expected = [('stop.', 1), ('stop,', 1), ('stop', 1), ('stop!', 1)]
assert got == expected, f"punctuation is not removed, so the four words differ: expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'punctuation is not removed: a word with a mark after it is a different word',
      },
    ],
  },
  {
    slug: 'collections-and-datetime-due-date',
    topic: 'collections-and-datetime',
    difficulty: 'medium',
    title: 'When is it due?',
    prompt: `Write a function \`due_date(start, days)\` that computes a deadline.

- \`start\` is a date string in ISO format \`"YYYY-MM-DD"\`; \`days\` is a whole number (it can be \`0\` or negative).
- Return a tuple \`(date_string, weekday)\`: the date \`days\` days after \`start\` in the same ISO format, and the English name of its weekday (\`"Monday"\` ... \`"Sunday"\`).
- Use the \`datetime\` module: \`date.fromisoformat\`, \`timedelta\`, and \`date.isoformat()\`. Month lengths and leap years are then handled for you.

\`\`\`python
print(due_date('2024-03-01', 10))   # ('2024-03-11', 'Monday')
print(due_date('2024-02-28', 1))    # ('2024-02-29', 'Thursday')
\`\`\`

Tip: \`d.weekday()\` is \`0\` for Monday ... \`6\` for Sunday.`,
    starterCode: `from datetime import date, timedelta

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def due_date(start, days):
    """Return (ISO date of start + days, weekday name)."""
    pass
`,
    solution: `from datetime import date, timedelta

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def due_date(start, days):
    """Return (ISO date of start + days, weekday name)."""
    due = date.fromisoformat(start) + timedelta(days=days)
    return due.isoformat(), WEEKDAYS[due.weekday()]
`,
    hints: [
      'Turn the string into a `date` object first with `date.fromisoformat(start)`; dates can then be shifted by adding a `timedelta`.',
      'Adding `timedelta(days=days)` handles month ends, leap years and negative numbers. A `date` turns back into `"YYYY-MM-DD"` with `.isoformat()`, and `.weekday()` gives an index into `WEEKDAYS`.',
      'Compute `due = date.fromisoformat(start) + timedelta(days=days)` and `return due.isoformat(), WEEKDAYS[due.weekday()]`.',
    ],
    tests: [
      {
        name: 'ten days later',
        code: `got = due_date('2024-03-01', 10)
assert got == ('2024-03-11', 'Monday'), f"due_date('2024-03-01', 10) should be ('2024-03-11', 'Monday'), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'across the end of a month',
        code: `got = due_date('2023-01-25', 10)
assert got == ('2023-02-04', 'Saturday'), f"due_date('2023-01-25', 10) should be ('2023-02-04', 'Saturday'), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'leap years',
        code: `got = due_date('2024-02-28', 1)
assert got == ('2024-02-29', 'Thursday'), f"2024 is a leap year: due_date('2024-02-28', 1) should be ('2024-02-29', 'Thursday'), got {got!r}"
got = due_date('2023-02-28', 1)
assert got == ('2023-03-01', 'Wednesday'), f"2023 is not a leap year: due_date('2023-02-28', 1) should be ('2023-03-01', 'Wednesday'), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'leap years are taken into account',
      },
      {
        name: 'into the next year',
        code: `got = due_date('2023-12-25', 7)
assert got == ('2024-01-01', 'Monday'), f"due_date('2023-12-25', 7) should be ('2024-01-01', 'Monday'), got {got!r}"
got = due_date('2024-01-01', 365)
assert got == ('2024-12-31', 'Tuesday'), f"due_date('2024-01-01', 365) should be ('2024-12-31', 'Tuesday'), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the due date may fall in a later year',
      },
      {
        name: 'zero and negative days',
        code: `got = due_date('2024-03-01', 0)
assert got == ('2024-03-01', 'Friday'), f"due_date('2024-03-01', 0) should be ('2024-03-01', 'Friday'), got {got!r}"
got = due_date('2024-03-01', -1)
assert got == ('2024-02-29', 'Thursday'), f"due_date('2024-03-01', -1) should be ('2024-02-29', 'Thursday'), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: '0 days gives the same date, and negative days go back in time',
      },
    ],
  },
  {
    slug: 'collections-and-datetime-weekly-counts',
    topic: 'collections-and-datetime',
    difficulty: 'hard',
    title: 'Group dates by ISO week',
    prompt: `Write two functions that group events by **ISO week**.

- \`weekly_counts(dates)\` takes a list of ISO date strings (\`"YYYY-MM-DD"\`) and returns a dict mapping week labels to the number of dates in that week. The label is \`"<ISO year>-W<week>"\` with the week on two digits, e.g. \`"2024-W09"\`. The dict's keys must be in **ascending** order.
- \`busiest_week(dates)\` returns the label of the week with the most dates; on a tie, the earliest week; \`None\` for an empty list.

Use \`date.fromisoformat(s).isocalendar()\`, which gives \`(year, week, weekday)\`, and a \`Counter\` or \`defaultdict(int)\` to count. Careful: the **ISO year** can differ from the calendar year around New Year: \`2024-12-30\` is in week \`2025-W01\` and \`2021-01-01\` is in \`2020-W53\`. An invalid date string raises \`ValueError\` (\`fromisoformat\` does that for you).

\`\`\`python
dates = ['2024-03-11', '2024-03-04', '2024-03-05']
print(weekly_counts(dates))   # {'2024-W10': 2, '2024-W11': 1}
print(busiest_week(dates))    # 2024-W10
\`\`\``,
    starterCode: `from collections import Counter
from datetime import date


def week_label(iso_date):
    """Return the ISO week label of a 'YYYY-MM-DD' string, e.g. '2024-W09'."""
    pass


def weekly_counts(dates):
    """Return {week_label: count} with the labels in ascending order."""
    pass


def busiest_week(dates):
    """Return the label of the week with the most dates (earliest on a tie), or None."""
    pass
`,
    solution: `from collections import Counter
from datetime import date


def week_label(iso_date):
    """Return the ISO week label of a 'YYYY-MM-DD' string, e.g. '2024-W09'."""
    year, week, _weekday = date.fromisoformat(iso_date).isocalendar()
    return f"{year}-W{week:02d}"


def weekly_counts(dates):
    """Return {week_label: count} with the labels in ascending order."""
    counts = Counter(week_label(d) for d in dates)
    return {label: counts[label] for label in sorted(counts)}


def busiest_week(dates):
    """Return the label of the week with the most dates (earliest on a tie), or None."""
    counts = weekly_counts(dates)
    if not counts:
        return None
    return max(counts, key=lambda label: counts[label])
`,
    hints: [
      'Start with a helper `week_label(iso_date)`: parse with `date.fromisoformat`, then `.isocalendar()` gives the ISO year and week number you need for the label.',
      'Use the ISO year from `isocalendar()`, not `d.year`, and format the week with `{week:02d}` so `"W09"` sorts before `"W10"`. A `Counter` has no useful order, so build the result dict by looping over `sorted(counts)`.',
      '`counts = Counter(week_label(d) for d in dates)`, then `return {label: counts[label] for label in sorted(counts)}`. For `busiest_week`, return `None` if the counts are empty, else `max(counts, key=...)` over the *sorted* dict: `max` keeps the first of equal values, which is the earliest week.',
    ],
    tests: [
      {
        name: 'counts per week',
        code: `got = weekly_counts(['2024-03-04', '2024-03-05', '2024-03-11'])
assert got == {'2024-W10': 2, '2024-W11': 1}, f"expected {{'2024-W10': 2, '2024-W11': 1}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'labels in ascending order',
        code: `got = weekly_counts(['2024-05-20', '2024-01-10', '2024-03-04', '2024-01-11'])
assert isinstance(got, dict), f"weekly_counts should return a dict, got {got!r}"
assert list(got) == ['2024-W02', '2024-W10', '2024-W21'], f"the keys should be in ascending order ['2024-W02', '2024-W10', '2024-W21'], got {list(got)!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'two-digit week numbers',
        code: `got = weekly_counts(['2024-01-03'])
assert got == {'2024-W01': 1}, f"the week number has two digits: expected {{'2024-W01': 1}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ISO year around New Year',
        code: `got = weekly_counts(['2024-12-30', '2021-01-01', '2025-01-02'])
expected = {'2020-W53': 1, '2025-W01': 2}
assert got == expected, f"use the ISO year from isocalendar(): expected {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'weeks are named by the ISO year and week from isocalendar()',
      },
      {
        name: 'busiest week',
        code: `got = busiest_week(['2024-03-11', '2024-03-04', '2024-03-05', '2024-03-12', '2024-03-13'])
assert got == '2024-W11', f"week 2024-W11 has 3 dates: expected '2024-W11', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ties and empty lists',
        code: `got = busiest_week(['2024-03-11', '2024-03-12', '2024-03-04', '2024-03-05'])
assert got == '2024-W10', f"on a tie the earliest week wins: expected '2024-W10', got {got!r}"
assert busiest_week([]) is None, f"busiest_week([]) should be None, got {busiest_week([])!r}"
assert weekly_counts([]) == {}, f"weekly_counts([]) should be {{}}, got {weekly_counts([])!r}"`,
        weight: 2,
        hidden: true,
        rule: 'on a tie the earliest week wins, and no dates gives None',
      },
      {
        name: 'invalid dates',
        code: `try:
    weekly_counts(['2024-02-30'])
except ValueError:
    pass
else:
    raise AssertionError("'2024-02-30' is not a real date: weekly_counts should raise ValueError")`,
        weight: 1,
        hidden: true,
        rule: 'a date that does not exist raises ValueError',
      },
    ],
  },
];
