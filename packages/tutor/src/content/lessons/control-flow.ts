import type { Lesson } from '@learnflow/contracts';

/** Module "Control Flow": conditionals, for loops and while loops. */
export const controlFlowLessons: Record<string, Lesson> = {
  conditionals: {
    summary:
      'An `if` statement runs a block of code only when its condition is true; `elif` and `else` handle the other cases.',
    explanation: [
      'Programs often need to make decisions. An **if statement** runs a block of code only when a **condition** is true:',
      '```python\nif temperature > 30:\n    print("It is hot!")\n```',
      'The condition is any expression that Python can treat as true or false, usually built with a **comparison operator**: `==` (equal), `!=` (not equal), `<`, `>`, `<=` and `>=`. The line ends with a colon, and the lines that belong to the `if` form a **block**: they are indented, by convention with 4 spaces. The **indentation** is how Python knows where the block ends, so it is part of the syntax, not just decoration.',
      'Add `elif` ("else if") to test more conditions and `else` for everything left over. Python checks the conditions from top to bottom and runs **only the first** block whose condition is true; the rest are skipped. `else` has no condition and runs when nothing above matched. Because of this order, put the most specific test first: checking `score >= 70` before `score >= 90` would give a 95 the wrong grade.',
      'A **logical operator** combines conditions: `and` is true when both sides are true, `or` when at least one is, and `not` flips a value. Python also allows chained comparisons such as `18 <= age <= 65`.',
      'Any value can be used as a condition. Values that count as false are called **falsy**: `0`, `0.0`, the empty string `""`, empty collections like `[]`, and `None`. Everything else is **truthy**. So `if name:` means "if name is not empty".',
      'Careful with `or`: `if x == 1 or 2:` does not mean "x is 1 or 2". Python reads it as `(x == 1) or 2`, and `2` is truthy, so the condition is always true. Write `if x == 1 or x == 2:` or `if x in (1, 2):`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Choosing a grade with if, elif and else',
        code: `score = 82
if score >= 90:
    grade = "A"
elif score >= 80:
    grade = "B"
elif score >= 70:
    grade = "C"
else:
    grade = "F"
print("Score", score, "gets grade", grade)
`,
        expectedOutput: `Score 82 gets grade B
`,
        explanation:
          '`82 >= 90` is false, so Python moves on; `82 >= 80` is true, so `grade` becomes `"B"` and the remaining branches are skipped entirely.',
      },
      {
        title: 'Combining conditions with and, or and not',
        code: `age = 15
has_ticket = True
if age >= 12 and has_ticket:
    print("You can watch the film.")
if age < 13 or age > 65:
    print("You get a discount.")
else:
    print("Full price.")
if not has_ticket:
    print("Please buy a ticket.")
`,
        expectedOutput: `You can watch the film.
Full price.
`,
        explanation:
          'Both parts of the `and` are true, so the first message prints. Neither side of the `or` is true, so the `else` block runs. `not has_ticket` is `False`, so the last message is skipped.',
      },
      {
        title: 'Truthiness and chained comparisons',
        code: `name = ""
if name:
    print("Hello,", name)
else:
    print("Name is empty")
temperature = 22
if 18 <= temperature <= 25:
    print("Comfortable")
print(bool(0), bool(3), bool(""), bool("hi"))
`,
        expectedOutput: `Name is empty
Comfortable
False True False True
`,
        explanation:
          'An empty string is falsy, so the `else` branch runs. `18 <= temperature <= 25` checks both bounds at once. `bool()` shows how Python judges a value: zero and empty text are falsy, other values are truthy.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Using `=` instead of `==` in a condition: `if x = 5:` raises `SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?`.",
        fix: 'Use `==` to compare values; `=` only assigns.',
      },
      {
        mistake:
          "Forgetting the colon at the end of the `if` line, which raises `SyntaxError: expected ':'`.",
        fix: 'End every `if`, `elif` and `else` line with a colon: `if x > 5:`.',
      },
      {
        mistake:
          "Not indenting the block: writing `print(...)` at the same level as the `if` raises `IndentationError: expected an indented block after 'if' statement on line 1`.",
        fix: 'Indent every line of the block by the same amount, normally 4 spaces.',
      },
      {
        mistake: 'Writing `if x == 1 or 2:`, which is always true because `2` on its own is truthy.',
        fix: 'Repeat the comparison (`if x == 1 or x == 2:`) or use membership: `if x in (1, 2):`.',
      },
      {
        mistake:
          'Putting the broad condition first, e.g. checking `score >= 70` before `score >= 90`, so a score of 95 gets the wrong grade.',
        fix: 'Only the first true branch runs, so order the tests from most specific to least specific.',
      },
    ],
    keyTerms: [
      {
        term: 'if statement',
        definition: 'A statement that runs its block only when its condition is true.',
      },
      {
        term: 'condition',
        definition: 'An expression that Python treats as true or false to decide what to run.',
      },
      {
        term: 'elif',
        definition: 'Short for "else if": an extra condition checked only when the earlier ones were false.',
      },
      { term: 'else', definition: 'The branch that runs when none of the conditions above it were true.' },
      {
        term: 'block',
        definition: 'A group of indented lines that belong together, such as the body of an `if`.',
      },
      {
        term: 'indentation',
        definition: 'The spaces at the start of a line, which Python uses to group lines into blocks.',
      },
      {
        term: 'comparison operator',
        definition: 'An operator such as `==`, `!=`, `<` or `>=` that compares two values.',
      },
      { term: 'logical operator', definition: '`and`, `or` and `not`, which combine or invert conditions.' },
      {
        term: 'truthy',
        definition:
          'A value that counts as true in a condition; falsy values (0, "", [], None) count as false.',
      },
    ],
  },

  'for-loops': {
    summary:
      'A `for` loop repeats a block once for each item of a sequence such as a list, a string or a `range()`.',
    explanation: [
      'A **loop** repeats code so you do not have to write it many times. A `for` loop goes through the items of an **iterable** (something you can loop over, like a list, a string or a range) one at a time. Each pass is called an **iteration**.',
      '```python\nfor fruit in ["apple", "banana"]:\n    print(fruit)\n```',
      'Here `fruit` is the **loop variable**: on each iteration Python assigns the next item to it and runs the indented body. When the items run out, the loop ends and the program continues after it. Looping over a string gives you one character at a time.',
      'To repeat something a number of times, loop over **range()**. `range(5)` produces 0, 1, 2, 3, 4: it starts at 0 and stops *before* 5. `range(2, 8)` gives 2 to 7, and a third argument sets the step: `range(10, 0, -2)` counts down 10, 8, 6, 4, 2.',
      'A common pattern is the **accumulator**: a variable created *before* the loop and updated inside it, such as a running total:',
      '```python\ntotal = 0\nfor price in prices:\n    total += price\n```',
      'When you need both the position and the item, use **enumerate()**: `for i, item in enumerate(items, start=1):` gives you 1 and the first item, then 2 and the second item, and so on.',
      'Two keywords change the flow. **break** stops the loop completely. **continue** skips the rest of the current iteration and jumps to the next one.',
      'Use a `for` loop when you know what you are going to loop over. Avoid adding or removing items of a list while you loop over that same list: build a new list instead.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Looping over a list',
        code: `fruits = ["apple", "banana", "cherry"]
for fruit in fruits:
    print("I like", fruit)
print("Done!")
`,
        expectedOutput: `I like apple
I like banana
I like cherry
Done!
`,
        explanation:
          'The body runs three times, once per item, with `fruit` holding the current item. `print("Done!")` is not indented, so it runs once, after the loop.',
      },
      {
        title: 'Counting with range()',
        code: `print(list(range(5)))
print(list(range(2, 11, 2)))
for i in range(3, 0, -1):
    print(i)
print("Lift off!")
`,
        expectedOutput: `[0, 1, 2, 3, 4]
[2, 4, 6, 8, 10]
3
2
1
Lift off!
`,
        explanation:
          '`list()` shows the numbers a range produces. The stop value is never included, which is why `range(2, 11, 2)` ends at 10 and `range(3, 0, -1)` ends at 1.',
      },
      {
        title: 'An accumulator and enumerate()',
        code: `prices = [4, 10, 6]
total = 0
for price in prices:
    total += price
print("Total:", total)
for position, price in enumerate(prices, start=1):
    print(f"Item {position} costs {price}")
`,
        expectedOutput: `Total: 20
Item 1 costs 4
Item 2 costs 10
Item 3 costs 6
`,
        explanation:
          '`total` starts at 0 before the loop and grows on each iteration. `enumerate()` hands out a counter together with each item, starting at 1 here.',
      },
      {
        title: 'Skipping with continue, stopping with break',
        code: `for n in range(1, 10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print(n)
`,
        expectedOutput: `1
3
5
7
`,
        explanation:
          'Even numbers hit `continue`, so their `print` is skipped. When `n` reaches 9, `break` ends the loop before 9 is printed.',
      },
    ],
    commonMistakes: [
      {
        mistake: 'Expecting `range(1, 10)` to include 10; it stops at 9 (an off-by-one error).',
        fix: 'The stop value is excluded, so use one more than the last number you want: `range(1, 11)`.',
      },
      {
        mistake: "Looping over a number: `for i in 5:` raises `TypeError: 'int' object is not iterable`.",
        fix: 'Loop over a range of numbers instead: `for i in range(5):`.',
      },
      {
        mistake:
          'Creating the accumulator inside the loop (`total = 0` in the body), so it is reset on every iteration.',
        fix: 'Create the accumulator once, before the loop starts.',
      },
      {
        mistake: 'Removing items from a list while looping over it, which makes the loop skip items.',
        fix: 'Build a new list with the items you want to keep, or loop over a copy: `for x in items[:]:`.',
      },
      {
        mistake:
          "Forgetting the colon or the indentation of the body, which gives `SyntaxError: expected ':'` or an `IndentationError`.",
        fix: 'End the `for` line with `:` and indent every line of the body by 4 spaces.',
      },
    ],
    keyTerms: [
      { term: 'loop', definition: 'A structure that repeats a block of code.' },
      { term: 'iteration', definition: 'One pass through the body of a loop.' },
      {
        term: 'iterable',
        definition: 'Any value a `for` loop can go through item by item, such as a list, string or range.',
      },
      {
        term: 'loop variable',
        definition: 'The name after `for` that holds the current item on each iteration.',
      },
      {
        term: 'range()',
        definition:
          'A built-in that produces a sequence of integers from a start up to, but not including, a stop.',
      },
      {
        term: 'accumulator',
        definition: 'A variable created before a loop and updated on each iteration, like a running total.',
      },
      { term: 'enumerate()', definition: 'A built-in that gives pairs of (position, item) while looping.' },
      { term: 'break', definition: 'A keyword that ends the loop immediately.' },
      { term: 'continue', definition: 'A keyword that skips to the next iteration of the loop.' },
    ],
  },

  'while-loops': {
    summary: 'A `while` loop keeps repeating its block as long as its condition stays true.',
    explanation: [
      'A **while loop** repeats its body as long as a **condition** is true. Python checks the condition before every pass; as soon as it is false, the loop ends and the program continues after it.',
      '```python\ncount = 3\nwhile count > 0:\n    print(count)\n    count -= 1\n```',
      'This prints 3, 2 and 1. The variable `count` is a **counter**: it is created before the loop, tested in the condition and changed inside the body. If the condition is false from the start, the body never runs at all.',
      'The body **must** change something that the condition depends on. If it does not, the condition stays true forever and you get an **infinite loop**: the program never finishes (in LearnFlow it is stopped by the time limit). Before running a `while` loop, ask yourself: "what makes this condition become false?"',
      'Use `while` when you do not know in advance how many repetitions you need, for example "keep doubling until the value passes 1000" or "keep asking until the answer is valid". When you simply go through the items of a list or count a known number of times, a `for` loop is simpler and safer.',
      'A common pattern is `while True:` with a **break** inside. The loop has no exit in its condition, so `break` is the only way out: it ends the loop immediately. This suits loops that stop on a special value, called a **sentinel**, such as the word `"quit"`.',
      'The keyword `continue` also works in `while` loops: it jumps straight back to the condition check. Make sure the counter is updated *before* a `continue`, or you will loop forever.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Counting down',
        code: `count = 3
while count > 0:
    print(count)
    count -= 1
print("Go!")
`,
        expectedOutput: `3
2
1
Go!
`,
        explanation:
          'Each pass prints `count` and then lowers it by 1. When `count` reaches 0, `count > 0` is false and the loop ends.',
      },
      {
        title: 'Repeating until a goal is reached',
        code: `savings = 100
years = 0
while savings < 200:
    savings = savings * 1.1
    years += 1
print("Years needed:", years)
print("Savings:", round(savings, 2))
`,
        expectedOutput: `Years needed: 8
Savings: 214.36
`,
        explanation:
          'We do not know beforehand how many years it takes to double the money at 10% a year, so a `while` loop keeps going until the goal is reached.',
      },
      {
        title: 'while True with break',
        code: `secret = 7
guesses = [3, 9, 7, 5]
attempt = 0
while True:
    guess = guesses[attempt]
    attempt += 1
    if guess == secret:
        print(f"Got it in {attempt} tries!")
        break
    print(guess, "is wrong")
`,
        expectedOutput: `3 is wrong
9 is wrong
Got it in 3 tries!
`,
        explanation:
          'The condition `True` never becomes false, so `break` is the only exit. The guess 5 is never used because the loop stops at the correct guess.',
      },
      {
        title: 'Counting the digits of a number',
        code: `number = 40960
digits = 0
while number > 0:
    number //= 10
    digits += 1
print("Digits:", digits)
`,
        expectedOutput: `Digits: 5
`,
        explanation:
          'Each floor division by 10 removes the last digit (40960, 4096, 409, 40, 4, 0). The loop runs once per digit.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Forgetting to update the counter, as in `while count < 5: print(count)`, which creates an infinite loop that never ends.',
        fix: 'Make sure the body changes the variable in the condition, e.g. add `count += 1`.',
      },
      {
        mistake:
          'Using `<` when you meant `<=` (or the reverse), so the loop runs one time too few or too many.',
        fix: 'Trace the first and last pass by hand with the actual numbers to check the boundary.',
      },
      {
        mistake:
          "Testing a variable that does not exist yet: `while total < 100:` raises `NameError: name 'total' is not defined`.",
        fix: 'Create the variable before the loop, e.g. `total = 0`.',
      },
      {
        mistake:
          'Managing a list index by hand with `while` and going one step too far: `items[i]` raises `IndexError: list index out of range`.',
        fix: 'Use `while i < len(items):`, or better, a `for` loop over the list.',
      },
      {
        mistake:
          'Placing `continue` before the line that updates the counter, so the counter never changes and the loop never ends.',
        fix: 'Update the counter at the top of the body, before any `continue`.',
      },
    ],
    keyTerms: [
      { term: 'while loop', definition: 'A loop that repeats its body as long as its condition is true.' },
      {
        term: 'condition',
        definition: 'The expression checked before each pass; the loop stops when it is false.',
      },
      {
        term: 'counter',
        definition: 'A variable that counts passes or steps and is updated inside the loop.',
      },
      { term: 'infinite loop', definition: 'A loop whose condition never becomes false, so it never ends.' },
      { term: 'break', definition: 'A keyword that ends the loop immediately.' },
      { term: 'sentinel', definition: 'A special value, such as "quit", that signals the loop should stop.' },
      {
        term: 'continue',
        definition: 'A keyword that jumps back to the condition check, skipping the rest of the body.',
      },
    ],
  },
};
