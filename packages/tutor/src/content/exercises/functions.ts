import type { ExerciseDefinition } from '@learnflow/contracts';

// Python source is kept verbatim: `\n` inside it stays a Python escape.
const py = String.raw;

/** Exercises of the "Functions" module: defining functions, parameters and returns, scope and lambdas. */
export const functionsExercises: ExerciseDefinition[] = [
  {
    slug: 'defining-functions-greet',
    topic: 'defining-functions',
    difficulty: 'easy',
    title: 'Your first function',
    prompt: `Write a function \`greet(name)\` that **returns** the string \`"Hello, <name>!"\`.

\`\`\`python
greet("Ana")    # "Hello, Ana!"
\`\`\`

Returning is not printing: \`print\` shows text on the screen, \`return\` hands a value back to the code that called the function.`,
    starterCode: py`def greet(name):
    """Return "Hello, <name>!"."""
    # TODO: build the greeting and return it
    pass
`,
    solution: py`def greet(name):
    """Return "Hello, <name>!"."""
    return f"Hello, {name}!"
`,
    hints: [
      'Look at the last line of your function: what does `greet("Ana")` give back to the caller?',
      'A function that only prints returns `None`; the greeting must come after the keyword `return`.',
      'Write `return f"Hello, {name}!"`.',
    ],
    tests: [
      {
        name: 'greets Ana',
        code: py`got = greet("Ana")
assert got is not None, "greet('Ana') returned None -- use return, not print"
assert got == "Hello, Ana!", f"greet('Ana') should return 'Hello, Ana!', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'uses the name it is given',
        code: py`got = greet("Bo")
assert got == "Hello, Bo!", f"greet('Bo') should return 'Hello, Bo!', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'returns without printing',
        code: py`import io, contextlib
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    got = greet("Cy")
assert got == "Hello, Cy!", f"greet('Cy') should return 'Hello, Cy!', got {got!r}"
assert buffer.getvalue() == "", f"greet should return the greeting, not print it; it printed {buffer.getvalue()!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty name',
        code: py`got = greet("")
assert got == "Hello, !", f"greet('') should return 'Hello, !', got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the greeting has the same shape whatever the name, even an empty one',
      },
    ],
  },
  {
    slug: 'defining-functions-palindrome',
    topic: 'defining-functions',
    difficulty: 'medium',
    title: 'Palindromes',
    prompt: `Write a function \`is_palindrome(text)\` that returns \`True\` when \`text\` reads the same forwards and backwards, ignoring spaces and upper/lower case, and \`False\` otherwise.

\`\`\`python
is_palindrome("level")            # True
is_palindrome("Never odd or even") # True
is_palindrome("python")           # False
\`\`\`

\`text[::-1]\` is \`text\` reversed.`,
    starterCode: py`def is_palindrome(text):
    """Return True if text is a palindrome, ignoring spaces and case."""
    # TODO: clean the text, then compare it with its reverse
    pass
`,
    solution: py`def is_palindrome(text):
    """Return True if text is a palindrome, ignoring spaces and case."""
    cleaned = text.replace(" ", "").lower()
    return cleaned == cleaned[::-1]
`,
    acceptedMutants: [
      {
        mutant:
          "swapped-call line 3: `text.replace(' ', '').lower()` becomes `text.replace(' ', '').upper()`",
        reason: 'comparing in upper case ignores case just as well as in lower case.',
      },
    ],
    hints: [
      'Test `"Never odd or even"`: print the text you compare and its reverse.',
      'Remove the spaces and lower-case the text before comparing; the comparison itself already gives True or False.',
      'Write `cleaned = text.replace(" ", "").lower()` and `return cleaned == cleaned[::-1]`.',
    ],
    tests: [
      {
        name: 'simple palindrome',
        code: py`got = is_palindrome("level")
assert got is True, f"is_palindrome('level') should return True, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'not a palindrome',
        code: py`got = is_palindrome("python")
assert got is False, f"is_palindrome('python') should return False, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ignores case',
        code: py`got = is_palindrome("Racecar")
assert got is True, f"is_palindrome('Racecar') should return True -- ignore upper/lower case, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'ignores spaces',
        code: py`got = is_palindrome("Never odd or even")
assert got is True, f"is_palindrome('Never odd or even') should return True -- ignore spaces, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty and one letter',
        code: py`got = (is_palindrome(""), is_palindrome("x"))
assert got == (True, True), f"'' and 'x' are palindromes, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a text of zero or one letter is a palindrome',
      },
      {
        name: 'almost a palindrome',
        code: py`got = is_palindrome("abca")
assert got is False, f"is_palindrome('abca') should return False, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a text is a palindrome only when it reads the same both ways, every letter included',
      },
    ],
  },
  {
    slug: 'defining-functions-temperature',
    topic: 'defining-functions',
    difficulty: 'hard',
    title: 'Functions that call functions',
    prompt: `Write two functions:

1. \`to_fahrenheit(celsius)\` returns \`celsius * 9 / 5 + 32\`.
2. \`describe(celsius)\` returns a sentence such as \`"20°C is 68.0°F (mild)"\`. It **calls \`to_fahrenheit\`**, shows the Fahrenheit value with one decimal, and adds a label:
   - \`"freezing"\` below 0 °C,
   - \`"mild"\` from 0 up to (not including) 25 °C,
   - \`"hot"\` from 25 °C.

\`\`\`python
to_fahrenheit(100)   # 212.0
describe(20)         # "20°C is 68.0°F (mild)"
describe(-5)         # "-5°C is 23.0°F (freezing)"
describe(30)         # "30°C is 86.0°F (hot)"
\`\`\``,
    starterCode: py`def to_fahrenheit(celsius):
    """Return celsius converted to Fahrenheit."""
    # TODO
    pass


def describe(celsius):
    """Return "<c>°C is <f>°F (<label>)", using to_fahrenheit."""
    # TODO: call to_fahrenheit, pick the label, build the sentence
    pass
`,
    solution: py`def to_fahrenheit(celsius):
    """Return celsius converted to Fahrenheit."""
    return celsius * 9 / 5 + 32


def describe(celsius):
    """Return "<c>°C is <f>°F (<label>)", using to_fahrenheit."""
    fahrenheit = to_fahrenheit(celsius)
    if celsius < 0:
        label = "freezing"
    elif celsius < 25:
        label = "mild"
    else:
        label = "hot"
    return f"{celsius}°C is {fahrenheit:.1f}°F ({label})"
`,
    hints: [
      'Get `to_fahrenheit` right first and test it alone: `to_fahrenheit(100)` must be 212.0.',
      'In `describe`, store `to_fahrenheit(celsius)` in a variable, choose the label with `if`/`elif`/`else` (0 is mild, 25 is hot), and format the number with `:.1f`.',
      'Return `f"{celsius}°C is {fahrenheit:.1f}°F ({label})"` where `fahrenheit = to_fahrenheit(celsius)`.',
    ],
    tests: [
      {
        name: 'boiling point',
        code: py`got = to_fahrenheit(100)
assert got == 212, f"to_fahrenheit(100) should return 212.0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a mild day',
        code: py`got = describe(20)
assert got == "20°C is 68.0°F (mild)", f"describe(20) should return '20°C is 68.0°F (mild)', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'freezing and hot',
        code: py`got = (describe(-5), describe(30))
assert got == ("-5°C is 23.0°F (freezing)", "30°C is 86.0°F (hot)"), f"got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'label boundaries',
        code: py`got = (describe(0), describe(25))
assert got == ("0°C is 32.0°F (mild)", "25°C is 77.0°F (hot)"), f"0°C is mild and 25°C is hot, got {got!r}"
got = (describe(-0.5), describe(24.5))
assert got == ("-0.5°C is 31.1°F (freezing)", "24.5°C is 76.1°F (mild)"), f"below 0°C is freezing and below 25°C is mild, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'describe calls to_fahrenheit',
        code: py`calls = []
def fake(celsius):
    calls.append(celsius)
    return 1000.0
describe.__globals__["to_fahrenheit"], original = fake, to_fahrenheit
try:
    got = describe(10)
finally:
    describe.__globals__["to_fahrenheit"] = original
assert calls == [10], "describe should get the Fahrenheit value by calling to_fahrenheit(celsius)"
assert "1000.0°F" in got, f"describe should use the value returned by to_fahrenheit, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'describe gets the Fahrenheit value by calling to_fahrenheit',
      },
      {
        name: 'decimal temperatures',
        code: py`got = describe(-17.5)
assert got == "-17.5°C is 0.5°F (freezing)", f"got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'decimal temperatures are shown as given, with the Fahrenheit value to one decimal',
      },
    ],
  },
  {
    slug: 'parameters-and-returns-power',
    topic: 'parameters-and-returns',
    difficulty: 'easy',
    title: 'A default parameter',
    prompt: `Write a function \`power(base, exponent=2)\` that returns \`base\` raised to \`exponent\`. When no exponent is given, it squares the base.

\`\`\`python
power(3)        # 9
power(2, 10)    # 1024
power(5, 0)     # 1
\`\`\`

\`**\` is Python's power operator.`,
    starterCode: py`def power(base, exponent):
    """Return base ** exponent; the exponent is 2 when not given."""
    # TODO: give exponent a default value and return the result
    pass
`,
    solution: py`def power(base, exponent=2):
    """Return base ** exponent; the exponent is 2 when not given."""
    return base ** exponent
`,
    hints: [
      'Call `power(3)` with one argument: the error says which parameter is missing.',
      'A parameter gets a default value in the `def` line, with `=`.',
      'Write `def power(base, exponent=2):` and `return base ** exponent`.',
    ],
    tests: [
      {
        name: 'squares by default',
        code: py`got = power(3)
assert got == 9, f"power(3) should return 9 (the exponent defaults to 2), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'explicit exponent',
        code: py`got = power(2, 10)
assert got == 1024, f"power(2, 10) should return 1024, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'exponent zero',
        code: py`got = power(5, 0)
assert got == 1, f"power(5, 0) should return 1, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'keyword argument',
        code: py`got = power(base=2, exponent=3)
assert got == 8, f"power(base=2, exponent=3) should return 8 -- keep the parameter names base and exponent, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'negative base',
        code: py`got = (power(-3), power(-2, 3))
assert got == (9, -8), f"power(-3) and power(-2, 3) should be (9, -8), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a negative base is raised to the power like any other number',
      },
    ],
  },
  {
    slug: 'parameters-and-returns-mean',
    topic: 'parameters-and-returns',
    difficulty: 'medium',
    title: 'Average of any number of arguments',
    prompt: `Write a function \`mean(*numbers, ndigits=None)\` that returns the average of the numbers it is given, any number of them.

- With no numbers it returns \`None\`.
- When \`ndigits\` is given, the result is rounded with \`round(result, ndigits)\`.

\`\`\`python
mean(1, 2, 3)            # 2.0
mean(1, 2)               # 1.5
mean(1, 2, 2, ndigits=2) # 1.67
mean()                   # None
\`\`\`

\`*numbers\` collects all the positional arguments into a tuple.`,
    starterCode: py`def mean(*numbers, ndigits=None):
    """Return the average of numbers (None if there are none), rounded to ndigits if given."""
    # TODO
    pass
`,
    solution: py`def mean(*numbers, ndigits=None):
    """Return the average of numbers (None if there are none), rounded to ndigits if given."""
    if not numbers:
        return None
    result = sum(numbers) / len(numbers)
    if ndigits is not None:
        result = round(result, ndigits)
    return result
`,
    hints: [
      'Inside the function, `numbers` is a tuple: try `print(numbers)` when calling `mean(1, 2, 3)`.',
      'Return early when the tuple is empty (dividing by `len(numbers)` would fail); round only when `ndigits is not None`.',
      'Write `if not numbers: return None`, then `result = sum(numbers) / len(numbers)`, round it if `ndigits is not None`, and return it.',
    ],
    tests: [
      {
        name: 'three numbers',
        code: py`got = mean(1, 2, 3)
assert got == 2, f"mean(1, 2, 3) should return 2.0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'not a whole number',
        code: py`got = mean(1, 2)
assert got == 1.5, f"mean(1, 2) should return 1.5, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'no numbers',
        code: py`got = mean()
assert got is None, f"mean() should return None, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'rounding',
        code: py`got = mean(1, 2, 2, ndigits=2)
assert got == 1.67, f"mean(1, 2, 2, ndigits=2) should return 1.67, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'one number, no rounding by default',
        code: py`got = (mean(7), mean(1, 1, 2))
assert got == (7, 4 / 3), f"mean(7) and mean(1, 1, 2) should be (7.0, {4 / 3!r}) -- do not round unless ndigits is given, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'without ndigits the mean is not rounded, and a single number is its own mean',
      },
      {
        name: 'ndigits=0',
        code: py`got = mean(1, 2, 4, ndigits=0)
assert got == 2, f"mean(1, 2, 4, ndigits=0) should return 2.0, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'ndigits=0 rounds the mean to a whole number (still a float)',
      },
    ],
  },
  {
    slug: 'parameters-and-returns-mutable-default',
    topic: 'parameters-and-returns',
    difficulty: 'hard',
    title: 'The shared default list',
    prompt: `This function is supposed to add an item to a list and return the list. Without a list, it should start a **new, empty** one:

\`\`\`python
add_item("a")              # ["a"]
add_item("b")              # ["b"]      (not ["a", "b"]!)
add_item("c", ["x"])       # ["x", "c"]
\`\`\`

The starter code has a famous bug: the default list \`[]\` is created **once**, when the function is defined, and then shared by every call.
Fix \`add_item(item, items=None)\` so that each call without a list gets a fresh one. When a list is passed, append to that list and return it.`,
    starterCode: py`def add_item(item, items=[]):
    """Append item to items (a new list when none is given) and return the list."""
    items.append(item)
    return items
`,
    solution: py`def add_item(item, items=None):
    """Append item to items (a new list when none is given) and return the list."""
    if items is None:
        items = []
    items.append(item)
    return items
`,
    hints: [
      'Call `add_item("a")` and then `add_item("b")`: the second result still holds `"a"`. Where does that list come from?',
      'Default values are evaluated once. Use `None` as the default and create the empty list inside the function body, which runs on every call.',
      'Write `def add_item(item, items=None):`, then `if items is None: items = []`, then append and return.',
    ],
    tests: [
      {
        name: 'one call',
        code: py`got = add_item("a")
assert got == ["a"], f"add_item('a') should return ['a'], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'calls do not share a list',
        code: py`first = add_item("a")
second = add_item("b")
assert second == ["b"], f"A second call add_item('b') should return ['b'], got {second!r} -- the default list is shared between calls"
assert first == ["a"], f"The first result changed to {first!r} after another call"`,
        weight: 3,
        hidden: false,
      },
      {
        name: 'appends to a given list',
        code: py`items = ["x"]
got = add_item("c", items)
assert got == ["x", "c"], f"add_item('c', ['x']) should return ['x', 'c'], got {got!r}"
assert items == ["x", "c"], "add_item should append to the list it is given"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'an empty list passed in is used',
        code: py`items = []
got = add_item(1, items)
assert got is items and items == [1], "When a list is passed, even an empty one, add_item should append to it and return it"`,
        weight: 2,
        hidden: true,
        rule: 'a list that is passed in, even an empty one, is the one appended to and returned',
      },
      {
        name: 'many calls',
        code: py`results = [add_item(n) for n in range(5)]
assert results == [[0], [1], [2], [3], [4]], f"Each call without a list should return a one-element list, got {results!r}"`,
        weight: 1,
        hidden: true,
        rule: 'every call without a list starts from a new empty list',
      },
    ],
  },
  {
    slug: 'scope-and-lambdas-sort-by-length',
    topic: 'scope-and-lambdas',
    difficulty: 'easy',
    title: 'Sort with a lambda',
    prompt: `Write a function \`sort_by_length(words)\` that returns a new list of the words sorted from shortest to longest.
Words of the same length keep their original order.

\`\`\`python
sort_by_length(["banana", "kiwi", "fig", "apple"])   # ["fig", "kiwi", "apple", "banana"]
\`\`\`

\`sorted(items, key=...)\` sorts by the value the key function returns for each item; \`lambda word: len(word)\` is a small function written inline.`,
    starterCode: py`def sort_by_length(words):
    """Return a new list of words sorted by length (stable)."""
    # TODO: sorted(words, key=lambda ...)
    pass
`,
    solution: py`def sort_by_length(words):
    """Return a new list of words sorted by length (stable)."""
    return sorted(words, key=lambda word: len(word))
`,
    hints: [
      '`sorted(words)` alone sorts alphabetically; look at the `key` parameter.',
      'The key is a function from a word to the value to sort by; a lambda writes it in one line: `lambda word: ...`.',
      'Return `sorted(words, key=lambda word: len(word))` (or `key=len`).',
    ],
    tests: [
      {
        name: 'shortest first',
        code: py`got = sort_by_length(["banana", "kiwi", "fig", "apple"])
assert got == ["fig", "kiwi", "apple", "banana"], f"expected ['fig', 'kiwi', 'apple', 'banana'], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'same length keeps the order',
        code: py`got = sort_by_length(["bb", "aa", "c"])
assert got == ["c", "bb", "aa"], f"Words of the same length keep their order (not alphabetical): expected ['c', 'bb', 'aa'], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'returns a new list',
        code: py`words = ["ccc", "a"]
got = sort_by_length(words)
assert got == ["a", "ccc"], f"expected ['a', 'ccc'], got {got!r}"
assert words == ["ccc", "a"], "sort_by_length should not change the list it is given -- use sorted(), not .sort()"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = sort_by_length([])
assert got == [], f"sort_by_length([]) should return [], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'an empty list gives an empty list',
      },
    ],
  },
  {
    slug: 'scope-and-lambdas-multiplier',
    topic: 'scope-and-lambdas',
    difficulty: 'medium',
    title: 'Functions that make functions',
    prompt: `Write a function \`make_multiplier(factor)\` that returns a **function**. The returned function takes one number and returns it multiplied by \`factor\`.

\`\`\`python
double = make_multiplier(2)
triple = make_multiplier(3)
double(5)    # 10
triple(5)    # 15
\`\`\`

The inner function (a \`lambda\` or a nested \`def\`) remembers \`factor\` from the enclosing function: this is a *closure*.`,
    starterCode: py`def make_multiplier(factor):
    """Return a function that multiplies its argument by factor."""
    # TODO: return a lambda that uses factor
    pass
`,
    solution: py`def make_multiplier(factor):
    """Return a function that multiplies its argument by factor."""
    return lambda number: number * factor
`,
    hints: [
      '`make_multiplier(2)` must return something you can call: `make_multiplier(2)(5)` should be 10.',
      'Return a function object, not a number; a lambda with one parameter can use `factor` from the outer function.',
      'Write `return lambda number: number * factor`.',
    ],
    tests: [
      {
        name: 'returns a function',
        code: py`got = make_multiplier(2)
assert callable(got), f"make_multiplier(2) should return a function, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'doubles',
        code: py`double = make_multiplier(2)
got = double(5)
assert got == 10, f"make_multiplier(2)(5) should return 10, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'each function keeps its own factor',
        code: py`double = make_multiplier(2)
triple = make_multiplier(3)
got = (double(5), triple(5), double(1))
assert got == (10, 15, 2), f"double(5), triple(5), double(1) should be (10, 15, 2), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'zero and negative factors',
        code: py`got = (make_multiplier(0)(7), make_multiplier(-1)(7))
assert got == (0, -7), f"expected (0, -7), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the multiplier works for any factor, zero and negative ones included',
      },
      {
        name: 'works with map',
        code: py`got = list(map(make_multiplier(10), [1, 2, 3]))
assert got == [10, 20, 30], f"expected [10, 20, 30], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the returned function is an ordinary function of one argument',
      },
    ],
  },
  {
    slug: 'scope-and-lambdas-counter',
    topic: 'scope-and-lambdas',
    difficulty: 'hard',
    title: 'A counter with nonlocal',
    prompt: `Write a function \`make_counter(start=0)\` that returns a function with no parameters. Each call of the returned function adds 1 to its count and returns the new count.
Two counters must not share their count.

\`\`\`python
counter = make_counter()
counter()    # 1
counter()    # 2
other = make_counter(10)
other()      # 11
counter()    # 3
\`\`\`

To change a variable of the enclosing function from the inner one, declare it with \`nonlocal\`. Do not use a global variable.`,
    starterCode: py`def make_counter(start=0):
    """Return a function that returns start + 1, start + 2, ... on each call."""
    count = start

    def counter():
        # TODO: add 1 to count and return it
        pass

    return counter
`,
    solution: py`def make_counter(start=0):
    """Return a function that returns start + 1, start + 2, ... on each call."""
    count = start

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
`,
    hints: [
      'If you get `UnboundLocalError`, read it: assigning to `count` inside `counter` makes Python treat it as a new local variable.',
      'Declare `nonlocal count` at the top of `counter` so that it changes the `count` of `make_counter` instead of creating a local one.',
      'Inside `counter`: `nonlocal count`, then `count += 1`, then `return count`.',
    ],
    tests: [
      {
        name: 'counts from 1',
        code: py`counter = make_counter()
got = [counter(), counter(), counter()]
assert got == [1, 2, 3], f"Three calls of make_counter() should return 1, 2, 3, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'custom start',
        code: py`counter = make_counter(10)
got = [counter(), counter()]
assert got == [11, 12], f"make_counter(10) should count 11, 12, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'counters are independent',
        code: py`a = make_counter()
b = make_counter()
got = (a(), a(), b(), a())
assert got == (1, 2, 1, 3), f"Each counter keeps its own count: expected (1, 2, 1, 3), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'no global count',
        code: py`first = make_counter()
first()
first()
second = make_counter()
got = second()
assert got == 1, f"A new counter should start again from 1, got {got!r} -- keep the count inside make_counter, not in a global"`,
        weight: 2,
        hidden: true,
        rule: 'each counter keeps its own count, inside make_counter, not in a global',
      },
      {
        name: 'negative start',
        code: py`counter = make_counter(-2)
got = [counter(), counter(), counter()]
assert got == [-1, 0, 1], f"make_counter(-2) should count -1, 0, 1, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the counter counts up from any start, a negative one included',
      },
    ],
  },
];
