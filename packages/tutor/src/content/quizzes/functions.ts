import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Functions". */
export const functionsQuizzes: QuizDefinition[] = [
  {
    slug: 'defining-functions-quiz',
    topic: 'defining-functions',
    title: 'Defining Functions Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this program print when run as a script?',
          `
def greet():
    print("Hello")

greet
`,
        ),
        choices: ['Hello', 'Nothing', '<function greet>', 'None'],
        answer: 1,
        explanation:
          'Without parentheses, `greet` only refers to the function; it is not called, so nothing is printed. `Hello` would need `greet()`, and a script does not display the value of a bare expression the way the interactive shell does.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def double(n):
    n * 2

print(double(4))
`,
        ),
        choices: ['8', '4', 'None', 'n * 2'],
        answer: 2,
        explanation:
          'The function computes `n * 2` but never returns it, so the call gives back `None`. To get 8, write `return n * 2`.',
      },
      {
        prompt: 'Which line correctly starts a function definition?',
        choices: ['function add(a, b):', 'def add(a, b)', 'def add(a, b):', 'def add a, b:'],
        answer: 2,
        explanation:
          'A definition needs `def`, the name, the parameters in parentheses and a colon. `def add(a, b)` is missing the colon, and `function` is JavaScript, not Python.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
say_hi()

def say_hi():
    print("hi")
`,
        ),
        choices: [
          'It prints hi',
          "NameError: name 'say_hi' is not defined",
          'Nothing happens',
          'SyntaxError',
        ],
        answer: 1,
        explanation:
          'Python runs the file from top to bottom, and the call comes before the `def` has run, so the name does not exist yet. The code is valid syntax; moving the call below the definition fixes it.',
      },
      {
        prompt: 'What is a docstring?',
        choices: [
          'A comment that starts with #',
          'The name of a function',
          'A string returned by a function',
          'A string literal on the first line of a function body that describes what it does',
        ],
        answer: 3,
        explanation:
          'A docstring is the string (usually in triple quotes) placed first in the body; `help()` and `__doc__` read it. A `#` comment is different: it is ignored entirely and is not stored with the function.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def add(a, b):
    return a + b
    print("done")

print(add(2, 3))
`,
        ),
        choices: ['5', '5, then done', 'done, then 5', 'None'],
        answer: 0,
        explanation:
          '`return` ends the function immediately, so the `print("done")` after it never runs. Only the outer `print` shows the returned 5.',
      },
    ],
  },
  {
    slug: 'parameters-and-returns-quiz',
    topic: 'parameters-and-returns',
    title: 'Parameters and Return Values Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
def power(base, exponent=2):
    return base ** exponent

print(power(3), power(2, 3))
`,
        ),
        choices: ['9 8', '6 6', '9 9', '8 9'],
        answer: 0,
        explanation:
          '`power(3)` uses the default exponent 2, giving 9. `power(2, 3)` overrides the default, giving 2 ** 3 = 8. Passing 3 replaces the default; it is not ignored.',
      },
      {
        prompt: 'Which function definition is a SyntaxError?',
        choices: ['def f(a, b=1):', 'def f(a=1, b):', 'def f(a, b):', 'def f(a=1, b=2):'],
        answer: 1,
        explanation:
          'Parameters with defaults must come after those without, so `def f(a=1, b):` is rejected. Having all parameters with defaults, or none, is fine.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def stats(nums):
    return min(nums), max(nums)

result = stats([4, 1, 7])
print(result)
`,
        ),
        choices: ['1 7', '[1, 7]', '(1, 7)', '1'],
        answer: 2,
        explanation:
          'Returning two values separated by a comma returns one tuple. `1 7` is what you would see after unpacking (`low, high = ...`) and printing both; the function never returns a list.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def describe(name, animal):
    return f"{name} the {animal}"

print(describe(animal="cat", name="Tom"))
`,
        ),
        choices: ['cat the Tom', 'Tom the cat', 'TypeError', 'name the animal'],
        answer: 1,
        explanation:
          'Keyword arguments are matched by name, not by position, so `name` is "Tom" and `animal` is "cat". Their order in the call does not matter.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
def add_item(item, basket=[]):
    basket.append(item)
    return basket

add_item("apple")
print(add_item("pear"))
`,
        ),
        choices: ["['pear']", "['pear', 'apple']", '[]', "['apple', 'pear']"],
        answer: 3,
        explanation:
          'A default value is created once, when the function is defined, so both calls share the same list and "apple" is still in it. This is why you should use `basket=None` and create the list inside the function.',
      },
      {
        prompt: 'What is the difference between a parameter and an argument?',
        choices: [
          'They are two names for exactly the same thing',
          'An argument is the name in the def line; a parameter is the value passed in the call',
          'A parameter is the name in the def line; an argument is the value passed in the call',
          'Parameters are only used for keyword arguments',
        ],
        answer: 2,
        explanation:
          'In `def f(x):` the parameter is `x`; in `f(5)` the argument is 5, the value the parameter receives. The reversed definition is a common mix-up.',
      },
    ],
  },
  {
    slug: 'scope-and-lambdas-quiz',
    topic: 'scope-and-lambdas',
    title: 'Scope and Lambdas Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
x = "global"

def show():
    x = "local"

show()
print(x)
`,
        ),
        choices: ['local', 'global', 'None', 'NameError'],
        answer: 1,
        explanation:
          'Assigning `x` inside the function creates a separate local variable; the global `x` is never changed. The function would need `global x` to change it.',
      },
      {
        prompt: withCode(
          'What happens when this code runs?',
          `
count = 0

def increment():
    count += 1

increment()
`,
        ),
        choices: [
          'count becomes 1',
          'count stays 0 and there is no error',
          'SyntaxError',
          "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value",
        ],
        answer: 3,
        explanation:
          'Because `count` is assigned inside the function, Python treats it as local there, and `count += 1` reads it before it has a value. The global is not used automatically; return the new value or declare `global count`.',
      },
      {
        prompt: withCode('What does this code print?', 'print((lambda a, b: a + b)(2, 3))'),
        choices: ['5', '23', '(2, 3)', 'SyntaxError'],
        answer: 0,
        explanation:
          'The lambda takes two parameters and returns their sum; calling it immediately with 2 and 3 gives 5. `23` would require strings, but these are integers, so they are added.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
words = ["banana", "kiwi", "apple"]
print(sorted(words, key=len))
`,
        ),
        choices: [
          "['apple', 'banana', 'kiwi']",
          "['kiwi', 'apple', 'banana']",
          "['banana', 'apple', 'kiwi']",
          '[4, 5, 6]',
        ],
        answer: 1,
        explanation:
          'The key function `len` makes `sorted()` compare word lengths (4, 5, 6) while still returning the words. The alphabetical order would be the result without a key.',
      },
      {
        prompt: 'Which lambda is valid Python?',
        choices: ['lambda x: return x + 1', 'lambda(x): x + 1', 'lambda x: x + 1', 'lambda x => x + 1'],
        answer: 2,
        explanation:
          'A lambda lists its parameters without parentheses, then a colon and a single expression that is returned automatically. Writing `return` inside a lambda is a SyntaxError, and `=>` is JavaScript syntax.',
      },
      {
        prompt: 'In which order does Python look up a name (the LEGB rule)?',
        choices: [
          'Global, Local, Built-in, Enclosing',
          'Local, Enclosing, Global, Built-in',
          'Built-in, Global, Enclosing, Local',
          'Local, Global, Enclosing, Built-in',
        ],
        answer: 1,
        explanation:
          'Python searches from the innermost scope outwards: Local, then Enclosing functions, then Global, then Built-in. Enclosing comes before Global because it is closer to the code using the name.',
      },
    ],
  },
];
