import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Python Basics". */
export const basicsQuizzes: QuizDefinition[] = [
  {
    slug: 'variables-quiz',
    topic: 'variables',
    title: 'Variables and Assignment Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
x = 5
x = x + 2
print(x)
`,
        ),
        choices: ['5', '7', 'x + 2', 'An error, because x cannot equal x + 2'],
        answer: 1,
        explanation:
          '`=` is assignment, not mathematical equality: Python evaluates `x + 2` with the current value 5, gets 7, and makes `x` refer to 7. It is not an equation, so there is no contradiction and no error.',
      },
      {
        prompt: 'Which of these is a valid Python variable name?',
        choices: ['2nd_place', 'my-score', 'total_price', 'class'],
        answer: 2,
        explanation:
          '`total_price` uses only letters and an underscore and does not start with a digit. `2nd_place` starts with a digit, `my-score` contains a hyphen (Python reads it as `my - score`), and `class` is a reserved keyword.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
a = 1
b = 2
a, b = b, a
print(a, b)
`,
        ),
        choices: ['1 2', '2 2', '2 1', '1 1'],
        answer: 2,
        explanation:
          'The right side `b, a` is evaluated first, giving `2, 1`, and only then assigned to `a` and `b`, so the values swap. `2 2` is what two separate statements `a = b` and `b = a` would give, because the first one overwrites `a` before it is copied.',
      },
      {
        prompt: 'After `score = 10` and then `score += 5`, what is the value of `score`?',
        choices: ['15', '10', '5', '105'],
        answer: 0,
        explanation:
          '`score += 5` is short for `score = score + 5`, so the new value is 15. It does not keep the old value 10, and with numbers `+` adds rather than gluing digits together into 105.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
total = 3
print(Total)
`,
        ),
        choices: [
          'It prints 3',
          'It prints Total',
          "It raises NameError: name 'Total' is not defined",
          'It prints 0',
        ],
        answer: 2,
        explanation:
          'Names are case-sensitive: `Total` and `total` are different names, and `Total` was never assigned, so Python raises a `NameError`. It does not print 3, because Python never guesses that you meant `total`.',
      },
      {
        prompt: 'Which statement about Python variables is true?',
        choices: [
          'A variable must be declared with its type before it is used',
          'A variable can be reassigned to a value of a different type',
          'Once assigned, a variable can never change',
          'A variable name may contain spaces',
        ],
        answer: 1,
        explanation:
          'Python uses dynamic typing: the value has a type, the name does not, so `x = 5` followed by `x = "five"` is fine. Unlike Java or C, Python has no type declarations; variables can be reassigned, and names cannot contain spaces.',
      },
    ],
  },
  {
    slug: 'data-types-quiz',
    topic: 'data-types',
    title: 'Numbers, Strings and Booleans Quiz',
    questions: [
      {
        prompt: 'What does `print(7 / 2)` display?',
        choices: ['3', '3.5', '3.0', '4'],
        answer: 1,
        explanation:
          '`/` is true division and always returns a float, here 3.5. The tempting `3` is what floor division `7 // 2` gives; `/` never drops the fraction.',
      },
      {
        prompt: withCode('What does this code print?', 'print("3" + "4")'),
        choices: ['7', '"34"', 'TypeError', '34'],
        answer: 3,
        explanation:
          'Both values are strings, so `+` concatenates them into the text `34`; `print()` shows it without quotes. It is not 7, because Python does not treat digits in quotes as numbers, and there is no TypeError since both sides are strings.',
      },
      {
        prompt: 'What does `type(True)` return?',
        choices: ["<class 'str'>", "<class 'int'>", "<class 'bool'>", "<class 'True'>"],
        answer: 2,
        explanation:
          '`True` is a boolean, of type `bool`. It is not a string (it has no quotes), and although `bool` is a special kind of integer in Python, `type()` reports the exact type `bool`.',
      },
      {
        prompt: 'Which expression raises a TypeError?',
        choices: ['"Age: " + str(12)', '"Age: " + 12', '"ha" * 3', 'int("12") + 1'],
        answer: 1,
        explanation:
          '`"Age: " + 12` mixes a string and an integer, so Python raises `TypeError: can only concatenate str (not "int") to str`. The `str(12)` version converts first and works, and `"ha" * 3` is valid repetition giving `hahaha`.',
      },
      {
        prompt: 'What is the result of `int("3.5")`?',
        choices: ['3', '4', '3.5', "ValueError: invalid literal for int() with base 10: '3.5'"],
        answer: 3,
        explanation:
          '`int()` can only parse text that is a whole number, so the string `"3.5"` raises a ValueError. The tempting answer 3 is what `int(3.5)` gives for the float 3.5; for text you would need `int(float("3.5"))`.',
      },
      {
        prompt: withCode('What does this code print?', 'print(17 % 5, 2 ** 3)'),
        choices: ['2 8', '3 6', '3.4 8', '2 6'],
        answer: 0,
        explanation:
          '`%` gives the remainder: 17 = 3 × 5 + 2, so `17 % 5` is 2. `**` is a power, so `2 ** 3` is 8. `3.4` would be `17 / 5`, and 6 would be `2 * 3`.',
      },
    ],
  },
  {
    slug: 'input-output-quiz',
    topic: 'input-output',
    title: 'Input and Output Quiz',
    questions: [
      {
        prompt: withCode('What does this code print?', 'print("a", "b", "c", sep="-")'),
        choices: ['a b c', 'a-b-c', 'abc', 'a-b-c-'],
        answer: 1,
        explanation:
          '`sep` replaces the space that `print()` normally puts between arguments, giving `a-b-c`. The separator goes only between values, never after the last one, so `a-b-c-` is wrong.',
      },
      {
        prompt: 'The user types 42 when `input()` is called. What type of value does `input()` return?',
        choices: ['int', 'float', 'str', 'It depends on what the user typed'],
        answer: 2,
        explanation:
          '`input()` always returns a string, here `"42"`. It never converts for you, even when the text looks like a number; you must call `int()` or `float()` yourself.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
print("Hi", end="!")
print("Bye")
`,
        ),
        choices: ['Hi!Bye', 'Hi! Bye', 'Hi!, then Bye on the next line', 'Hi, then Bye! on the next line'],
        answer: 0,
        explanation:
          '`end="!"` replaces the usual newline, so the next `print()` continues on the same line: `Hi!Bye`. No space is added, because `end` is exactly the text printed at the end.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
name = "Sam"
print("Hello {name}")
`,
        ),
        choices: ['Hello Sam', 'Hello {name}', 'Hello name', "NameError: name 'name' is not defined"],
        answer: 1,
        explanation:
          'Without the `f` prefix, the braces are ordinary characters, so Python prints `Hello {name}` literally. To insert the value, write `f"Hello {name}"`.',
      },
      {
        prompt: 'With `price = 3.14159`, which expression produces the text `3.14`?',
        choices: ['f"{price:.2f}"', 'f"{price:.2}"', 'f"{price:2f}"', 'f"{round(price)}"'],
        answer: 0,
        explanation:
          '`.2f` means fixed-point with 2 digits after the decimal point. `.2` without `f` means 2 significant digits (`3.1`), `2f` sets a minimum width of 2 and keeps six decimals (`3.141590`), and `round(price)` gives `3`.',
      },
      {
        prompt: withCode(
          'The user types 12. What happens on the last line?',
          `
age = input("Age? ")
print(age + 1)
`,
        ),
        choices: [
          'It prints 13',
          'It prints 121',
          'TypeError: can only concatenate str (not "int") to str',
          'It prints 12 1',
        ],
        answer: 2,
        explanation:
          '`age` is the string `"12"`, and a string cannot be added to the integer 1, so Python raises a TypeError. It does not print 13 because no conversion happens, and not 121 because Python will not turn 1 into text automatically either. Use `int(age) + 1`.',
      },
    ],
  },
];
