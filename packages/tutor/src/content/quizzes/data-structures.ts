import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Data Structures". */
export const dataStructuresQuizzes: QuizDefinition[] = [
  {
    slug: 'lists-quiz',
    topic: 'lists',
    title: 'Lists and Tuples Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
letters = ["a", "b", "c", "d", "e"]
print(letters[1:3])
`,
        ),
        choices: ["['b', 'c']", "['a', 'b', 'c']", "['b', 'c', 'd']", "['a', 'b']"],
        answer: 0,
        explanation:
          "Indexes start at 0, so position 1 is `\"b\"`, and the slice stops *before* position 3. The tempting `['b', 'c', 'd']` wrongly includes the stop position.",
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
nums = [3, 1, 2]
result = nums.sort()
print(result)
`,
        ),
        choices: ['[1, 2, 3]', 'None', '[3, 1, 2]', 'An error'],
        answer: 1,
        explanation:
          '`.sort()` sorts the list in place and returns `None`, so `result` is `None`. `nums` itself is now `[1, 2, 3]`; use `sorted(nums)` if you want the sorted list as a result.',
      },
      {
        prompt: 'With `colors = ["red", "green", "blue"]`, what is `colors[-1]`?',
        choices: ["'red'", 'IndexError', "'green'", "'blue'"],
        answer: 3,
        explanation:
          'Negative indexes count from the end, and -1 is the last item, `"blue"`. It is not an error: negative indexes are valid as long as they are within the length of the list.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
point = (1, 2)
point[0] = 5
`,
        ),
        choices: [
          'point becomes (5, 2)',
          "TypeError: 'tuple' object does not support item assignment",
          'point becomes (5, 1, 2)',
          'IndexError: tuple index out of range',
        ],
        answer: 1,
        explanation:
          'Tuples are immutable: their items cannot be replaced after creation, so Python raises a TypeError. With a list, `[1, 2]`, the assignment would work and give `[5, 2]`.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
a = [1, 2]
b = a
b.append(3)
print(a)
`,
        ),
        choices: ['[1, 2]', '[3]', '[1, 2, 3]', '[1, 2, [3]]'],
        answer: 2,
        explanation:
          '`b = a` does not copy the list; both names refer to the same list, so appending through `b` also shows in `a`. To get an independent copy, write `b = a.copy()`.',
      },
      {
        prompt: 'What is the main difference between a list and a tuple?',
        choices: [
          'Lists can hold mixed types, tuples cannot',
          'A list is mutable; a tuple is immutable',
          'Tuples are indexed from 1',
          'Only lists can be looped over',
        ],
        answer: 1,
        explanation:
          'A list can be changed after it is created and a tuple cannot. Both can hold mixed types, both are indexed from 0, and both can be looped over.',
      },
    ],
  },
  {
    slug: 'dictionaries-quiz',
    topic: 'dictionaries',
    title: 'Dictionaries and Sets Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
stock = {"apples": 3}
stock["pears"] = 5
stock["apples"] = 4
print(stock)
`,
        ),
        choices: [
          "{'apples': 3, 'pears': 5}",
          "{'apples': 4, 'pears': 5}",
          "{'apples': 3, 'pears': 5, 'apples': 4}",
          "{'pears': 5, 'apples': 4}",
        ],
        answer: 1,
        explanation:
          'Assigning to an existing key replaces its value and keeps its original position, while a new key is added at the end. Keys are unique, so `apples` cannot appear twice.',
      },
      {
        prompt: 'If `"Zoe"` is not a key of `ages`, what does `ages.get("Zoe", 0)` return?',
        choices: ['None', 'It raises KeyError', '0', "'Zoe'"],
        answer: 2,
        explanation:
          '`get()` returns the default given as its second argument when the key is missing, here 0. It returns `None` only when no default is given, and it never raises KeyError.',
      },
      {
        prompt: 'If `"Zoe"` is not a key of `ages`, what does `ages["Zoe"]` do?',
        choices: [
          "Raises KeyError: 'Zoe'",
          'Returns None',
          'Adds Zoe with the value 0',
          'Returns an empty string',
        ],
        answer: 0,
        explanation:
          'Square-bracket lookup of a missing key raises a KeyError. Returning a default (such as `None`) is what `get()` does; reading a key never adds it.',
      },
      {
        prompt: 'What does `type({})` return?',
        choices: ["<class 'set'>", "<class 'dict'>", "<class 'list'>", "<class 'tuple'>"],
        answer: 1,
        explanation:
          'Empty braces create an empty dictionary. Sets also use braces, but an empty set must be written `set()`, because `{}` was taken by dictionaries first.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
tags = ["b", "a", "b", "c", "a"]
print(len(set(tags)))
`,
        ),
        choices: ['5', '2', '3', '1'],
        answer: 2,
        explanation:
          'A set keeps only unique values, so the five tags shrink to `a`, `b` and `c`: 3 items. The 5 counts the duplicates, which the set removes.',
      },
      {
        prompt: 'Which of these can be used as a dictionary key?',
        choices: ['[1, 2]', '{"a": 1}', '{1, 2}', '(1, 2)'],
        answer: 3,
        explanation:
          'Keys must be hashable, which in practice means immutable; a tuple of numbers qualifies. Lists, dictionaries and sets are mutable, so using them raises `TypeError: unhashable type`.',
      },
    ],
  },
  {
    slug: 'list-comprehensions-quiz',
    topic: 'list-comprehensions',
    title: 'List Comprehensions Quiz',
    questions: [
      {
        prompt: 'What list does `[n * 2 for n in range(4)]` produce?',
        choices: ['[0, 2, 4, 6]', '[2, 4, 6, 8]', '[0, 1, 2, 3]', '[0, 2, 4, 6, 8]'],
        answer: 0,
        explanation:
          '`range(4)` gives 0, 1, 2, 3, and each is doubled. `[2, 4, 6, 8]` wrongly assumes the range starts at 1, and `[0, 2, 4, 6, 8]` wrongly includes 4.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          'print([w for w in ["cat", "horse", "ox"] if len(w) > 2])',
        ),
        choices: ["['horse']", "['cat', 'horse']", "['cat', 'horse', 'ox']", '[3, 5]'],
        answer: 1,
        explanation:
          'The filter keeps words longer than 2 characters: `cat` (3) and `horse` (5), but not `ox` (2). The expression is `w`, so the words themselves are kept, not their lengths.',
      },
      {
        prompt: 'Which comprehension replaces negative numbers in `nums` with 0?',
        choices: [
          '[n for n in nums if n >= 0 else 0]',
          '[n if n >= 0 else 0 for n in nums]',
          '[n for n in nums if n >= 0]',
          '[0 if n >= 0 else n for n in nums]',
        ],
        answer: 1,
        explanation:
          'A conditional expression `a if condition else b` goes before `for` and produces one item per number. An `if ... else` at the end is a SyntaxError, and the filter `if n >= 0` drops negatives instead of replacing them.',
      },
      {
        prompt: withCode('What does this code print?', 'print({x: x * x for x in [1, 2, 3]})'),
        choices: ['[1, 4, 9]', '{1, 4, 9}', '{1: 1, 2: 4, 3: 9}', '{(1, 1), (2, 4), (3, 9)}'],
        answer: 2,
        explanation:
          'Braces with a `key: value` expression make a dictionary comprehension, mapping each number to its square. Braces with a single expression, like `{x * x for ...}`, would make the set `{1, 4, 9}`.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
squares = (n * n for n in range(3))
print(type(squares).__name__)
`,
        ),
        choices: ['list', 'tuple', 'generator', 'set'],
        answer: 2,
        explanation:
          'Parentheses around a comprehension create a generator expression, which produces items one at a time. There is no "tuple comprehension"; use `tuple(...)` or square brackets for a list.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
words = ["Hi", "there"]
print([len(w) for w in words])
`,
        ),
        choices: ["['Hi', 'there']", '7', '[5, 2]', '[2, 5]'],
        answer: 3,
        explanation:
          'The expression `len(w)` is evaluated for each word, in order, giving a new list of lengths `[2, 5]`. It is not summed (7), and the order of the original list is kept.',
      },
    ],
  },
];
