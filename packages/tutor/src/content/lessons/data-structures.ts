import type { Lesson } from '@learnflow/contracts';

/** Module "Data Structures": lists and tuples, dictionaries and sets, list comprehensions. */
export const dataStructuresLessons: Record<string, Lesson> = {
  lists: {
    summary:
      'A list is an ordered, changeable collection written in square brackets; a tuple is an ordered collection that cannot change.',
    explanation: [
      'A **list** stores several values in order, inside square brackets: `colors = ["red", "green", "blue"]`. A list can hold any types, even a mix, and `len(colors)` tells you how many items it has.',
      'Each item has a position called an **index**, and indexes **start at 0**: `colors[0]` is `"red"` and `colors[2]` is `"blue"`. Negative indexes count from the end, so `colors[-1]` is the last item. Asking for a position that does not exist raises `IndexError: list index out of range`.',
      'A **slice** takes a part of a list: `colors[0:2]` gives a new list with the items at positions 0 and 1. As with `range()`, the stop position is not included. You can leave out either end: `colors[1:]` is everything from position 1 on.',
      'Lists are **mutable**, meaning you can change them after creating them:\n\n- `colors[0] = "pink"` replaces an item.\n- `colors.append("black")` adds to the end; `colors.insert(0, "white")` adds at a position.\n- `colors.remove("green")` deletes the first matching value; `colors.pop()` removes and returns the last item.\n- `"red" in colors` checks membership and gives `True` or `False`.',
      'These are **methods**: functions that belong to the list and are called with a dot. Watch out: methods that change a list in place, like `.sort()` and `.append()`, return `None`. Use `sorted(colors)` when you want a new sorted list and want to keep the original unchanged.',
      'A **tuple** is like a list but written with parentheses, `point = (3, 4)`, and it is **immutable**: once created it cannot change, so `point[0] = 10` raises a `TypeError`. Use tuples for small groups of values that belong together, such as coordinates. A tuple with one item needs a trailing comma: `(5,)`.',
      '**Unpacking** assigns the items of a list or tuple to several names at once: `x, y = point` gives `x = 3` and `y = 4`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Indexing and slicing',
        code: `colors = ["red", "green", "blue", "yellow"]
print(colors[0])
print(colors[-1])
print(colors[1:3])
print(len(colors))
print("blue" in colors)
`,
        expectedOutput: `red
yellow
['green', 'blue']
4
True
`,
        explanation:
          'Index 0 is the first item and -1 the last. The slice `1:3` takes positions 1 and 2 but not 3. `in` checks whether a value is in the list.',
      },
      {
        title: 'Changing a list',
        code: `tasks = ["wash", "cook"]
tasks.append("read")
tasks.insert(0, "wake up")
print(tasks)
tasks.remove("cook")
last = tasks.pop()
print("Popped:", last)
print(tasks)
tasks[0] = "get up"
print(tasks)
`,
        expectedOutput: `['wake up', 'wash', 'cook', 'read']
Popped: read
['wake up', 'wash']
['get up', 'wash']
`,
        explanation:
          '`append` adds at the end, `insert` at a chosen position, `remove` deletes by value and `pop` removes and returns the last item. Assigning to an index replaces that item.',
      },
      {
        title: 'sort() versus sorted()',
        code: `numbers = [5, 2, 9, 1]
ordered = sorted(numbers)
print(ordered)
print(numbers)
numbers.sort(reverse=True)
print(numbers)
print(numbers.sort())
`,
        expectedOutput: `[1, 2, 5, 9]
[5, 2, 9, 1]
[9, 5, 2, 1]
None
`,
        explanation:
          '`sorted()` returns a new list and leaves `numbers` untouched. `.sort()` changes the list itself and returns `None`, which is why the last line prints `None`.',
      },
      {
        title: 'Tuples and unpacking',
        code: `point = (3, 4)
x, y = point
print("x is", x, "and y is", y)
rgb = (255, 128, 0)
print(len(rgb), rgb[1])
single = (5,)
print(type(single), type((5)))
`,
        expectedOutput: `x is 3 and y is 4
3 128
<class 'tuple'> <class 'int'>
`,
        explanation:
          'Unpacking gives each item of the tuple its own name. Tuples support `len()` and indexing like lists. The comma, not the parentheses, makes a tuple: `(5,)` is a tuple but `(5)` is just the number 5.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Using the length as an index: for a 4-item list, `colors[4]` raises `IndexError: list index out of range`.',
        fix: 'Indexes go from 0 to `len(colors) - 1`; use `colors[-1]` for the last item.',
      },
      {
        mistake: 'Writing `numbers = numbers.sort()`, which replaces your list with `None`.',
        fix: 'Call `numbers.sort()` on its own line, or write `numbers = sorted(numbers)`.',
      },
      {
        mistake:
          "Trying to change a tuple: `point[0] = 10` raises `TypeError: 'tuple' object does not support item assignment`.",
        fix: 'Use a list if the values must change, or create a new tuple: `point = (10, point[1])`.',
      },
      {
        mistake:
          'Thinking `b = a` copies a list. Both names then refer to the same list, so `b.append(3)` also changes `a`.',
        fix: 'Make a real copy with `b = a.copy()` or `b = a[:]`.',
      },
      {
        mistake:
          'Using `append` to add several items: `nums.append([4, 5])` adds one nested list, giving `[1, 2, 3, [4, 5]]`.',
        fix: 'Use `nums.extend([4, 5])` to add each item separately.',
      },
    ],
    keyTerms: [
      { term: 'list', definition: 'An ordered, mutable collection of values written in square brackets.' },
      {
        term: 'index',
        definition:
          'The position of an item in a sequence, starting at 0; negative indexes count from the end.',
      },
      {
        term: 'slice',
        definition: 'A part of a sequence taken with `[start:stop]`, where stop is not included.',
      },
      { term: 'mutable', definition: 'Able to be changed after creation, like a list.' },
      {
        term: 'method',
        definition:
          'A function that belongs to a value and is called with a dot, like `colors.append("red")`.',
      },
      {
        term: 'tuple',
        definition: 'An ordered, immutable collection written in parentheses, like `(3, 4)`.',
      },
      { term: 'immutable', definition: 'Unable to be changed after creation, like a tuple or a string.' },
      {
        term: 'unpacking',
        definition: 'Assigning the items of a sequence to several names at once: `x, y = point`.',
      },
    ],
  },

  dictionaries: {
    summary:
      'A dictionary maps unique keys to values for fast lookup; a set holds unique values with no order.',
    explanation: [
      'A **dictionary** (`dict`) stores **key-value pairs**. Instead of looking things up by position, you look them up by **key**:',
      '```python\nages = {"Ana": 31, "Ben": 25}\nprint(ages["Ana"])  # 31\n```',
      'Each key appears only once and maps to one **value**. Assigning to a key adds the pair if the key is new, or replaces the value if it exists: `ages["Cleo"] = 40` adds Cleo, `ages["Ben"] = 26` updates Ben. `del ages["Ana"]` removes a pair. Dictionaries remember the order in which keys were added.',
      'Looking up a missing key with square brackets raises a **KeyError**: `ages["Zoe"]` gives `KeyError: \'Zoe\'`. To avoid it, check first with `"Zoe" in ages` (the `in` operator checks keys), or use the **get()** method, which returns `None` or a default you choose: `ages.get("Zoe", 0)` returns `0`.',
      'To loop over a dictionary, use `.items()` to get each key and value together: `for name, age in ages.items():`. Looping over the dictionary itself gives only the keys; `.values()` gives only the values.',
      "Keys must be **hashable**, which in practice means immutable: strings, numbers and tuples are fine, but a list cannot be a key (`TypeError: unhashable type: 'list'`). Values can be anything.",
      'A **set** is a collection of unique values with no order and no indexes: `{"red", "blue"}`. Converting a list to a set removes duplicates, and `in` checks are very fast. Sets support maths-style operations: `a | b` is the **union** (items in either), `a & b` the **intersection** (items in both) and `a - b` the difference. Because sets have no order, use `sorted(my_set)` when you need a predictable order. Note that `{}` creates an empty dictionary; an empty set is written `set()`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Creating, updating and looking up',
        code: `ages = {"Ana": 31, "Ben": 25}
print(ages["Ana"])
ages["Cleo"] = 40
ages["Ben"] = 26
print(ages)
print(ages.get("Dan"))
print(ages.get("Dan", 0))
print("Ben" in ages)
`,
        expectedOutput: `31
{'Ana': 31, 'Ben': 26, 'Cleo': 40}
None
0
True
`,
        explanation:
          'Assigning to a new key adds it; assigning to an existing key replaces its value. `get()` returns `None` or the given default for a missing key instead of raising an error, and `in` checks the keys.',
      },
      {
        title: 'Looping over a dictionary',
        code: `stock = {"apples": 5, "pears": 0, "plums": 12}
for fruit, count in stock.items():
    print(f"{fruit}: {count}")
print(list(stock.keys()))
print(sum(stock.values()))
`,
        expectedOutput: `apples: 5
pears: 0
plums: 12
['apples', 'pears', 'plums']
17
`,
        explanation:
          '`.items()` gives `(key, value)` pairs that unpack into two loop variables. `.keys()` and `.values()` give just the keys or just the values, in insertion order.',
      },
      {
        title: 'Counting with a dictionary',
        code: `word = "banana"
counts = {}
for letter in word:
    counts[letter] = counts.get(letter, 0) + 1
print(counts)
`,
        expectedOutput: `{'b': 1, 'a': 3, 'n': 2}
`,
        explanation:
          'For each letter, `counts.get(letter, 0)` returns the count so far (0 the first time), and we store that plus one. This is the classic counting pattern.',
      },
      {
        title: 'Sets remove duplicates',
        code: `visits = ["home", "shop", "home", "blog", "shop"]
unique = set(visits)
print(len(unique))
print(sorted(unique))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b)
print(a & b)
print(a - b)
`,
        expectedOutput: `3
['blog', 'home', 'shop']
{1, 2, 3, 4, 5}
{3, 4}
{1, 2}
`,
        explanation:
          'Turning the list into a set keeps one copy of each value. `sorted()` gives a predictable order for printing. `|`, `&` and `-` compute the union, intersection and difference.',
      },
    ],
    commonMistakes: [
      {
        mistake: 'Looking up a key that is not there: `ages["Dan"]` raises `KeyError: \'Dan\'`.',
        fix: 'Check with `if "Dan" in ages:` first, or use `ages.get("Dan", default)`.',
      },
      {
        mistake: 'Writing `{}` to create an empty set; it actually creates an empty dictionary.',
        fix: 'Use `set()` for an empty set.',
      },
      {
        mistake:
          'Using a list as a dictionary key or set item: `{[1, 2]: "x"}` raises `TypeError: unhashable type: \'list\'`.',
        fix: 'Use an immutable value such as a tuple: `{(1, 2): "x"}`.',
      },
      {
        mistake:
          "Indexing a set like a list: `colors_set[0]` raises `TypeError: 'set' object is not subscriptable`.",
        fix: 'Sets have no positions. Loop over the set, or convert it with `sorted(colors_set)` to get an indexable list.',
      },
      {
        mistake:
          'Writing `for key, value in ages:`, which loops over the keys only and fails with `ValueError: too many values to unpack (expected 2)`.',
        fix: 'Loop over `ages.items()` to get the key and value together.',
      },
    ],
    keyTerms: [
      {
        term: 'dictionary',
        definition: 'A collection of key-value pairs, written `{key: value}`, for fast lookup by key.',
      },
      { term: 'key', definition: 'The unique, hashable label used to look up a value in a dictionary.' },
      { term: 'value', definition: 'The data stored under a key in a dictionary.' },
      { term: 'key-value pair', definition: 'One entry of a dictionary: a key together with its value.' },
      {
        term: 'KeyError',
        definition: 'The exception raised when you look up a key that is not in the dictionary.',
      },
      {
        term: 'get()',
        definition:
          'A dictionary method that returns the value for a key, or a default if the key is missing.',
      },
      {
        term: 'hashable',
        definition:
          'Usable as a dictionary key or set item; in practice, immutable values like strings, numbers and tuples.',
      },
      { term: 'set', definition: 'An unordered collection of unique values.' },
      {
        term: 'union',
        definition:
          'The set of items in either of two sets, written `a | b`; the intersection `a & b` keeps items in both.',
      },
    ],
  },

  'list-comprehensions': {
    summary:
      'A list comprehension builds a new list from an iterable in one readable line: `[expression for item in iterable if condition]`.',
    explanation: [
      'Often you build a list with a loop: start with an empty list and `append` to it. A **list comprehension** does the same in a single expression:',
      '```python\nsquares = [n * n for n in range(5)]  # [0, 1, 4, 9, 16]\n```',
      'Read it left to right as "make `n * n` for each `n` in `range(5)`". The first part is the **expression** that produces each new item; after it comes a `for` clause that goes through an **iterable**, exactly like a `for` loop.',
      'Add a **filter condition** at the end to keep only some items: `[n for n in numbers if n > 0]` keeps the positive numbers. Items for which the condition is false are left out of the new list.',
      'To *transform* items differently instead of leaving some out, use a **conditional expression** in the first part: `["pass" if s >= 50 else "fail" for s in scores]`. Note where things go: an `if` *with* an `else` belongs at the front, an `if` *without* an `else` (a filter) belongs at the end. Mixing them up gives `SyntaxError: invalid syntax`.',
      'The same idea works for other collections. A **dictionary comprehension** uses braces and a `key: value` pair: `{name: len(name) for name in names}`. A **set comprehension** uses braces with a single expression: `{word[0] for word in words}`. With parentheses you get a **generator expression**, which produces items one by one instead of building a list; it is handy inside functions like `sum(n * n for n in range(10))`.',
      'A comprehension always creates a new list and leaves the original unchanged. Use one when it reads clearly in one line. If you need several steps, nested conditions or `print()` calls, a normal `for` loop is easier to read.',
    ].join('\n\n'),
    examples: [
      {
        title: 'A loop and the equivalent comprehension',
        code: `numbers = [1, 2, 3, 4, 5]
squares = []
for n in numbers:
    squares.append(n * n)
print(squares)
squares = [n * n for n in numbers]
print(squares)
`,
        expectedOutput: `[1, 4, 9, 16, 25]
[1, 4, 9, 16, 25]
`,
        explanation:
          'Both versions build the same list. The comprehension puts the expression `n * n` first and the `for` clause after it, with no empty list and no `append` needed.',
      },
      {
        title: 'Filtering with if',
        code: `numbers = [7, 12, 5, 20, 3, 18]
evens = [n for n in numbers if n % 2 == 0]
big = [n for n in numbers if n > 15]
print(evens)
print(big)
words = ["Sun", "moon", "Star", "sky"]
print([w.lower() for w in words if w[0].isupper()])
`,
        expectedOutput: `[12, 20, 18]
[20, 18]
['sun', 'star']
`,
        explanation:
          'The `if` at the end keeps only items whose condition is true. The last comprehension filters and transforms at once: it keeps words starting with a capital and lowercases them.',
      },
      {
        title: 'A conditional expression in the result',
        code: `scores = [45, 80, 62, 30]
results = ["pass" if s >= 50 else "fail" for s in scores]
print(results)
capped = [s if s <= 60 else 60 for s in scores]
print(capped)
`,
        expectedOutput: `['fail', 'pass', 'pass', 'fail']
[45, 60, 60, 30]
`,
        explanation:
          'Here every score produces an item, so the new list has the same length. The `if ... else` at the front chooses which value each item becomes.',
      },
      {
        title: 'Dictionary, set and generator versions',
        code: `names = ["ana", "bo", "cleo"]
lengths = {name: len(name) for name in names}
print(lengths)
first_letters = {word[0] for word in ["apple", "avocado", "banana"]}
print(sorted(first_letters))
print(sum(n * n for n in range(1, 4)))
`,
        expectedOutput: `{'ana': 3, 'bo': 2, 'cleo': 4}
['a', 'b']
14
`,
        explanation:
          'A dictionary comprehension builds key-value pairs; a set comprehension keeps unique values (the duplicate `a` appears once). The generator expression feeds 1, 4 and 9 to `sum()` without building a list.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Putting an `if ... else` at the end: `[x for x in nums if x > 0 else 0]` raises `SyntaxError: invalid syntax`.',
        fix: 'A conditional expression goes before `for`: `[x if x > 0 else 0 for x in nums]`. Only a filter (an `if` with no `else`) goes at the end.',
      },
      {
        mistake:
          'Using a comprehension just to call a function, like `[print(x) for x in items]`, which also builds a useless list of `None` values.',
        fix: 'Use a normal `for` loop when you want actions rather than a new list.',
      },
      {
        mistake:
          'Using parentheses and expecting a list: `(n * n for n in nums)` is a generator, and printing it shows `<generator object <genexpr> at 0x...>`.',
        fix: 'Use square brackets for a list, or wrap it: `list(n * n for n in nums)`.',
      },
      {
        mistake: 'Cramming several loops and conditions into one comprehension until nobody can read it.',
        fix: 'If it does not read clearly in one line, write a regular `for` loop instead.',
      },
      {
        mistake: 'Expecting a comprehension to change the original list in place.',
        fix: 'A comprehension always builds a new list; assign it to a name, e.g. `numbers = [n * 2 for n in numbers]`.',
      },
    ],
    keyTerms: [
      {
        term: 'list comprehension',
        definition:
          'A compact expression `[expression for item in iterable if condition]` that builds a new list.',
      },
      {
        term: 'expression',
        definition: 'The first part of a comprehension, evaluated to produce each new item.',
      },
      { term: 'iterable', definition: 'The collection or range the `for` clause goes through.' },
      {
        term: 'filter condition',
        definition: 'An `if` at the end of a comprehension that decides which items are kept.',
      },
      {
        term: 'conditional expression',
        definition: 'A value chosen by a condition, written `a if condition else b`.',
      },
      {
        term: 'dictionary comprehension',
        definition: 'A comprehension in braces with `key: value` that builds a dictionary.',
      },
      {
        term: 'set comprehension',
        definition: 'A comprehension in braces with one expression that builds a set.',
      },
      {
        term: 'generator expression',
        definition:
          'A comprehension in parentheses that produces items one at a time instead of building a list.',
      },
    ],
  },
};
