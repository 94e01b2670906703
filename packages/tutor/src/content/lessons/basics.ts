import type { Lesson } from '@learnflow/contracts';

/** Module "Python Basics": variables, data types, input and output. */
export const basicsLessons: Record<string, Lesson> = {
  variables: {
    summary:
      'A variable is a name that refers to a value; you create or change it with the assignment operator `=`.',
    explanation: [
      "A **variable** is a name that refers to a value stored in the computer's memory. You create one with an **assignment** statement: the name goes on the left of the `=` sign and the value goes on the right.",
      '```python\nage = 12\n```',
      'Read `=` as "now refers to", not as "equals" in the maths sense. Python first works out (evaluates) the **expression** on the right, then makes the name on the left refer to the result. That is why `count = count + 1` makes sense: Python takes the current value of `count`, adds 1, and makes `count` refer to the new value.',
      'You can **reassign** a variable at any time, even to a value of a different type: `x = 5` followed by `x = "five"` is allowed. This is called **dynamic typing**: the value has a type, the name does not. Using a name before anything has been assigned to it raises a `NameError`, because Python runs your program from top to bottom.',
      '**Naming rules.** A variable name (an **identifier**) may contain letters, digits and underscores, but it cannot start with a digit and cannot be a **keyword** such as `if`, `for` or `class`. Names are **case-sensitive**: `score` and `Score` are two different variables. By convention Python programmers write names in `snake_case`: lowercase words joined by underscores, like `total_price`.',
      'A few handy forms:\n\n- Assign several names at once: `x, y = 3, 4`.\n- Swap two values without a temporary variable: `x, y = y, x`.\n- **Augmented assignment**: `score += 10` is short for `score = score + 10`; `-=`, `*=` and `/=` work the same way.',
      'Choose names that say what the value means (`price`, `student_name`) rather than single letters, so your code explains itself.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Creating and printing variables',
        code: `name = "Ada"
age = 36
print(name)
print(age)
print(name, "is", age, "years old")
`,
        expectedOutput: `Ada
36
Ada is 36 years old
`,
        explanation:
          'Two assignments create the variables `name` and `age`. `print()` shows the value a name refers to, not the name itself, and separates several values with spaces.',
      },
      {
        title: 'Reassigning and augmented assignment',
        code: `score = 0
print("Start:", score)
score = score + 10
print("After bonus:", score)
score += 5
print("After another bonus:", score)
score -= 3
print("After penalty:", score)
`,
        expectedOutput: `Start: 0
After bonus: 10
After another bonus: 15
After penalty: 12
`,
        explanation:
          'Each assignment replaces the value `score` refers to. `score += 5` is short for `score = score + 5`, and `score -= 3` for `score = score - 3`.',
      },
      {
        title: 'Assigning several names and swapping',
        code: `x, y = 3, 4
print("x =", x, "and y =", y)
x, y = y, x
print("x =", x, "and y =", y)
`,
        expectedOutput: `x = 3 and y = 4
x = 4 and y = 3
`,
        explanation:
          'Python evaluates the whole right-hand side first (`y, x` gives `4, 3`) and only then assigns, so the two values swap without needing a temporary variable.',
      },
      {
        title: 'Names are case-sensitive and can change type',
        code: `color = "red"
Color = "blue"
print(color, Color)
total = 10
print(type(total))
total = "ten"
print(type(total))
`,
        expectedOutput: `red blue
<class 'int'>
<class 'str'>
`,
        explanation:
          '`color` and `Color` are two different variables. `total` first refers to an integer and then to a string: with dynamic typing the name can be reassigned to any type.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Using a variable before assigning it, or misspelling it: `print(totl)` raises `NameError: name 'totl' is not defined`.",
        fix: 'Assign the variable on an earlier line, and check that the spelling and capitalisation match exactly where you use it.',
      },
      {
        mistake:
          "Writing the assignment backwards, like `5 = x`, which raises `SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?`.",
        fix: 'The name always goes on the left and the value on the right: `x = 5`.',
      },
      {
        mistake:
          "Using `=` when you mean to compare: `if x = 5:` raises `SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?`.",
        fix: 'Use `=` to assign and `==` to compare: `if x == 5:`.',
      },
      {
        mistake:
          'Putting a hyphen or space in a name, or starting it with a digit: `my-score = 5` raises `SyntaxError: cannot assign to expression here...` and `2nd_place = 1` raises `SyntaxError: invalid decimal literal`.',
        fix: 'Use only letters, digits and underscores, start with a letter or underscore, and join words with underscores: `my_score`, `second_place`.',
      },
      {
        mistake:
          'Using a keyword as a name, such as `class = "A"`, which raises `SyntaxError: invalid syntax`.',
        fix: 'Pick a different name, for example `class_name` or `school_class`.',
      },
    ],
    keyTerms: [
      { term: 'variable', definition: 'A name that refers to a value stored in memory.' },
      {
        term: 'assignment',
        definition: 'A statement using `=` that makes the name on the left refer to the value on the right.',
      },
      {
        term: 'expression',
        definition: 'A piece of code that Python evaluates to produce a value, like `price * 2`.',
      },
      { term: 'reassign', definition: 'To make an existing variable refer to a new value.' },
      { term: 'identifier', definition: 'The name you give to a variable, function or class.' },
      {
        term: 'keyword',
        definition:
          'A word reserved by Python, such as `if`, `for` or `class`, that cannot be used as a name.',
      },
      {
        term: 'dynamic typing',
        definition:
          'Values have types but names do not, so a variable can be reassigned to a value of any type.',
      },
      {
        term: 'augmented assignment',
        definition: 'A shortcut such as `x += 1` that combines an operation with assignment.',
      },
    ],
  },

  'data-types': {
    summary:
      'Every value has a type: integers and floats for numbers, strings for text and booleans for True/False.',
    explanation: [
      "Every value in Python has a **type**, which decides what you can do with it. The built-in `type()` function tells you a value's type: `type(42)` gives `<class 'int'>`.",
      '**Numbers.** An **integer** (`int`) is a whole number such as `7` or `-3`. A **float** is a number with a decimal point, such as `3.5` or `2.0`. Arithmetic uses `+`, `-`, `*` and `/`. The `/` operator always gives a float: `7 / 2` is `3.5` and even `6 / 3` is `2.0`. Use `//` for **floor division** (`7 // 2` is `3`), `%` for the remainder (`7 % 2` is `1`) and `**` for powers (`2 ** 3` is `8`). Floats are stored in binary, so some results are very slightly off: `0.1 + 0.2` gives `0.30000000000000004`. Use `round()` when you display them.',
      '**Strings.** A **string** (`str`) is text inside quotes: `\'hi\'` and `"hi"` are the same. `+` joins (**concatenates**) strings, `*` repeats them, and `len()` counts the characters: `len("cat")` is `3`. Strings also have methods such as `.upper()` and `.lower()`.',
      '**Booleans.** A **boolean** (`bool`) is either `True` or `False`, with a capital letter. Comparisons produce booleans: `5 > 3` is `True` and `"a" == "b"` is `False`. You can combine them with `and`, `or` and `not`.',
      '**Type conversion.** Python will not mix text and numbers for you: `"Age: " + 12` raises `TypeError: can only concatenate str (not "int") to str`. Convert explicitly with `str()`, `int()` or `float()`: `"Age: " + str(12)` works, and `int("42")` turns the text `"42"` into the number `42`. `int("3.5")` raises a `ValueError`, but `float("3.5")` works, and `int(3.9)` simply drops the decimal part to give `3`.',
      'Types matter because the same operator can do different things: `2 + 3` is `5`, but `"2" + "3"` is `"23"`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Checking types',
        code: `print(type(42))
print(type(3.14))
print(type("hello"))
print(type(True))
`,
        expectedOutput: `<class 'int'>
<class 'float'>
<class 'str'>
<class 'bool'>
`,
        explanation:
          '`type()` reports the type of any value. The four basic types are `int`, `float`, `str` and `bool`.',
      },
      {
        title: 'Arithmetic operators',
        code: `print(7 / 2)
print(7 // 2)
print(7 % 2)
print(2 ** 10)
print(0.1 + 0.2)
print(round(0.1 + 0.2, 2))
`,
        expectedOutput: `3.5
3
1
1024
0.30000000000000004
0.3
`,
        explanation:
          '`/` always returns a float, `//` rounds down to a whole number, `%` gives the remainder and `**` raises to a power. The tiny error in `0.1 + 0.2` comes from how floats are stored; `round()` tidies it for display.',
      },
      {
        title: 'Working with strings',
        code: `word = "Python"
print(len(word))
print(word.upper())
print(word + "!" * 3)
print("2" + "3")
`,
        expectedOutput: `6
PYTHON
Python!!!
23
`,
        explanation:
          '`len()` counts characters and `.upper()` returns an uppercase copy. `"!" * 3` repeats the string, and `+` concatenates, which is why `"2" + "3"` gives the text `23`, not the number 5.',
      },
      {
        title: 'Booleans and type conversion',
        code: `age = 12
print(age >= 13)
print(age > 10 and age < 20)
print("Age: " + str(age))
print(int("42") + 1)
print(float("3.5") * 2)
`,
        expectedOutput: `False
True
Age: 12
43
7.0
`,
        explanation:
          'Comparisons give `True` or `False`. `str()` turns the number into text so it can be concatenated, while `int()` and `float()` turn text into numbers you can calculate with.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Joining text and a number with `+`: `"Score: " + 10` raises `TypeError: can only concatenate str (not "int") to str`.',
        fix: 'Convert the number first (`"Score: " + str(10)`), use an f-string (`f"Score: {10}"`), or pass both to `print()` separated by a comma.',
      },
      {
        mistake: 'Expecting `/` to give a whole number: `10 / 2` is `5.0`, a float.',
        fix: 'Use `//` (floor division) when you need an integer result: `10 // 2` is `5`.',
      },
      {
        mistake:
          "Writing booleans in lowercase: `true` raises `NameError: name 'true' is not defined. Did you mean: 'True'?`.",
        fix: 'Booleans are written `True` and `False`, with a capital first letter.',
      },
      {
        mistake:
          'Converting decimal text straight to an integer: `int("3.5")` raises `ValueError: invalid literal for int() with base 10: \'3.5\'`.',
        fix: 'Use `float("3.5")`, or `int(float("3.5"))` if you really want the whole-number part.',
      },
      {
        mistake: 'Comparing floats exactly: `0.1 + 0.2 == 0.3` is `False`.',
        fix: 'Round before comparing (`round(0.1 + 0.2, 2) == 0.3`) or use `math.isclose(0.1 + 0.2, 0.3)`.',
      },
    ],
    keyTerms: [
      {
        term: 'type',
        definition:
          'The kind of a value (int, float, str, bool...), which decides what operations it supports.',
      },
      { term: 'integer', definition: 'A whole number with no decimal point, of type `int`.' },
      {
        term: 'float',
        definition: 'A number with a decimal point, such as `2.5`, stored approximately in binary.',
      },
      { term: 'string', definition: 'A sequence of characters written inside quotes, of type `str`.' },
      { term: 'boolean', definition: 'A value that is either `True` or `False`, of type `bool`.' },
      {
        term: 'type conversion',
        definition: 'Turning a value into another type with functions like `int()`, `float()` and `str()`.',
      },
      {
        term: 'floor division',
        definition: 'Division with `//` that rounds the result down to a whole number.',
      },
      { term: 'concatenate', definition: 'To join strings end to end with `+`.' },
    ],
  },

  'input-output': {
    summary:
      'Use `print()` to show output and `input()` to read what the user types, which always arrives as a string.',
    explanation: [
      'Programs talk to people through **output** and **input**. The built-in `print()` function writes output to the screen, and `input()` reads a line that the user types.',
      '**print()** accepts any number of **arguments** separated by commas. It converts each one to text, puts a space between them and adds a newline at the end: `print("Total:", 5)` shows `Total: 5`. Two optional keyword arguments change this. `sep` sets the separator, so `print(1, 2, 3, sep="-")` shows `1-2-3`. `end` sets what is printed last, so `end=""` keeps the next output on the same line. Calling `print()` with nothing prints an empty line.',
      'Inside a string, an **escape sequence** starts with a backslash: `\\n` is a newline and `\\t` is a tab.',
      '**f-strings** are the clearest way to mix text and values. Put an `f` before the opening quote and write any expression inside curly braces: `f"{name} is {age} years old"`. After a colon you can add a **format specifier**: `f"{price:.2f}"` shows exactly two decimal places, and `f"{word:>8}"` right-aligns a word in 8 characters.',
      '**input()** pauses the program, shows an optional prompt and returns what the user typed, **always as a string**:',
      '```python\nage = input("How old are you? ")\n```',
      'Even if the user types `12`, `age` is the text `"12"`. To do arithmetic, convert it with `int()` or `float()`: `age = int(input("How old are you? "))`. If the text is not a valid number, `int()` raises a `ValueError`.',
      'The examples below do not call `input()`: they put a string in a variable, as if the user had typed it, so they give the same output every time.',
    ].join('\n\n'),
    examples: [
      {
        title: 'print() with several arguments, sep and end',
        code: `print("apples", "bananas", "cherries")
print("apples", "bananas", "cherries", sep=", ")
print("Loading", end="...")
print("done")
print()
print("Line one\\nLine two")
`,
        expectedOutput: `apples bananas cherries
apples, bananas, cherries
Loading...done

Line one
Line two
`,
        explanation:
          'By default `print()` separates arguments with a space and ends with a newline. `sep` and `end` change those. `print()` alone prints an empty line, and `\\n` inside a string starts a new line.',
      },
      {
        title: 'f-strings and format specifiers',
        code: `name = "Maya"
items = 3
price = 2.5
print(f"{name} bought {items} items.")
print(f"Total: {items * price}")
print(f"Total: {items * price:.2f} euros")
`,
        expectedOutput: `Maya bought 3 items.
Total: 7.5
Total: 7.50 euros
`,
        explanation:
          'Anything inside `{}` in an f-string is evaluated, even a calculation. The format specifier `.2f` after the colon always shows two decimal places.',
      },
      {
        title: 'Converting text that came from input()',
        code: `# input() always returns a string. Here we pretend the user typed 7.
answer = "7"
print(answer + answer)
number = int(answer)
print(number + number)
print(f"Double of {number} is {number * 2}")
`,
        expectedOutput: `77
14
Double of 7 is 14
`,
        explanation:
          'Adding two strings joins them, giving `77`. After `int()` converts the text into a number, `+` does real addition. Always convert input before calculating with it.',
      },
      {
        title: 'Lining up output in columns',
        code: `print(f"{'Item':<8}{'Qty':>5}")
print(f"{'apple':<8}{3:>5}")
print(f"{'kiwi':<8}{12:>5}")
`,
        expectedOutput: `Item      Qty
apple       3
kiwi       12
`,
        explanation:
          '`<8` pads a value on the right to 8 characters (left-aligned) and `>5` pads on the left to 5 characters (right-aligned), which makes tidy columns.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Forgetting that `input()` returns a string: `age = input("Age? ")` then `age + 1` raises `TypeError: can only concatenate str (not "int") to str`.',
        fix: 'Convert the text first: `age = int(input("Age? "))`.',
      },
      {
        mistake:
          'Forgetting the `f` prefix: `print("Hello {name}")` prints the braces literally: `Hello {name}`.',
        fix: 'Put `f` right before the opening quote: `print(f"Hello {name}")`.',
      },
      {
        mistake:
          'Using the old Python 2 form `print "hi"`, which raises `SyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?`.',
        fix: 'In Python 3, `print` is a function, so always use parentheses: `print("hi")`.',
      },
      {
        mistake:
          'Being surprised by extra spaces: `print("Total:", 5, "€")` puts a space between every argument.',
        fix: 'Use `sep=""` to remove the separator, or build the exact text with an f-string.',
      },
      {
        mistake:
          'Converting text that is not a whole number: `int("twelve")` raises `ValueError: invalid literal for int() with base 10: \'twelve\'`.',
        fix: 'Make sure the text holds only digits, use `float()` for decimals, or handle the error with `try`/`except` (covered later).',
      },
    ],
    keyTerms: [
      {
        term: 'print()',
        definition: 'The built-in function that writes values to the screen (standard output).',
      },
      {
        term: 'input()',
        definition:
          'The built-in function that waits for the user to type a line and returns it as a string.',
      },
      { term: 'argument', definition: 'A value you pass to a function inside its parentheses.' },
      {
        term: 'sep',
        definition:
          "`print()`'s keyword argument that sets the text put between values (a space by default).",
      },
      {
        term: 'end',
        definition: "`print()`'s keyword argument that sets the text printed last (a newline by default).",
      },
      {
        term: 'escape sequence',
        definition: 'A backslash code inside a string, such as `\\n` for a newline or `\\t` for a tab.',
      },
      {
        term: 'f-string',
        definition: 'A string with an `f` prefix whose `{}` parts are replaced by the values of expressions.',
      },
      {
        term: 'format specifier',
        definition:
          'Instructions after a colon in an f-string placeholder, such as `.2f` for two decimal places.',
      },
    ],
  },
};
