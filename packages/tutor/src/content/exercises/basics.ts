import type { ExerciseDefinition } from '@learnflow/contracts';

// Python source is kept verbatim: `\n` inside it stays a Python escape.
const py = String.raw;

/** Exercises of the "Python Basics" module: variables, data types, input and output. */
export const basicsExercises: ExerciseDefinition[] = [
  {
    slug: 'variables-swap',
    topic: 'variables',
    difficulty: 'easy',
    title: 'Swap two values',
    prompt: `Write a function \`swap(a, b)\` that returns the two values in the opposite order, as a tuple \`(b, a)\`.

\`\`\`python
swap(1, 2)        # (2, 1)
swap("x", "y")    # ("y", "x")
\`\`\`

Python can swap two variables in one line: \`a, b = b, a\`.`,
    starterCode: py`def swap(a, b):
    """Return (b, a)."""
    # TODO: swap a and b, then return them as a tuple
    pass
`,
    solution: py`def swap(a, b):
    """Return (b, a)."""
    a, b = b, a
    return a, b
`,
    hints: [
      'Look at what your function returns: a function without a `return` line gives back `None`.',
      'The result must be a tuple with `b` first and `a` second.',
      'Write `a, b = b, a` and then `return a, b` (or simply `return b, a`).',
    ],
    tests: [
      {
        name: 'swaps two numbers',
        code: py`got = swap(1, 2)
assert got == (2, 1), f"swap(1, 2) should return (2, 1), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'swaps two strings',
        code: py`got = swap("x", "y")
assert got == ("y", "x"), f"swap('x', 'y') should return ('y', 'x'), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'returns a tuple',
        code: py`got = swap(3, 4)
assert isinstance(got, tuple), f"swap should return a tuple like (4, 3), got {type(got).__name__} {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'works when both values are equal',
        code: py`got = swap(5, 5)
assert got == (5, 5), f"swap(5, 5) should return (5, 5), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'swaps values of different types',
        code: py`got = swap(True, [1, 2])
assert got == ([1, 2], True), f"swap(True, [1, 2]) should return ([1, 2], True), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the two values come back swapped whatever their types',
      },
    ],
  },
  {
    slug: 'variables-shopping-total',
    topic: 'variables',
    difficulty: 'medium',
    title: 'Shopping total',
    prompt: `Write a function \`total_cost(price, quantity, discount_percent)\` that returns what a customer pays.

Use a variable for each step:
1. \`subtotal\` is \`price\` times \`quantity\`;
2. \`discount\` is \`discount_percent\` percent of the subtotal;
3. the total is the subtotal minus the discount, **rounded to 2 decimals** with \`round(value, 2)\`.

\`\`\`python
total_cost(10, 3, 0)     # 30
total_cost(10, 3, 10)    # 27.0
total_cost(2.5, 4, 15)   # 8.5
\`\`\``,
    starterCode: py`def total_cost(price, quantity, discount_percent):
    """Return price * quantity minus discount_percent percent, rounded to 2 decimals."""
    subtotal = 0  # TODO
    discount = 0  # TODO
    pass
`,
    solution: py`def total_cost(price, quantity, discount_percent):
    """Return price * quantity minus discount_percent percent, rounded to 2 decimals."""
    subtotal = price * quantity
    discount = subtotal * discount_percent / 100
    return round(subtotal - discount, 2)
`,
    hints: [
      'Check each of the three variables in order: `subtotal`, `discount`, then the value you return.',
      'A percentage is a fraction of 100: 10 percent of 30 is `30 * 10 / 100`, not `30 * 10`.',
      'Write `subtotal = price * quantity`, `discount = subtotal * discount_percent / 100`, and `return round(subtotal - discount, 2)`.',
    ],
    tests: [
      {
        name: 'no discount',
        code: py`got = total_cost(10, 3, 0)
assert got == 30, f"total_cost(10, 3, 0) should return 30 (10 * 3, no discount), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: '10 percent discount',
        code: py`got = total_cost(10, 3, 10)
assert got == 27, f"total_cost(10, 3, 10) should return 27.0 (30 minus 10% of 30), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'decimal price',
        code: py`got = total_cost(2.5, 4, 15)
assert got == 8.5, f"total_cost(2.5, 4, 15) should return 8.5, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'rounds to 2 decimals',
        code: py`got = total_cost(0.1, 3, 0)
assert got == 0.3, f"total_cost(0.1, 3, 0) should return 0.3 -- did you round to 2 decimals? got {got!r}"
got = total_cost(0.333, 1, 0)
assert got == 0.33, f"total_cost(0.333, 1, 0) should return 0.33 (rounded to 2 decimals), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'full discount',
        code: py`got = total_cost(19.99, 2, 100)
assert got == 0, f"total_cost(19.99, 2, 100) should return 0, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a 100 percent discount makes the total 0',
      },
      {
        name: 'zero quantity',
        code: py`got = total_cost(5, 0, 20)
assert got == 0, f"total_cost(5, 0, 20) should return 0, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'buying zero items costs 0, whatever the discount',
      },
    ],
  },
  {
    slug: 'variables-clock-time',
    topic: 'variables',
    difficulty: 'hard',
    title: 'Seconds to clock time',
    prompt: `Write a function \`clock_time(total_seconds)\` that turns a number of seconds into a string \`"H:MM:SS"\`.

Store the hours, minutes and seconds in three variables using \`//\` (whole division) and \`%\` (remainder).
Minutes and seconds always have two digits; hours have as many digits as needed.

\`\`\`python
clock_time(0)       # "0:00:00"
clock_time(75)      # "0:01:15"
clock_time(3661)    # "1:01:01"
clock_time(90000)   # "25:00:00"
\`\`\`

Tip: \`f"{7:02}"\` gives \`"07"\`.`,
    starterCode: py`def clock_time(total_seconds):
    """Return total_seconds as "H:MM:SS"."""
    hours = 0    # TODO: how many whole hours?
    minutes = 0  # TODO: whole minutes left after the hours
    seconds = 0  # TODO: seconds left after the minutes
    pass
`,
    solution: py`def clock_time(total_seconds):
    """Return total_seconds as "H:MM:SS"."""
    hours = total_seconds // 3600
    minutes = total_seconds % 3600 // 60
    seconds = total_seconds % 60
    return f"{hours}:{minutes:02}:{seconds:02}"
`,
    hints: [
      'Test your variables on 3661 seconds: you should get hours 1, minutes 1, seconds 1.',
      'An hour is 3600 seconds. After taking out the hours, the minutes come from what is left (`total_seconds % 3600`).',
      'Use `hours = total_seconds // 3600`, `minutes = total_seconds % 3600 // 60`, `seconds = total_seconds % 60`, then `return f"{hours}:{minutes:02}:{seconds:02}"`.',
    ],
    tests: [
      {
        name: 'zero seconds',
        code: py`got = clock_time(0)
assert got == "0:00:00", f"clock_time(0) should return '0:00:00', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'under two minutes',
        code: py`got = clock_time(75)
assert got == "0:01:15", f"clock_time(75) should return '0:01:15', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'pads minutes and seconds',
        code: py`got = clock_time(3661)
assert got == "1:01:01", f"clock_time(3661) should return '1:01:01' (two digits for minutes and seconds), got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'more than a day',
        code: py`got = clock_time(90000)
assert got == "25:00:00", f"clock_time(90000) should return '25:00:00', got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'one second before an hour',
        code: py`got = clock_time(3599)
assert got == "0:59:59", f"clock_time(3599) should return '0:59:59', got {got!r}"
got = clock_time(3540)
assert got == "0:59:00", f"clock_time(3540) should return '0:59:00', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'minutes and seconds are always two digits, from 00 to 59',
      },
    ],
  },
  {
    slug: 'data-types-type-name',
    topic: 'data-types',
    difficulty: 'easy',
    title: 'What type is it?',
    prompt: `Write a function \`type_name(value)\` that returns the name of the value's type as a string:
\`"int"\`, \`"float"\`, \`"str"\` or \`"bool"\`.

\`\`\`python
type_name(3)       # "int"
type_name(3.0)     # "float"
type_name("3")     # "str"
type_name(True)    # "bool"
\`\`\`

\`type(value)\` gives the type; \`type(value).__name__\` gives its name.`,
    starterCode: py`def type_name(value):
    """Return "int", "float", "str" or "bool"."""
    # TODO: use type(value)
    pass
`,
    solution: py`def type_name(value):
    """Return "int", "float", "str" or "bool"."""
    return type(value).__name__
`,
    hints: [
      'Try `print(type(3))` in a scratch file: what does Python show?',
      '`type(3)` is the class `int` itself, not the string `"int"`; the function must return a string.',
      'Return `type(value).__name__`.',
    ],
    tests: [
      {
        name: 'int',
        code: py`got = type_name(3)
assert got == "int", f"type_name(3) should return 'int', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'float',
        code: py`got = type_name(3.0)
assert got == "float", f"type_name(3.0) should return 'float' (a number with a decimal point), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'a string of digits is a str',
        code: py`got = type_name("3")
assert got == "str", f"type_name('3') should return 'str': quotes make it text, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'bool',
        code: py`got = type_name(True)
assert got == "bool", f"type_name(True) should return 'bool', got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'results of expressions',
        code: py`got = (type_name(7 / 7), type_name(7 // 7), type_name(1 < 2), type_name(str(5)))
assert got == ("float", "int", "bool", "str"), f"expected ('float', 'int', 'bool', 'str'), got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the type name is that of the value an expression gives, not of how it was written',
      },
    ],
  },
  {
    slug: 'data-types-parse-price',
    topic: 'data-types',
    difficulty: 'medium',
    title: 'Parse a price tag',
    prompt: `Write a function \`parse_price(text)\` that turns a price tag such as \`"$1,234.50"\` into a \`float\`.

The text may start with \`$\`, may contain commas between thousands and may have spaces around it.

\`\`\`python
parse_price("$4.99")         # 4.99
parse_price("$1,234.50")     # 1234.5
parse_price("  12 ")         # 12.0
\`\`\``,
    starterCode: py`def parse_price(text):
    """Return the price in text (like "$1,234.50") as a float."""
    # TODO: remove spaces, "$" and "," then convert
    pass
`,
    solution: py`def parse_price(text):
    """Return the price in text (like "$1,234.50") as a float."""
    cleaned = text.strip().replace("$", "").replace(",", "")
    return float(cleaned)
`,
    acceptedMutants: [
      {
        mutant: 'dropped-call line 3: `text.strip()` becomes `text`',
        reason: 'float() ignores spaces around a number itself, so the strip() changes no result.',
      },
    ],
    hints: [
      'Look at which characters `float()` cannot read: `float("$4.99")` raises a ValueError.',
      'Remove the extra characters first: spaces at the ends, the dollar sign and the commas.',
      'Use `text.strip().replace("$", "").replace(",", "")`, then `float(...)` of the result.',
    ],
    tests: [
      {
        name: 'simple price',
        code: py`got = parse_price("$4.99")
assert got == 4.99, f"parse_price('$4.99') should return 4.99, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'returns a float',
        code: py`got = parse_price("$4")
assert isinstance(got, float) and got == 4.0, f"parse_price('$4') should return the float 4.0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'thousands separator',
        code: py`got = parse_price("$1,234.50")
assert got == 1234.5, f"parse_price('$1,234.50') should return 1234.5 -- remove the commas, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'spaces and no dollar sign',
        code: py`got = parse_price("  12 ")
assert got == 12.0, f"parse_price('  12 ') should return 12.0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'large amount',
        code: py`got = parse_price(" $1,000,000.01 ")
assert got == 1000000.01, f"parse_price(' $1,000,000.01 ') should return 1000000.01, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a price may have several thousands separators, a dollar sign and spaces around it',
      },
    ],
  },
  {
    slug: 'data-types-to-number',
    topic: 'data-types',
    difficulty: 'hard',
    title: 'Text to the right kind of number',
    prompt: `Write a function \`to_number(text)\` that reads a number written in a string and returns it with the right type:

- an \`int\` when the text (ignoring spaces around it) is digits with an optional \`-\` or \`+\` sign in front: \`"42"\`, \`" -7 "\`;
- a \`float\` when it is digits with exactly one \`.\` and an optional sign: \`"3.14"\`, \`"-0.5"\`, \`"2."\`;
- \`None\` for anything else: \`"abc"\`, \`""\`, \`"1.2.3"\`, \`"-"\`, \`"."\`.

\`\`\`python
to_number("42")      # 42
to_number("3.14")    # 3.14
to_number("abc")     # None
\`\`\`

Use string methods such as \`strip()\`, \`isdigit()\` and \`replace()\` to decide **before** converting.`,
    starterCode: py`def to_number(text):
    """Return text as an int, a float, or None when it is not a number."""
    text = text.strip()
    # TODO: remove an optional sign, then check the characters that are left
    pass
`,
    solution: py`def to_number(text):
    """Return text as an int, a float, or None when it is not a number."""
    text = text.strip()
    digits = text[1:] if text[:1] in ("-", "+") else text
    if digits.isdigit():
        return int(text)
    if digits.count(".") == 1 and digits.replace(".", "").isdigit():
        return float(text)
    return None
`,
    acceptedMutants: [
      {
        mutant: 'swapped-call line 5: `digits.isdigit()` becomes `digits.isnumeric()`',
        reason: 'the two differ only on non-ASCII numerals such as ½ or ², which the task does not cover.',
      },
      {
        mutant:
          "swapped-call line 7: `digits.replace('.', '').isdigit()` becomes `digits.replace('.', '').isnumeric()`",
        reason: 'the two differ only on non-ASCII numerals such as ½ or ², which the task does not cover.',
      },
    ],
    hints: [
      'Handle the three results one at a time, and test the sign separately from the digits.',
      'After removing one leading `-` or `+`, an int is all digits; a float is digits once the single `.` is removed. `"".isdigit()` is False, which rules out `"-"` and `"."`.',
      'Compute `digits = text[1:] if text[:1] in ("-", "+") else text`; return `int(text)` if `digits.isdigit()`, `float(text)` if `digits.count(".") == 1 and digits.replace(".", "").isdigit()`, else `None`.',
    ],
    tests: [
      {
        name: 'whole number',
        code: py`got = to_number("42")
assert got == 42 and type(got) is int, f"to_number('42') should return the int 42, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'decimal number',
        code: py`got = to_number("3.14")
assert got == 3.14 and type(got) is float, f"to_number('3.14') should return the float 3.14, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'signs and spaces',
        code: py`got = (to_number(" -7 "), to_number("+5"), to_number("-0.5"))
assert got == (-7, 5, -0.5), f"expected (-7, 5, -0.5) for ' -7 ', '+5', '-0.5', got {got!r}"
assert type(got[0]) is int, "to_number(' -7 ') should be an int"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'not a number',
        code: py`for text in ["abc", "", "12a"]:
    got = to_number(text)
    assert got is None, f"to_number({text!r}) should return None, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'tricky non-numbers',
        code: py`for text in ["1.2.3", "-", ".", "--1", "1-"]:
    got = to_number(text)
    assert got is None, f"to_number({text!r}) should return None, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'text that is not a whole or decimal number gives None',
      },
      {
        name: 'trailing point is a float',
        code: py`got = to_number("2.")
assert got == 2.0 and type(got) is float, f"to_number('2.') should return 2.0, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'digits followed by a decimal point are a float',
      },
    ],
  },
  {
    slug: 'input-output-greeting',
    topic: 'input-output',
    difficulty: 'easy',
    title: 'Say hello',
    prompt: `Write a **program** (no function needed) that reads a name with \`input()\` and prints \`Hello, <name>!\`.

| Input | Output |
| --- | --- |
| \`Ana\` | \`Hello, Ana!\` |
| \`Sam Lee\` | \`Hello, Sam Lee!\` |

Any prompt text you pass to \`input()\` is ignored by the tests.`,
    starterCode: py`name = input("What is your name? ")
# TODO: print the greeting
`,
    solution: py`name = input("What is your name? ")
print(f"Hello, {name}!")
`,
    hints: [
      'Run your program and look at what it prints after you type a name.',
      'The output must match exactly: the word `Hello`, a comma, a space, the name and `!`.',
      'Add `print(f"Hello, {name}!")` after the `input()` line.',
    ],
    tests: [
      {
        name: 'greets Ana',
        code: py`out = run("Ana\n")
assert out.strip() == "Hello, Ana!", f"For the input 'Ana' your program should print 'Hello, Ana!', but it printed {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'greets a full name',
        code: py`out = run("Sam Lee\n")
assert out.strip() == "Hello, Sam Lee!", f"For the input 'Sam Lee' your program should print 'Hello, Sam Lee!', but it printed {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'prints exactly one line',
        code: py`out = run("Bo\n")
lines = out.strip().splitlines()
assert len(lines) == 1, f"Your program should print one line, but it printed {len(lines)}: {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'uses the name it reads',
        code: py`out = run("Zoe\n")
assert out.strip() == "Hello, Zoe!", f"For the input 'Zoe' your program should print 'Hello, Zoe!', but it printed {out!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the greeting uses the name read with input(), whatever it is',
      },
    ],
  },
  {
    slug: 'input-output-add-two',
    topic: 'input-output',
    difficulty: 'medium',
    title: 'Add two numbers',
    prompt: `Write a program that reads two whole numbers, **one per line**, and prints their sum as an equation.

| Input | Output |
| --- | --- |
| \`3\` then \`4\` | \`3 + 4 = 7\` |
| \`-2\` then \`10\` | \`-2 + 10 = 8\` |

Remember: \`input()\` always returns a string. \`"3" + "4"\` is \`"34"\`.`,
    starterCode: py`a = input()
b = input()
# TODO: convert both to numbers and print "a + b = total"
`,
    solution: py`a = int(input())
b = int(input())
print(f"{a} + {b} = {a + b}")
`,
    hints: [
      'Check the type of what `input()` gives you: `print(type(a))`.',
      'Adding two strings joins them; convert each one with `int()` before adding.',
      'Use `a = int(input())`, `b = int(input())` and `print(f"{a} + {b} = {a + b}")`.',
    ],
    tests: [
      {
        name: 'adds 3 and 4',
        code: py`out = run("3\n4\n")
assert out.strip() == "3 + 4 = 7", f"For the inputs 3 and 4 your program should print '3 + 4 = 7', but it printed {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'adds numbers, not text',
        code: py`out = run("10\n20\n")
assert "1020" not in out, "Your program joined the text '10' and '20': convert the inputs with int() before adding"
assert out.strip() == "10 + 20 = 30", f"For the inputs 10 and 20 your program should print '10 + 20 = 30', but it printed {out!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'negative numbers',
        code: py`out = run("-2\n10\n")
assert out.strip() == "-2 + 10 = 8", f"For the inputs -2 and 10 your program should print '-2 + 10 = 8', but it printed {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'zeros',
        code: py`out = run("0\n0\n")
assert out.strip() == "0 + 0 = 0", f"For the inputs 0 and 0 your program should print '0 + 0 = 0', but it printed {out!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the two numbers read are added as numbers, zeros included',
      },
      {
        name: 'large numbers',
        code: py`out = run("123456789\n987654321\n")
assert out.strip() == "123456789 + 987654321 = 1111111110", f"got {out!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the two numbers read are added as whole numbers, however big',
      },
    ],
  },
  {
    slug: 'input-output-receipt',
    topic: 'input-output',
    difficulty: 'hard',
    title: 'Print a receipt',
    prompt: `Write a program that reads three lines: an item name, a quantity (a whole number) and a unit price (a decimal number).
It prints two lines, with prices shown with exactly **2 decimals**:

\`\`\`text
<quantity> x <item> @ <unit price>
Total: <quantity * unit price>
\`\`\`

For the input \`apple\`, \`3\`, \`0.5\` the output is:

\`\`\`text
3 x apple @ 0.50
Total: 1.50
\`\`\`

Tip: \`f"{1.5:.2f}"\` gives \`"1.50"\`.`,
    starterCode: py`item = input()
quantity = input()
price = input()
# TODO: convert quantity and price, then print the two lines
`,
    solution: py`item = input()
quantity = int(input())
price = float(input())
print(f"{quantity} x {item} @ {price:.2f}")
print(f"Total: {quantity * price:.2f}")
`,
    hints: [
      'Compare your first line with the example character by character, then your second line.',
      'The quantity must become an `int` and the price a `float`; both prices need the `:.2f` format.',
      'Read with `quantity = int(input())` and `price = float(input())`, then `print(f"{quantity} x {item} @ {price:.2f}")` and `print(f"Total: {quantity * price:.2f}")`.',
    ],
    tests: [
      {
        name: 'three apples',
        code: py`out = run("apple\n3\n0.5\n")
lines = [line.rstrip() for line in out.strip().splitlines()]
assert lines == ["3 x apple @ 0.50", "Total: 1.50"], f"For apple, 3, 0.5 expected the lines '3 x apple @ 0.50' and 'Total: 1.50', got {lines!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'prints two lines',
        code: py`out = run("pen\n1\n2\n")
lines = out.strip().splitlines()
assert len(lines) == 2, f"Your program should print exactly 2 lines, got {len(lines)}: {out!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'two decimals for whole prices',
        code: py`out = run("pen\n2\n3\n")
lines = [line.rstrip() for line in out.strip().splitlines()]
assert lines == ["2 x pen @ 3.00", "Total: 6.00"], f"Prices need 2 decimals even when whole: expected ['2 x pen @ 3.00', 'Total: 6.00'], got {lines!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'rounds the total',
        code: py`out = run("gum\n3\n0.333\n")
lines = [line.rstrip() for line in out.strip().splitlines()]
assert lines == ["3 x gum @ 0.33", "Total: 1.00"], f"expected ['3 x gum @ 0.33', 'Total: 1.00'], got {lines!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the price and the total are shown with exactly 2 decimals',
      },
      {
        name: 'item names with spaces',
        code: py`out = run("green tea\n10\n1.25\n")
lines = [line.rstrip() for line in out.strip().splitlines()]
assert lines == ["10 x green tea @ 1.25", "Total: 12.50"], f"got {lines!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the item name is printed exactly as read, spaces included',
      },
    ],
  },
];
