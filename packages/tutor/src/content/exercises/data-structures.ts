import type { ExerciseDefinition } from '@learnflow/contracts';

// Python source is kept verbatim: `\n` inside it stays a Python escape.
const py = String.raw;

// Checks that student.py contains a list comprehension, for the list-comprehensions exercises.
const usesListComprehension = py`import ast
with open("student.py", encoding="utf-8") as source:
    tree = ast.parse(source.read())
assert any(isinstance(node, ast.ListComp) for node in ast.walk(tree)), "Write the result as a list comprehension: [expression for item in items]"`;

/** Exercises of the "Data Structures" module: lists and tuples, dictionaries and sets, list comprehensions. */
export const dataStructuresExercises: ExerciseDefinition[] = [
  {
    slug: 'lists-first-and-last',
    topic: 'lists',
    difficulty: 'easy',
    title: 'First and last',
    prompt: `Write a function \`first_and_last(items)\` that returns a tuple with the first and the last element of the list \`items\`.
For an empty list, return \`None\`.

\`\`\`python
first_and_last([4, 8, 15])   # (4, 15)
first_and_last(["solo"])     # ("solo", "solo")
first_and_last([])           # None
\`\`\`

\`items[-1]\` is the last element of a list.`,
    starterCode: py`def first_and_last(items):
    """Return (first, last) of items, or None if items is empty."""
    # TODO
    pass
`,
    solution: py`def first_and_last(items):
    """Return (first, last) of items, or None if items is empty."""
    if not items:
        return None
    return items[0], items[-1]
`,
    hints: [
      'Try your function on an empty list first: `[][0]` raises an IndexError.',
      'Handle the empty list before indexing; otherwise index 0 is the first element and index -1 the last.',
      'Write `if not items: return None`, then `return items[0], items[-1]`.',
    ],
    tests: [
      {
        name: 'three numbers',
        code: py`got = first_and_last([4, 8, 15])
assert got == (4, 15), f"first_and_last([4, 8, 15]) should return (4, 15), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'returns a tuple',
        code: py`got = first_and_last([1, 2])
assert isinstance(got, tuple), f"first_and_last should return a tuple like (1, 2), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'one element',
        code: py`got = first_and_last(["solo"])
assert got == ("solo", "solo"), f"first_and_last(['solo']) should return ('solo', 'solo'), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = first_and_last([])
assert got is None, f"first_and_last([]) should return None, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'long list, unchanged',
        code: py`items = list(range(100))
got = first_and_last(items)
assert got == (0, 99), f"first_and_last(list(range(100))) should return (0, 99), got {got!r}"
assert items == list(range(100)), "first_and_last should not change the list it is given"`,
        weight: 1,
        hidden: true,
        rule: 'the first and last items are returned and the list given is left unchanged',
      },
    ],
  },
  {
    slug: 'lists-unique-in-order',
    topic: 'lists',
    difficulty: 'medium',
    title: 'Remove duplicates, keep the order',
    prompt: `Write a function \`unique(items)\` that returns a **new** list with the elements of \`items\`, each only once, in the order they first appear.
The list passed in must not change.

\`\`\`python
unique([3, 1, 3, 2, 1])        # [3, 1, 2]
unique(["a", "b", "a"])        # ["a", "b"]
unique([])                     # []
\`\`\`

\`set(items)\` removes duplicates but loses the order, so build the result yourself.`,
    starterCode: py`def unique(items):
    """Return a new list of the elements of items without repeats, in first-seen order."""
    result = []
    # TODO: add each element to result unless it is already there
    pass
`,
    solution: py`def unique(items):
    """Return a new list of the elements of items without repeats, in first-seen order."""
    result = []
    for item in items:
        if item not in result:
            result.append(item)
    return result
`,
    hints: [
      'Check the order of your result for `[3, 1, 3, 2, 1]`, and check that `items` is unchanged afterwards.',
      'Go through `items` once; append an element to the new list only if it is not in it yet.',
      'Write `for item in items:` with `if item not in result: result.append(item)` inside, then `return result`.',
    ],
    tests: [
      {
        name: 'numbers',
        code: py`got = unique([3, 1, 3, 2, 1])
assert got == [3, 1, 2], f"unique([3, 1, 3, 2, 1]) should return [3, 1, 2], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'keeps first-seen order',
        code: py`got = unique(["b", "a", "b", "c", "a"])
assert got == ["b", "a", "c"], f"unique(['b', 'a', 'b', 'c', 'a']) should return ['b', 'a', 'c'] (first-seen order), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = unique([])
assert got == [], f"unique([]) should return [], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'does not change its argument',
        code: py`items = [1, 1, 2]
got = unique(items)
assert items == [1, 1, 2], f"unique must not change the list it is given; it became {items!r}"
assert got is not items, "unique should return a new list, not the one it was given"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'no duplicates at all',
        code: py`got = unique([5, 4, 3])
assert got == [5, 4, 3], f"unique([5, 4, 3]) should return [5, 4, 3], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a list without duplicates comes back as it is, in the same order',
      },
      {
        name: 'all the same',
        code: py`got = unique(["x"] * 10)
assert got == ["x"], f"unique of ten 'x' should return ['x'], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'repeated items are kept once, at their first position',
      },
    ],
  },
  {
    slug: 'lists-chunk',
    topic: 'lists',
    difficulty: 'hard',
    title: 'Split a list into chunks',
    prompt: `Write a function \`chunk(items, size)\` that splits the list \`items\` into consecutive lists of \`size\` elements.
The last chunk holds what is left and may be shorter. An empty list gives \`[]\`.

\`\`\`python
chunk([1, 2, 3, 4, 5], 2)   # [[1, 2], [3, 4], [5]]
chunk(["a", "b", "c"], 3)   # [["a", "b", "c"]]
chunk([], 4)                # []
\`\`\`

Slicing helps: \`items[2:4]\` is the elements at index 2 and 3, and a slice past the end simply stops at the end.`,
    starterCode: py`def chunk(items, size):
    """Return items split into lists of size elements (the last may be shorter)."""
    chunks = []
    # TODO: take items[start:start + size] for start = 0, size, 2 * size, ...
    pass
`,
    solution: py`def chunk(items, size):
    """Return items split into lists of size elements (the last may be shorter)."""
    chunks = []
    for start in range(0, len(items), size):
        chunks.append(items[start:start + size])
    return chunks
`,
    hints: [
      'Write down the start index of each chunk for `chunk([1, 2, 3, 4, 5], 2)`: 0, 2, 4.',
      '`range(0, len(items), size)` gives exactly those start indexes; each chunk is the slice from `start` to `start + size`.',
      'Write `for start in range(0, len(items), size): chunks.append(items[start:start + size])`, then `return chunks`.',
    ],
    tests: [
      {
        name: 'pairs',
        code: py`got = chunk([1, 2, 3, 4, 5], 2)
assert got == [[1, 2], [3, 4], [5]], f"chunk([1, 2, 3, 4, 5], 2) should return [[1, 2], [3, 4], [5]], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'exact fit',
        code: py`got = chunk([1, 2, 3, 4], 2)
assert got == [[1, 2], [3, 4]], f"chunk([1, 2, 3, 4], 2) should return [[1, 2], [3, 4]] -- no empty chunk at the end, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'one chunk',
        code: py`got = chunk(["a", "b", "c"], 3)
assert got == [["a", "b", "c"]], f"chunk(['a', 'b', 'c'], 3) should return [['a', 'b', 'c']], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = chunk([], 4)
assert got == [], f"chunk([], 4) should return [], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'size larger than the list',
        code: py`got = chunk([1, 2], 10)
assert got == [[1, 2]], f"chunk([1, 2], 10) should return [[1, 2]], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a size larger than the list gives one chunk with everything',
      },
      {
        name: 'size 1, input unchanged',
        code: py`items = [7, 8, 9]
got = chunk(items, 1)
assert got == [[7], [8], [9]], f"chunk([7, 8, 9], 1) should return [[7], [8], [9]], got {got!r}"
assert items == [7, 8, 9], "chunk should not change the list it is given"`,
        weight: 1,
        hidden: true,
        rule: 'a size of 1 gives one chunk per item, and the list given is left unchanged',
      },
    ],
  },
  {
    slug: 'dictionaries-phone-book',
    topic: 'dictionaries',
    difficulty: 'easy',
    title: 'Phone book lookup',
    prompt: `Write a function \`lookup(book, name)\` that returns the phone number of \`name\` in the dictionary \`book\`, or \`"unknown"\` when the name is not in it.

\`\`\`python
book = {"Ana": "555-0101", "Bo": "555-0199"}
lookup(book, "Ana")   # "555-0101"
lookup(book, "Cy")    # "unknown"
\`\`\`

\`book.get(key, default)\` returns \`default\` instead of raising a KeyError.`,
    starterCode: py`def lookup(book, name):
    """Return book[name], or "unknown" if name is not in book."""
    # TODO
    pass
`,
    solution: py`def lookup(book, name):
    """Return book[name], or "unknown" if name is not in book."""
    return book.get(name, "unknown")
`,
    hints: [
      'Try a name that is not in the book: `book["Cy"]` raises a KeyError.',
      'You need a default value for missing keys; dictionaries have a method for exactly that.',
      'Return `book.get(name, "unknown")`.',
    ],
    tests: [
      {
        name: 'known name',
        code: py`book = {"Ana": "555-0101", "Bo": "555-0199"}
got = lookup(book, "Ana")
assert got == "555-0101", f"lookup(book, 'Ana') should return '555-0101', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'unknown name',
        code: py`book = {"Ana": "555-0101"}
got = lookup(book, "Cy")
assert got == "unknown", f"lookup(book, 'Cy') should return 'unknown' when 'Cy' is not in the book, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty book',
        code: py`got = lookup({}, "Ana")
assert got == "unknown", f"lookup({{}}, 'Ana') should return 'unknown', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'does not add the name',
        code: py`book = {"Ana": "555-0101"}
lookup(book, "Cy")
assert book == {"Ana": "555-0101"}, f"lookup should not change the book; it became {book!r}"`,
        weight: 1,
        hidden: true,
        rule: 'looking up a name never changes the phone book',
      },
      {
        name: 'names are case-sensitive',
        code: py`book = {"Ana": "555-0101", "ana": "555-0000"}
got = (lookup(book, "ana"), lookup(book, "ANA"))
assert got == ("555-0000", "unknown"), f"expected ('555-0000', 'unknown'), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'names are matched exactly, upper and lower case included',
      },
    ],
  },
  {
    slug: 'dictionaries-word-count',
    topic: 'dictionaries',
    difficulty: 'medium',
    title: 'Count the words',
    prompt: `Write a function \`word_count(text)\` that returns a dictionary mapping each word of \`text\` to how many times it appears.
Words are separated by whitespace and counted in lower case.

\`\`\`python
word_count("the cat and the hat")
# {"the": 2, "cat": 1, "and": 1, "hat": 1}
word_count("Go go GO")
# {"go": 3}
word_count("")
# {}
\`\`\``,
    starterCode: py`def word_count(text):
    """Return {word: count} for the lower-case words of text."""
    counts = {}
    # TODO: loop over the words and add 1 to each word's count
    pass
`,
    solution: py`def word_count(text):
    """Return {word: count} for the lower-case words of text."""
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
`,
    hints: [
      'Look at the first time a word is seen: `counts[word] += 1` raises a KeyError because the word has no count yet.',
      'Split the lower-cased text into words; for each one, its new count is its old count (0 if absent) plus 1.',
      'Write `for word in text.lower().split(): counts[word] = counts.get(word, 0) + 1`, then `return counts`.',
    ],
    tests: [
      {
        name: 'repeated word',
        code: py`got = word_count("the cat and the hat")
assert got == {"the": 2, "cat": 1, "and": 1, "hat": 1}, f"word_count('the cat and the hat') gave {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ignores case',
        code: py`got = word_count("Go go GO")
assert got == {"go": 3}, f"word_count('Go go GO') should return {{'go': 3}} -- count words in lower case, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'empty text',
        code: py`got = word_count("")
assert got == {}, f"word_count('') should return an empty dict, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'extra whitespace',
        code: py`got = word_count("  a  b\n a\tb  ")
assert got == {"a": 2, "b": 2}, f"Extra spaces, tabs and newlines only separate words: expected {{'a': 2, 'b': 2}}, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'a longer text',
        code: py`got = word_count("one fish two fish red fish blue fish")
assert got == {"one": 1, "fish": 4, "two": 1, "red": 1, "blue": 1}, f"got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'every word is counted, however often it appears',
      },
    ],
  },
  {
    slug: 'dictionaries-group-by-length',
    topic: 'dictionaries',
    difficulty: 'hard',
    title: 'Group words by length',
    prompt: `Write a function \`group_by_length(words)\` that returns a dictionary mapping each word length to the **sorted list of distinct** words of that length.
Words are compared in lower case, so \`"Cat"\` and \`"cat"\` are the same word.

\`\`\`python
group_by_length(["cat", "dog", "Cat", "horse", "ox"])
# {3: ["cat", "dog"], 5: ["horse"], 2: ["ox"]}
group_by_length([])
# {}
\`\`\`

A set per length removes the duplicates for you; turn each set into a sorted list at the end.`,
    starterCode: py`def group_by_length(words):
    """Return {length: sorted list of distinct lower-case words of that length}."""
    groups = {}
    # TODO: collect a set of words for each length, then sort each group
    pass
`,
    solution: py`def group_by_length(words):
    """Return {length: sorted list of distinct lower-case words of that length}."""
    groups = {}
    for word in words:
        word = word.lower()
        groups.setdefault(len(word), set()).add(word)
    return {length: sorted(group) for length, group in groups.items()}
`,
    hints: [
      'Check the three requirements one by one on the example: grouped by length, no duplicates, sorted.',
      'Use the length as the key and a set of lower-case words as the value, created the first time a length is seen; sort each set only at the end.',
      'In the loop: `groups.setdefault(len(word), set()).add(word.lower())`; then return `{length: sorted(group) for length, group in groups.items()}`.',
    ],
    tests: [
      {
        name: 'groups by length',
        code: py`got = group_by_length(["cat", "horse", "ox"])
assert got == {3: ["cat"], 5: ["horse"], 2: ["ox"]}, f"group_by_length(['cat', 'horse', 'ox']) gave {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'each group is sorted',
        code: py`got = group_by_length(["dog", "cat", "bee"])
assert got == {3: ["bee", "cat", "dog"]}, f"The words of each group should be sorted: expected {{3: ['bee', 'cat', 'dog']}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'no duplicates, any case',
        code: py`got = group_by_length(["cat", "Cat", "CAT", "dog"])
assert got == {3: ["cat", "dog"]}, f"'cat', 'Cat' and 'CAT' are the same word: expected {{3: ['cat', 'dog']}}, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'values are lists',
        code: py`got = group_by_length(["a"])
assert got == {1: ["a"]} and isinstance(got[1], list), f"Each group should be a list, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = group_by_length([])
assert got == {}, f"group_by_length([]) should return {{}}, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'an empty list gives an empty dict',
      },
      {
        name: 'mixed example',
        code: py`got = group_by_length(["Tree", "sky", "tree", "Sun", "moon", "SKY", "a"])
assert got == {4: ["moon", "tree"], 3: ["sky", "sun"], 1: ["a"]}, f"got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: "words are grouped by length, each group keeping the words' order",
      },
    ],
  },
  {
    slug: 'list-comprehensions-squares',
    topic: 'list-comprehensions',
    difficulty: 'easy',
    title: 'Squares with a comprehension',
    prompt: `Write a function \`squares(numbers)\` that returns a new list with the square of each number, **using a list comprehension**.

\`\`\`python
squares([1, 2, 3])    # [1, 4, 9]
squares([])           # []
\`\`\`

A list comprehension has the shape \`[expression for item in items]\`. This loop:

\`\`\`python
result = []
for n in numbers:
    result.append(n * 2)
\`\`\`

is the same as \`result = [n * 2 for n in numbers]\`.`,
    starterCode: py`def squares(numbers):
    """Return [n squared for each n in numbers], built with a list comprehension."""
    # TODO: return [... for n in numbers]
    pass
`,
    solution: py`def squares(numbers):
    """Return [n squared for each n in numbers], built with a list comprehension."""
    return [n * n for n in numbers]
`,
    hints: [
      'Read the comprehension from the middle: `for n in numbers` picks each number, and the part before `for` says what goes in the new list.',
      'The expression before `for` must be the square of `n`, and the whole thing goes between square brackets.',
      'Return `[n * n for n in numbers]` (or `[n ** 2 for n in numbers]`).',
    ],
    tests: [
      {
        name: 'small numbers',
        code: py`got = squares([1, 2, 3])
assert got == [1, 4, 9], f"squares([1, 2, 3]) should return [1, 4, 9], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty list',
        code: py`got = squares([])
assert got == [], f"squares([]) should return [], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'negative numbers',
        code: py`got = squares([-2, 0, 5])
assert got == [4, 0, 25], f"squares([-2, 0, 5]) should return [4, 0, 25], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      { name: 'uses a list comprehension', code: usesListComprehension, weight: 1, hidden: false },
      {
        name: 'decimals, input unchanged',
        code: py`numbers = [0.5, 1.5]
got = squares(numbers)
assert got == [0.25, 2.25], f"squares([0.5, 1.5]) should return [0.25, 2.25], got {got!r}"
assert numbers == [0.5, 1.5], "squares should return a new list and leave its argument unchanged"`,
        weight: 2,
        hidden: true,
        rule: 'decimals are squared too, into a new list, leaving the one given unchanged',
      },
    ],
  },
  {
    slug: 'list-comprehensions-long-words',
    topic: 'list-comprehensions',
    difficulty: 'medium',
    title: 'Shout the long words',
    prompt: `Write a function \`long_words(words, min_length)\` that returns the words having **at least** \`min_length\` letters, in upper case, in their original order, **using a list comprehension with a condition**.

\`\`\`python
long_words(["hi", "hello", "hey", "howdy"], 4)   # ["HELLO", "HOWDY"]
long_words(["a", "bb"], 5)                       # []
\`\`\`

A comprehension can filter: \`[expression for item in items if condition]\` keeps only the items for which the condition is true.`,
    starterCode: py`def long_words(words, min_length):
    """Return the upper-cased words with at least min_length letters, using a list comprehension."""
    # TODO: return [... for word in words if ...]
    pass
`,
    solution: py`def long_words(words, min_length):
    """Return the upper-cased words with at least min_length letters, using a list comprehension."""
    return [word.upper() for word in words if len(word) >= min_length]
`,
    hints: [
      'A filtering comprehension has three parts: what to put in the list, the loop, and the condition at the end. Check each one.',
      'The expression before `for` transforms the word (`word.upper()`); the `if` after the loop keeps it only when `len(word) >= min_length`. "At least" means `>=`, not `>`.',
      'Return `[word.upper() for word in words if len(word) >= min_length]`.',
    ],
    tests: [
      {
        name: 'keeps long words, upper-cased',
        code: py`got = long_words(["hi", "hello", "hey", "howdy"], 4)
assert got == ["HELLO", "HOWDY"], f"long_words(['hi', 'hello', 'hey', 'howdy'], 4) should return ['HELLO', 'HOWDY'], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'exactly min_length counts',
        code: py`got = long_words(["tree", "sky"], 3)
assert got == ["TREE", "SKY"], f"'sky' has exactly 3 letters, so long_words(['tree', 'sky'], 3) should keep it: expected ['TREE', 'SKY'], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'nothing long enough',
        code: py`got = long_words(["a", "bb"], 5)
assert got == [], f"long_words(['a', 'bb'], 5) should return [], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      { name: 'uses a list comprehension', code: usesListComprehension, weight: 1, hidden: false },
      {
        name: 'keeps the original order',
        code: py`got = long_words(["zebra", "apple", "kiwi", "mango"], 5)
assert got == ["ZEBRA", "APPLE", "MANGO"], f"expected ['ZEBRA', 'APPLE', 'MANGO'], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the long words keep the order they had',
      },
      {
        name: 'zero keeps everything',
        code: py`got = long_words(["", "Ok"], 0)
assert got == ["", "OK"], f"long_words(['', 'Ok'], 0) should return ['', 'OK'], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a minimum length of 0 keeps every word, the empty one included',
      },
    ],
  },
  {
    slug: 'list-comprehensions-grid',
    topic: 'list-comprehensions',
    difficulty: 'hard',
    title: 'Nested comprehensions',
    prompt: `Write two functions, each **using list comprehensions**:

1. \`times_grid(n)\` returns an \`n\` by \`n\` list of lists where row \`i\` (from 1) holds \`i*1, i*2, ..., i*n\`.
2. \`flatten(grid)\` returns one flat list with all the elements of a list of lists, row by row.

\`\`\`python
times_grid(3)             # [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
flatten([[1, 2], [3]])    # [1, 2, 3]
flatten(times_grid(2))    # [1, 2, 2, 4]
\`\`\`

A comprehension can be the expression of another one (\`[[... for j in ...] for i in ...]\`), and one comprehension can have two \`for\` parts, read in the same order as nested loops: \`[x for row in grid for x in row]\`.`,
    starterCode: py`def times_grid(n):
    """Return the n x n times table as a list of rows, using list comprehensions."""
    # TODO: [[... for j in ...] for i in ...]
    pass


def flatten(grid):
    """Return all the elements of grid, row by row, in one list, using a list comprehension."""
    # TODO: [... for row in grid for ... in row]
    pass
`,
    solution: py`def times_grid(n):
    """Return the n x n times table as a list of rows, using list comprehensions."""
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]


def flatten(grid):
    """Return all the elements of grid, row by row, in one list, using a list comprehension."""
    return [x for row in grid for x in row]
`,
    hints: [
      'Write each function as nested `for` loops first, then turn the loops into a comprehension.',
      'For `times_grid`, the inner comprehension builds one row for a fixed `i`; the outer one repeats it for each `i`. For `flatten`, keep the `for` parts in the same order as the nested loops: rows first, then the items of a row.',
      'Return `[[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]` and `[x for row in grid for x in row]`.',
    ],
    tests: [
      {
        name: 'times_grid(3)',
        code: py`got = times_grid(3)
assert got == [[1, 2, 3], [2, 4, 6], [3, 6, 9]], f"times_grid(3) should return [[1, 2, 3], [2, 4, 6], [3, 6, 9]], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'flatten keeps row order',
        code: py`got = flatten([[1, 2], [3], [4, 5]])
assert got == [1, 2, 3, 4, 5], f"flatten([[1, 2], [3], [4, 5]]) should return [1, 2, 3, 4, 5], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty cases',
        code: py`got = (times_grid(0), flatten([]), flatten([[], []]))
assert got == ([], [], []), f"times_grid(0), flatten([]) and flatten([[], []]) should all be [], got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      { name: 'uses a list comprehension', code: usesListComprehension, weight: 1, hidden: false },
      {
        name: 'rows are separate lists',
        code: py`grid = times_grid(2)
grid[0][0] = 99
assert grid[1][0] == 2, "Each row of times_grid should be its own list -- changing one row changed another"`,
        weight: 1,
        hidden: true,
        rule: 'each row of the grid is a list of its own',
      },
      {
        name: 'flatten a times grid',
        code: py`got = flatten(times_grid(4))
assert got == [1, 2, 3, 4, 2, 4, 6, 8, 3, 6, 9, 12, 4, 8, 12, 16], f"flatten(times_grid(4)) gave {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'flatten keeps every value, row after row',
      },
    ],
  },
];
