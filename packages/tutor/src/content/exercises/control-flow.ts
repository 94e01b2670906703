import type { ExerciseDefinition } from '@learnflow/contracts';

// Python source is kept verbatim: `\n` inside it stays a Python escape.
const py = String.raw;

/** Exercises of the "Control Flow" module: conditionals, for loops, while loops. */
export const controlFlowExercises: ExerciseDefinition[] = [
  {
    slug: 'conditionals-sign',
    topic: 'conditionals',
    difficulty: 'easy',
    title: 'Positive, negative or zero',
    prompt: `Write a function \`sign(n)\` that returns \`"positive"\`, \`"negative"\` or \`"zero"\` depending on the number \`n\`.

\`\`\`python
sign(5)     # "positive"
sign(-2)    # "negative"
sign(0)     # "zero"
\`\`\`

Use \`if\`, \`elif\` and \`else\`.`,
    starterCode: py`def sign(n):
    """Return "positive", "negative" or "zero"."""
    if n > 0:
        pass  # TODO
    # TODO: the other two cases
`,
    solution: py`def sign(n):
    """Return "positive", "negative" or "zero"."""
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    else:
        return "zero"
`,
    hints: [
      'Check that every branch of your `if` returns a value; a branch that only has `pass` returns `None`.',
      'There are three cases: greater than 0, less than 0, and exactly 0.',
      'Write `if n > 0: return "positive"`, `elif n < 0: return "negative"`, `else: return "zero"`.',
    ],
    tests: [
      {
        name: 'positive number',
        code: py`got = sign(5)
assert got == "positive", f"sign(5) should return 'positive', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'negative number',
        code: py`got = sign(-2)
assert got == "negative", f"sign(-2) should return 'negative', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'zero',
        code: py`got = sign(0)
assert got == "zero", f"sign(0) should return 'zero' -- zero is neither positive nor negative, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'decimals close to zero',
        code: py`got = (sign(0.001), sign(-0.001))
assert got == ("positive", "negative"), f"sign(0.001) and sign(-0.001) should be ('positive', 'negative'), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'any number above 0 is positive and any below 0 is negative, however small',
      },
    ],
  },
  {
    slug: 'conditionals-letter-grade',
    topic: 'conditionals',
    difficulty: 'medium',
    title: 'Letter grade',
    prompt: `Write a function \`letter_grade(score)\` that turns a score from 0 to 100 into a letter:

| Score | Letter |
| --- | --- |
| 90 to 100 | \`"A"\` |
| 80 to 89 | \`"B"\` |
| 70 to 79 | \`"C"\` |
| 60 to 69 | \`"D"\` |
| below 60 | \`"F"\` |

A score below 0 or above 100 returns \`"invalid"\`.

\`\`\`python
letter_grade(95)    # "A"
letter_grade(80)    # "B"
letter_grade(101)   # "invalid"
\`\`\``,
    starterCode: py`def letter_grade(score):
    """Return "A".."F" for a score from 0 to 100, or "invalid"."""
    # TODO: check for invalid scores first, then from the highest grade down
    pass
`,
    solution: py`def letter_grade(score):
    """Return "A".."F" for a score from 0 to 100, or "invalid"."""
    if score < 0 or score > 100:
        return "invalid"
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
`,
    hints: [
      'Test the boundaries: what do you return for exactly 90, 80, 70 and 60?',
      'An `elif` chain stops at the first true condition, so check from the highest grade down, using `>=`. Check the invalid scores before anything else.',
      'Start with `if score < 0 or score > 100: return "invalid"`, then `if score >= 90: return "A"`, `elif score >= 80: return "B"`, and so on down to `else: return "F"`.',
    ],
    tests: [
      {
        name: 'an A',
        code: py`got = letter_grade(95)
assert got == "A", f"letter_grade(95) should return 'A', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'middle grades',
        code: py`got = [letter_grade(s) for s in (85, 75, 65)]
assert got == ["B", "C", "D"], f"letter_grade of 85, 75, 65 should be ['B', 'C', 'D'], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'exact boundaries',
        code: py`for score, letter in [(90, "A"), (89, "B"), (80, "B"), (79, "C"), (70, "C"), (69, "D"), (60, "D")]:
    got = letter_grade(score)
    assert got == letter, f"letter_grade({score}) should return {letter!r} -- use >= for the boundary, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'failing scores',
        code: py`got = (letter_grade(59), letter_grade(0))
assert got == ("F", "F"), f"letter_grade(59) and letter_grade(0) should both be 'F', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'invalid scores',
        code: py`for score in (-1, 101, 250):
    got = letter_grade(score)
    assert got == "invalid", f"letter_grade({score}) should return 'invalid', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a score below 0 or above 100 returns "invalid"',
      },
      {
        name: 'perfect and decimal scores',
        code: py`got = (letter_grade(100), letter_grade(89.5))
assert got == ("A", "B"), f"expected ('A', 'B'), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: '100 is an A, and a score between two whole numbers falls in the band of the lower one',
      },
    ],
  },
  {
    slug: 'conditionals-leap-year',
    topic: 'conditionals',
    difficulty: 'hard',
    title: 'Leap years',
    prompt: `Write a function \`is_leap_year(year)\` that returns \`True\` when \`year\` is a leap year and \`False\` otherwise.

The rule of the Gregorian calendar:
- a year divisible by 4 is a leap year,
- **except** a year divisible by 100, which is not,
- **except** a year divisible by 400, which is.

\`\`\`python
is_leap_year(2024)   # True
is_leap_year(2023)   # False
is_leap_year(1900)   # False
is_leap_year(2000)   # True
\`\`\`

\`year % 4 == 0\` is \`True\` when \`year\` is divisible by 4.`,
    starterCode: py`def is_leap_year(year):
    """Return True if year is a leap year."""
    # TODO: check 400, then 100, then 4
    pass
`,
    solution: py`def is_leap_year(year):
    """Return True if year is a leap year."""
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
`,
    hints: [
      'Try your function on 1900 and on 2000: both are divisible by 4 and by 100, but only one is a leap year.',
      'The most specific rule must win, so test divisibility by 400 first, then by 100, then by 4.',
      'Write `if year % 400 == 0: return True`, then `if year % 100 == 0: return False`, then `return year % 4 == 0`.',
    ],
    tests: [
      {
        name: 'divisible by 4',
        code: py`got = is_leap_year(2024)
assert got is True, f"is_leap_year(2024) should return True, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'not divisible by 4',
        code: py`got = is_leap_year(2023)
assert got is False, f"is_leap_year(2023) should return False, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'century years are not leap years',
        code: py`got = is_leap_year(1900)
assert got is False, f"is_leap_year(1900) should return False: divisible by 100 but not by 400, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'years divisible by 400 are leap years',
        code: py`got = is_leap_year(2000)
assert got is True, f"is_leap_year(2000) should return True: divisible by 400, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'more centuries',
        code: py`got = [is_leap_year(y) for y in (1600, 1700, 1800, 2100, 2400)]
assert got == [True, False, False, False, True], f"expected [True, False, False, False, True], got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a century year is a leap year only when it divides by 400',
      },
      {
        name: 'ordinary years',
        code: py`got = [is_leap_year(y) for y in (1996, 1999, 2004, 2026)]
assert got == [True, False, True, False], f"expected [True, False, True, False], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a year that divides by 4 (and is not a century) is a leap year; others are not',
      },
    ],
  },
  {
    slug: 'for-loops-countdown',
    topic: 'for-loops',
    difficulty: 'easy',
    title: 'Countdown',
    prompt: `Write a program that reads a whole number \`n\` with \`input()\`, prints the numbers from \`n\` down to \`1\`, one per line, and then prints \`Liftoff!\`.

For the input \`3\` the output is:

\`\`\`text
3
2
1
Liftoff!
\`\`\`

\`range(n, 0, -1)\` counts \`n, n-1, ..., 1\`.`,
    starterCode: py`n = int(input())
# TODO: a for loop that prints n, n-1, ..., 1
print("Liftoff!")
`,
    solution: py`n = int(input())
for i in range(n, 0, -1):
    print(i)
print("Liftoff!")
`,
    hints: [
      'Run your program with the input 3 and compare its lines with the example.',
      '`range(start, stop, step)` stops before `stop`, so to reach 1 going down the stop must be 0 and the step -1.',
      'Add `for i in range(n, 0, -1):` with `print(i)` inside, before the `Liftoff!` line.',
    ],
    tests: [
      {
        name: 'counts down from 3',
        code: py`out = run("3\n")
lines = out.split()
assert lines == ["3", "2", "1", "Liftoff!"], f"For the input 3 expected the lines 3, 2, 1, Liftoff!, got {lines!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'counts down from 5',
        code: py`out = run("5\n")
lines = out.split()
assert lines == ["5", "4", "3", "2", "1", "Liftoff!"], f"For the input 5 expected 5, 4, 3, 2, 1, Liftoff!, got {lines!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'stops at 1, not 0',
        code: py`out = run("2\n")
lines = out.split()
assert "0" not in lines, "The countdown should stop at 1; your program also printed 0"
assert lines == ["2", "1", "Liftoff!"], f"For the input 2 expected 2, 1, Liftoff!, got {lines!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'one',
        code: py`out = run("1\n")
assert out.split() == ["1", "Liftoff!"], f"For the input 1 expected 1, Liftoff!, got {out!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the countdown starts at the number read and ends at 1, then Liftoff!',
      },
      {
        name: 'zero prints only Liftoff!',
        code: py`out = run("0\n")
assert out.split() == ["Liftoff!"], f"For the input 0 expected only Liftoff!, got {out!r}"`,
        weight: 2,
        hidden: true,
        rule: 'when there is nothing to count down, only Liftoff! is printed',
      },
    ],
  },
  {
    slug: 'for-loops-count-vowels',
    topic: 'for-loops',
    difficulty: 'medium',
    title: 'Count the vowels',
    prompt: `Write a function \`count_vowels(text)\` that returns how many vowels (\`a\`, \`e\`, \`i\`, \`o\`, \`u\`) are in \`text\`.
Upper-case vowels count too.

\`\`\`python
count_vowels("hello")        # 2
count_vowels("PYTHON")       # 1
count_vowels("rhythm")       # 0
\`\`\`

Loop over the string with \`for letter in text:\` and keep a counter.`,
    starterCode: py`def count_vowels(text):
    """Return the number of vowels (a, e, i, o, u, any case) in text."""
    count = 0
    # TODO: loop over the letters of text
    pass
`,
    solution: py`def count_vowels(text):
    """Return the number of vowels (a, e, i, o, u, any case) in text."""
    count = 0
    for letter in text:
        if letter.lower() in "aeiou":
            count += 1
    return count
`,
    hints: [
      'Check that the counter is returned after the loop, and that the loop looks at every letter.',
      '`"E" in "aeiou"` is False: compare the lower-case version of each letter.',
      'Inside `for letter in text:` write `if letter.lower() in "aeiou": count += 1`, and `return count` after the loop.',
    ],
    tests: [
      {
        name: 'hello',
        code: py`got = count_vowels("hello")
assert got == 2, f"count_vowels('hello') should return 2, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'upper-case vowels',
        code: py`got = count_vowels("PYTHON")
assert got == 1, f"count_vowels('PYTHON') should return 1 -- upper-case vowels count, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'no vowels',
        code: py`got = count_vowels("rhythm")
assert got == 0, f"count_vowels('rhythm') should return 0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty string',
        code: py`got = count_vowels("")
assert got == 0, f"count_vowels('') should return 0, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'sentence with mixed case',
        code: py`got = count_vowels("A quick brown fox, Eh?")
assert got == 6, f"count_vowels('A quick brown fox, Eh?') should return 6, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'vowels are counted in upper and lower case, and other characters are ignored',
      },
    ],
  },
  {
    slug: 'for-loops-times-table',
    topic: 'for-loops',
    difficulty: 'hard',
    title: 'Times table',
    prompt: `Write a program that reads a whole number \`n\` and prints an \`n\` by \`n\` times table.
Row \`i\` (from 1 to \`n\`) holds \`i*1, i*2, ..., i*n\`, separated by single spaces.

For the input \`3\` the output is:

\`\`\`text
1 2 3
2 4 6
3 6 9
\`\`\`

You need a loop inside a loop: one over the rows, one over the columns.`,
    starterCode: py`n = int(input())
for i in range(1, n + 1):
    # TODO: build the row i*1 ... i*n and print it
    pass
`,
    solution: py`n = int(input())
for i in range(1, n + 1):
    row = []
    for j in range(1, n + 1):
        row.append(str(i * j))
    print(" ".join(row))
`,
    hints: [
      'Run the program with 3 and check both the number of lines and the numbers on each line.',
      'For each row `i`, loop `j` from 1 to `n` and collect `i * j`; print the row once, after the inner loop.',
      'Inside the outer loop: `row = []`, then `for j in range(1, n + 1): row.append(str(i * j))`, then `print(" ".join(row))`.',
    ],
    tests: [
      {
        name: 'table of 3',
        code: py`out = run("3\n")
rows = [line.split() for line in out.strip().splitlines()]
assert rows == [["1", "2", "3"], ["2", "4", "6"], ["3", "6", "9"]], f"For 3 expected the rows 1 2 3 / 2 4 6 / 3 6 9, got {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'n rows',
        code: py`out = run("4\n")
rows = out.strip().splitlines()
assert len(rows) == 4, f"For the input 4 expected 4 rows, got {len(rows)}: {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'single spaces between numbers',
        code: py`out = run("2\n")
rows = [line.rstrip() for line in out.strip().splitlines()]
assert rows == ["1 2", "2 4"], f"For 2 expected the rows '1 2' and '2 4', got {rows!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'table of 1',
        code: py`out = run("1\n")
assert out.strip() == "1", f"For 1 expected a single '1', got {out!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the table has one line per multiplier, from 1 to the number given',
      },
      {
        name: 'table of 5',
        code: py`out = run("5\n")
rows = [line.split() for line in out.strip().splitlines()]
expected = [[str(i * j) for j in range(1, 6)] for i in range(1, 6)]
assert rows == expected, f"The table of 5 is wrong, got {out!r}"`,
        weight: 2,
        hidden: true,
        rule: 'each line shows one product of the table, in order',
      },
    ],
  },
  {
    slug: 'while-loops-halvings',
    topic: 'while-loops',
    difficulty: 'easy',
    title: 'How many halvings?',
    prompt: `Write a function \`halvings(n)\` that counts how many times you can whole-divide \`n\` by 2 (\`n = n // 2\`) before \`n\` becomes 1 or less.

\`\`\`python
halvings(8)    # 3   (8 -> 4 -> 2 -> 1)
halvings(10)   # 3   (10 -> 5 -> 2 -> 1)
halvings(1)    # 0
\`\`\`

Use a \`while\` loop that runs while \`n > 1\`.`,
    starterCode: py`def halvings(n):
    """Return how many times n can be halved (n // 2) until it is 1 or less."""
    count = 0
    # TODO: while loop
    pass
`,
    solution: py`def halvings(n):
    """Return how many times n can be halved (n // 2) until it is 1 or less."""
    count = 0
    while n > 1:
        n = n // 2
        count += 1
    return count
`,
    hints: [
      'Look at the loop condition and at what changes inside the loop: something must change `n`, or the loop never ends.',
      'Each turn of the loop halves `n` and adds 1 to `count`; stop when `n` is 1 or less.',
      'Write `while n > 1:` with `n = n // 2` and `count += 1` inside, then `return count`.',
    ],
    tests: [
      {
        name: 'power of two',
        code: py`got = halvings(8)
assert got == 3, f"halvings(8) should return 3 (8 -> 4 -> 2 -> 1), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'odd numbers along the way',
        code: py`got = halvings(10)
assert got == 3, f"halvings(10) should return 3 (10 -> 5 -> 2 -> 1), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'already 1',
        code: py`got = halvings(1)
assert got == 0, f"halvings(1) should return 0 -- the loop should not run at all, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'zero and negative',
        code: py`got = (halvings(0), halvings(-5))
assert got == (0, 0), f"halvings(0) and halvings(-5) should both be 0, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a number of 1 or less needs no halving',
      },
      {
        name: 'large number',
        code: py`got = halvings(1_000_000)
assert got == 19, f"halvings(1000000) should return 19, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'n is whole-divided by 2 until it is 1 or less, and every halving counts',
      },
    ],
  },
  {
    slug: 'while-loops-guessing-game',
    topic: 'while-loops',
    difficulty: 'medium',
    title: 'Guess the number',
    prompt: `Write a guessing game. The secret number is \`7\`. The program reads guesses with \`input()\`, one per line, until the player guesses it:

- a guess lower than 7 prints \`Too low\`;
- a guess higher than 7 prints \`Too high\`;
- the right guess prints \`Correct! Guesses: N\` (N counts every guess, the right one included) and the program ends.

For the input \`3\`, \`9\`, \`7\` the output is:

\`\`\`text
Too low
Too high
Correct! Guesses: 3
\`\`\`

You don't know in advance how many guesses there will be: that is what a \`while\` loop is for.`,
    starterCode: py`SECRET = 7
guesses = 0
guess = int(input())
# TODO: while the guess is wrong, say "Too low" or "Too high" and read another guess
`,
    solution: py`SECRET = 7
guesses = 1
guess = int(input())
while guess != SECRET:
    if guess < SECRET:
        print("Too low")
    else:
        print("Too high")
    guess = int(input())
    guesses += 1
print(f"Correct! Guesses: {guesses}")
`,
    acceptedMutants: [
      {
        mutant: 'swapped-call line 3: `int(input())` becomes `float(input())`',
        reason: 'the guesses are whole numbers and 7.0 == 7, so the program prints the same lines.',
      },
      {
        mutant: 'swapped-call line 9: `int(input())` becomes `float(input())`',
        reason: 'the guesses are whole numbers and 7.0 == 7, so the program prints the same lines.',
      },
      {
        mutant: 'off-by-one line 5: `guess < SECRET` becomes `guess <= SECRET`',
        reason: 'inside the loop the guess is never equal to SECRET, so < and <= agree.',
      },
    ],
    hints: [
      'Count the guesses by hand for the example and compare with what your program prints.',
      'The loop runs while the guess is wrong; inside it, print the clue and read the next guess. The first guess counts too.',
      'Start with `guesses = 1` and the first `guess = int(input())`, loop `while guess != SECRET:` (print the clue, read a new guess, add 1), then print the final message after the loop.',
    ],
    tests: [
      {
        name: 'low, high, correct',
        code: py`out = run("3\n9\n7\n")
lines = [line.strip() for line in out.strip().splitlines()]
assert lines == ["Too low", "Too high", "Correct! Guesses: 3"], f"For the guesses 3, 9, 7 got {lines!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'first guess right',
        code: py`out = run("7\n")
lines = [line.strip() for line in out.strip().splitlines()]
assert lines == ["Correct! Guesses: 1"], f"For the single guess 7 expected only 'Correct! Guesses: 1', got {lines!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'stops reading after the right guess',
        code: py`out = run("7\n1\n2\n")
assert "Too" not in out, f"Your program kept reading guesses after the correct one: {out!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'several low guesses',
        code: py`out = run("1\n2\n3\n7\n")
lines = [line.strip() for line in out.strip().splitlines()]
assert lines == ["Too low", "Too low", "Too low", "Correct! Guesses: 4"], f"got {lines!r}"`,
        weight: 1,
        hidden: true,
        rule: 'every guess below 7 prints Too low, and the count includes every guess',
      },
      {
        name: 'high guesses',
        code: py`out = run("100\n8\n7\n")
lines = [line.strip() for line in out.strip().splitlines()]
assert lines == ["Too high", "Too high", "Correct! Guesses: 3"], f"got {lines!r}"`,
        weight: 1,
        hidden: true,
        rule: 'every guess above 7 prints Too high, and the count includes every guess',
      },
    ],
  },
  {
    slug: 'while-loops-collatz-steps',
    topic: 'while-loops',
    difficulty: 'hard',
    title: 'Collatz steps',
    prompt: `Write a function \`collatz_steps(n)\` that counts the steps needed to reach 1 from a positive whole number \`n\` with these rules:

- if \`n\` is even, the next number is \`n // 2\`;
- if \`n\` is odd, the next number is \`3 * n + 1\`.

\`\`\`python
collatz_steps(1)    # 0
collatz_steps(6)    # 8   (6, 3, 10, 5, 16, 8, 4, 2, 1)
collatz_steps(7)    # 16
\`\`\`

Use \`//\` so the numbers stay whole: \`n / 2\` would give a float.`,
    starterCode: py`def collatz_steps(n):
    """Return the number of Collatz steps from n down to 1."""
    steps = 0
    # TODO: while n is not 1, replace n by the next number and count the step
    return steps
`,
    solution: py`def collatz_steps(n):
    """Return the number of Collatz steps from n down to 1."""
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
`,
    acceptedMutants: [
      {
        mutant: 'swapped-operator line 6: `n // 2` becomes `n / 2`',
        reason:
          'n is even there, so n / 2 is the same number as a float; the step count returned is the same int.',
      },
    ],
    hints: [
      'If your program never finishes, look at the body of the `while` loop: `n` must change on every turn.',
      'Each turn picks one rule with `if n % 2 == 0` / `else`, assigns the result back to `n`, and adds 1 to `steps`.',
      'Inside the loop write `if n % 2 == 0: n = n // 2`, `else: n = 3 * n + 1`, then `steps += 1`.',
    ],
    tests: [
      {
        name: 'already at 1',
        code: py`got = collatz_steps(1)
assert got == 0, f"collatz_steps(1) should return 0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a power of two',
        code: py`got = collatz_steps(16)
assert got == 4, f"collatz_steps(16) should return 4 (16, 8, 4, 2, 1), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'odd and even steps',
        code: py`got = collatz_steps(6)
assert got == 8, f"collatz_steps(6) should return 8 (6, 3, 10, 5, 16, 8, 4, 2, 1), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'returns a whole number',
        code: py`got = collatz_steps(7)
assert got == 16 and type(got) is int, f"collatz_steps(7) should return the int 16, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a long sequence',
        code: py`got = collatz_steps(27)
assert got == 111, f"collatz_steps(27) should return 111, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'steps are counted until the number reaches 1, however many there are',
      },
      {
        name: 'small numbers',
        code: py`got = [collatz_steps(n) for n in (2, 3, 4, 5)]
assert got == [1, 7, 2, 5], f"collatz_steps of 2, 3, 4, 5 should be [1, 7, 2, 5], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'even numbers are halved and odd numbers become 3 * n + 1, each change counting one step',
      },
    ],
  },
];
