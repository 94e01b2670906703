import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Control Flow". */
export const controlFlowQuizzes: QuizDefinition[] = [
  {
    slug: 'conditionals-quiz',
    topic: 'conditionals',
    title: 'If, Elif and Else Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
score = 85
if score >= 70:
    print("C")
elif score >= 80:
    print("B")
else:
    print("F")
`,
        ),
        choices: ['B', 'B and C', 'F', 'C'],
        answer: 3,
        explanation:
          'Python checks the conditions from top to bottom and runs only the first true branch. `85 >= 70` is already true, so it prints `C` and never checks the `elif`. To get `B`, the `score >= 80` test must come first.',
      },
      {
        prompt: 'Which line correctly checks whether `x` equals 10?',
        choices: ['if x = 10:', 'if x === 10:', 'if x == 10:', 'if x equals 10:'],
        answer: 2,
        explanation:
          '`==` compares two values. A single `=` is assignment and gives a SyntaxError in an `if`, and `===` exists in JavaScript, not in Python.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
x = 3
if x == 1 or 2:
    print("yes")
else:
    print("no")
`,
        ),
        choices: ['no', 'yes', 'SyntaxError', 'Nothing'],
        answer: 1,
        explanation:
          'Python reads the condition as `(x == 1) or 2`. `x == 1` is False, but `2` on its own is truthy, so the whole condition is true and `yes` is printed. It does not mean "x is 1 or 2"; that would be `x == 1 or x == 2`.',
      },
      {
        prompt: 'Which of these values is falsy?',
        choices: ['"False"', '[0]', '0', '" "'],
        answer: 2,
        explanation:
          'The number `0` is falsy. The string `"False"` and the string with a space are non-empty, so they are truthy, and `[0]` is a list with one item, which is also truthy even though the item is 0.',
      },
      {
        prompt: withCode('What error does Python report for this line?', 'if temperature > 30'),
        choices: [
          'IndentationError: expected an indented block',
          "SyntaxError: expected ':'",
          "NameError: name 'temperature' is not defined",
          'No error',
        ],
        answer: 1,
        explanation:
          'The `if` line is missing its colon, and Python checks syntax before running anything, so the syntax error is reported first. The NameError is tempting, but the code never gets to run.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
age = 20
member = False
if age >= 18 and not member:
    print("adult guest")
elif age >= 18:
    print("adult member")
else:
    print("child")
`,
        ),
        choices: ['adult guest', 'adult member', 'child', 'Nothing is printed'],
        answer: 0,
        explanation:
          '`age >= 18` is True and `not member` is True, so the first condition is true and `adult guest` is printed. The `elif` would also be true, but it is skipped because an earlier branch already ran.',
      },
    ],
  },
  {
    slug: 'for-loops-quiz',
    topic: 'for-loops',
    title: 'For Loops Quiz',
    questions: [
      {
        prompt: 'What does `list(range(2, 8, 2))` produce?',
        choices: ['[2, 4, 6, 8]', '[2, 4, 6]', '[2, 3, 4, 5, 6, 7]', '[4, 6, 8]'],
        answer: 1,
        explanation:
          '`range(2, 8, 2)` starts at 2, steps by 2 and stops *before* 8, giving 2, 4, 6. The tempting `[2, 4, 6, 8]` forgets that the stop value is never included.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
total = 0
for n in [1, 2, 3, 4]:
    total += n
print(total)
`,
        ),
        choices: ['4', '0', '10', '1234'],
        answer: 2,
        explanation:
          '`total` is an accumulator: it starts at 0 and each iteration adds the current number, 1 + 2 + 3 + 4 = 10. The `print` is after the loop, so it runs once with the final total, not with the last item 4.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
for letter in "hey":
    print(letter.upper())
`,
        ),
        choices: [
          'H, E and Y, each on its own line',
          'HEY on one line',
          'h e y',
          "TypeError: 'str' object is not iterable",
        ],
        answer: 0,
        explanation:
          'Looping over a string gives one character per iteration, and each `print()` ends with a newline, so the letters appear on separate lines. Strings are iterable, so there is no TypeError.',
      },
      {
        prompt: withCode(
          'Which numbers does this code print (each on its own line)?',
          `
for i in range(10):
    if i == 3:
        continue
    if i == 5:
        break
    print(i)
`,
        ),
        choices: ['0 1 2 3 4', '0 1 2 4', '0 1 2 4 5', '0 1 2'],
        answer: 1,
        explanation:
          '`continue` skips the rest of the iteration when `i` is 3, so 3 is not printed, but the loop goes on. `break` ends the loop as soon as `i` is 5, before it is printed. `0 1 2` would be the result if `continue` stopped the loop, which it does not.',
      },
      {
        prompt: 'What happens when Python runs `for i in 5:`?',
        choices: [
          'It loops 5 times',
          'It loops 6 times',
          "TypeError: 'int' object is not iterable",
          'It loops once, with i = 5',
        ],
        answer: 2,
        explanation:
          'A `for` loop needs an iterable, and an integer is not one, so Python raises a TypeError. To loop 5 times you write `for i in range(5):`.',
      },
      {
        prompt: withCode(
          'What does this code print? (Lines are separated by " / ".)',
          `
names = ["Ana", "Ben"]
for i, name in enumerate(names, start=1):
    print(i, name)
`,
        ),
        choices: ['0 Ana / 1 Ben', 'Ana 1 / Ben 2', "(1, 'Ana') / (2, 'Ben')", '1 Ana / 2 Ben'],
        answer: 3,
        explanation:
          '`enumerate()` yields (position, item) pairs that are unpacked into `i` and `name`; `start=1` makes counting begin at 1. Without `start=1` it would begin at 0, and since the pair is unpacked, `print` shows two values rather than a tuple.',
      },
    ],
  },
  {
    slug: 'while-loops-quiz',
    topic: 'while-loops',
    title: 'While Loops Quiz',
    questions: [
      {
        prompt: withCode(
          'What does this code print?',
          `
n = 1
while n < 20:
    n = n * 3
print(n)
`,
        ),
        choices: ['9', '27', '20', '81'],
        answer: 1,
        explanation:
          '`n` goes 1, 3, 9, 27. When `n` is 9 the condition `9 < 20` is still true, so it is multiplied once more to 27, and only then does the condition fail. The tempting 9 forgets that the body runs before the next check.',
      },
      {
        prompt: withCode(
          'What is wrong with this loop?',
          `
count = 0
while count < 5:
    print(count)
`,
        ),
        choices: [
          'It never ends, because count is never changed',
          'It prints nothing, because the condition is false',
          'It is a SyntaxError',
          'Nothing: it prints 0 to 4',
        ],
        answer: 0,
        explanation:
          'The body never changes `count`, so `count < 5` stays true forever: an infinite loop printing 0. It would print 0 to 4 only with `count += 1` in the body.',
      },
      {
        prompt: withCode(
          'How many times does this code print "hi"?',
          `
x = 10
while x > 10:
    print("hi")
    x -= 1
`,
        ),
        choices: ['10', '0', '1', '9'],
        answer: 1,
        explanation:
          'The condition is checked before the first pass, and `10 > 10` is false, so the body never runs. A `while` loop does not run "at least once".',
      },
      {
        prompt: 'Which keyword leaves a `while True:` loop immediately?',
        choices: ['continue', 'pass', 'stop', 'break'],
        answer: 3,
        explanation:
          '`break` ends the loop at once. `continue` only skips to the next check (which is always True here), `pass` does nothing, and `stop` is not a Python keyword.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
i = 0
total = 0
while i < 4:
    i += 1
    total += i
print(total)
`,
        ),
        choices: ['6', '4', '10', '15'],
        answer: 2,
        explanation:
          '`i` is increased *before* it is added, so the loop adds 1, 2, 3 and 4, giving 10. The tempting 6 (0 + 1 + 2 + 3) would be the result if `total += i` came before `i += 1`.',
      },
      {
        prompt: 'When is a `while` loop a better choice than a `for` loop?',
        choices: [
          'When you want to visit each item of a list',
          'When you do not know in advance how many repetitions you need',
          'When you need to count from 1 to 10',
          'Never: while loops are always slower',
        ],
        answer: 1,
        explanation:
          'A `while` loop repeats until a condition changes, which suits "keep going until..." situations. Visiting each item or counting a known number of times is exactly what `for` (with `range()`) does more simply and safely.',
      },
    ],
  },
];
