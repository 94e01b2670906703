import type { Lesson } from '@learnflow/contracts';

/** Module "Functions": defining functions, parameters and return values, scope and lambdas. */
export const functionsLessons: Record<string, Lesson> = {
  'defining-functions': {
    summary:
      'A function is a named, reusable block of code that you define once with `def` and run by calling it.',
    explanation: [
      'A **function** is a named block of code that does one job. You write it once and can run it as many times as you like, which saves repetition and makes programs easier to read. You already use built-in functions such as `print()` and `len()`; now you will write your own.',
      'You create a function with the `def` keyword, a name, parentheses and a colon. The indented lines below form the function **body**:',
      '```python\ndef greet(name):\n    """Print a friendly greeting."""\n    print(f"Hello, {name}!")\n```',
      'Defining a function does not run it. To run it you **call** it by writing its name followed by parentheses: `greet("Ana")`. The name inside the parentheses of the definition, `name`, is a **parameter**: a variable that receives the value passed in the call, which is called an **argument**. Without the parentheses, `greet` only refers to the function object and nothing happens.',
      'A function can send a result back to the caller with **return**: `return width * height`. The call then *evaluates to* that value, so you can store it (`area = rectangle_area(4, 3)`) or use it in an expression. `return` also ends the function immediately. A function with no `return` gives back the special value **None**. That is the difference between printing and returning: `print()` only shows a value on the screen, while `return` hands it to the code that called the function.',
      'The string in triple quotes on the first line of the body is a **docstring**. It describes what the function does, and tools like `help(greet)` show it.',
      'Python runs a file from top to bottom, so a function must be defined before the line that calls it. Good function names are verbs that describe the job, in `snake_case`: `calculate_total`, `print_report`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Defining and calling a function',
        code: `def welcome():
    print("Hello!")
    print("Welcome to Python.")

welcome()
welcome()
`,
        expectedOutput: `Hello!
Welcome to Python.
Hello!
Welcome to Python.
`,
        explanation:
          'The `def` block only creates the function. Each call `welcome()` runs the whole body, so the two lines appear twice.',
      },
      {
        title: 'A parameter and a docstring',
        code: `def greet(name):
    """Print a friendly greeting for name."""
    print(f"Hello, {name}!")

greet("Ana")
greet("Ben")
print(greet.__doc__)
`,
        expectedOutput: `Hello, Ana!
Hello, Ben!
Print a friendly greeting for name.
`,
        explanation:
          'Each call passes a different argument, which the parameter `name` receives. The docstring is stored with the function and can be read back.',
      },
      {
        title: 'Returning a value',
        code: `def rectangle_area(width, height):
    return width * height

room = rectangle_area(4, 3)
print("Room:", room)
print("Total:", rectangle_area(4, 3) + rectangle_area(2, 2))
`,
        expectedOutput: `Room: 12
Total: 16
`,
        explanation:
          'The call `rectangle_area(4, 3)` is replaced by the returned value 12, so it can be stored in a variable or used in a calculation.',
      },
      {
        title: 'No return means None',
        code: `def shout(text):
    print(text.upper())

result = shout("hi")
print(result)
`,
        expectedOutput: `HI
None
`,
        explanation:
          '`shout` prints but does not return anything, so the call evaluates to `None`. Printing and returning are different things.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Calling a function above its definition: `greet()` before `def greet():` raises `NameError: name 'greet' is not defined`.",
        fix: 'Put the `def` block before the code that calls the function.',
      },
      {
        mistake:
          'Forgetting the parentheses: writing `greet` instead of `greet()` does not run the function, and `print(greet)` shows something like `<function greet at 0x...>`.',
        fix: 'Always add parentheses to call a function, even when it takes no arguments.',
      },
      {
        mistake:
          "Printing a result instead of returning it, then using it: `total = add(2, 3) + 1` raises `TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'`.",
        fix: 'Use `return` to hand the value back to the caller; use `print()` only to display it.',
      },
      {
        mistake:
          "Calling with the wrong number of arguments: `greet()` raises `TypeError: greet() missing 1 required positional argument: 'name'`.",
        fix: 'Pass one argument for each parameter in the definition.',
      },
      {
        mistake:
          "Forgetting the colon or the indentation, which gives `SyntaxError: expected ':'` or `IndentationError: expected an indented block after function definition on line 1`.",
        fix: 'End the `def` line with `:` and indent the whole body by 4 spaces.',
      },
    ],
    keyTerms: [
      { term: 'function', definition: 'A named, reusable block of code that performs one task.' },
      { term: 'def', definition: 'The keyword that starts a function definition.' },
      {
        term: 'call',
        definition: 'Running a function by writing its name followed by parentheses, like `greet("Ana")`.',
      },
      {
        term: 'body',
        definition: 'The indented lines under the `def` line that run each time the function is called.',
      },
      {
        term: 'parameter',
        definition: 'A name in the function definition that receives a value when the function is called.',
      },
      { term: 'argument', definition: 'The actual value passed to a function in a call.' },
      {
        term: 'return',
        definition: 'The statement that ends a function and sends a value back to the caller.',
      },
      {
        term: 'None',
        definition: 'The special value meaning "nothing", returned by functions without a `return` value.',
      },
      {
        term: 'docstring',
        definition: 'A string on the first line of a function body that documents what it does.',
      },
    ],
  },

  'parameters-and-returns': {
    summary:
      'Parameters receive the arguments of a call (by position, by keyword or from a default), and `return` sends a result back.',
    explanation: [
      'A **parameter** is a name in the function definition; an **argument** is the value you pass when calling. In `def power(base, exponent):` the parameters are `base` and `exponent`, and in `power(2, 3)` the arguments are `2` and `3`.',
      'Arguments can be passed in two ways. **Positional arguments** are matched by order: the first argument goes to the first parameter, and so on. **Keyword arguments** name the parameter, so order no longer matters: `power(exponent=3, base=2)`. In a call, positional arguments must come before keyword ones.',
      'A parameter can have a **default value**, used when the caller leaves it out:',
      '```python\ndef power(base, exponent=2):\n    return base ** exponent\n```',
      'Now `power(5)` gives 25 and `power(2, 10)` gives 1024. Parameters with defaults must come after those without. Avoid mutable defaults such as `items=[]`: the same list is shared by every call. Use `items=None` and create the list inside the function.',
      'The **return value** is what a call evaluates to. `return` ends the function immediately, so any line after it in the same block never runs. That is useful for an early exit: inside a loop, `return` stops both the loop and the function as soon as the answer is found.',
      'To send back several values, return them separated by commas. Python packs them into a **tuple**, which the caller can unpack: `low, high = min_max(numbers)`.',
      'If a function reaches its end without `return`, or uses `return` with no value, the caller receives **None**. Checking what your function returns (not just what it prints) is the key to making functions you can reuse.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Positional and keyword arguments',
        code: `def describe_pet(name, animal):
    print(f"{name} is a {animal}.")

describe_pet("Rex", "dog")
describe_pet(animal="cat", name="Tom")
describe_pet("dog", "Rex")
`,
        expectedOutput: `Rex is a dog.
Tom is a cat.
dog is a Rex.
`,
        explanation:
          'Positional arguments are matched by order, so swapping them swaps the meaning (the last line). Keyword arguments are matched by name, so their order does not matter.',
      },
      {
        title: 'Default parameter values',
        code: `def power(base, exponent=2):
    return base ** exponent

print(power(5))
print(power(2, 10))
print(power(exponent=3, base=2))
`,
        expectedOutput: `25
1024
8
`,
        explanation:
          'When `exponent` is not given it is 2. Passing a value, by position or by keyword, overrides the default.',
      },
      {
        title: 'Returning several values',
        code: `def min_max(numbers):
    return min(numbers), max(numbers)

low, high = min_max([4, 9, 1, 7])
print("Lowest:", low)
print("Highest:", high)
print(min_max([3, 3]))
`,
        expectedOutput: `Lowest: 1
Highest: 9
(3, 3)
`,
        explanation:
          'The two values are returned as one tuple. Unpacking gives each its own name; printing the call directly shows the tuple itself.',
      },
      {
        title: 'return ends the function early',
        code: `def first_negative(numbers):
    for n in numbers:
        if n < 0:
            return n
    return None

print(first_negative([3, -2, 5, -8]))
print(first_negative([1, 2]))
`,
        expectedOutput: `-2
None
`,
        explanation:
          'As soon as -2 is found, `return` leaves the loop and the function, so -8 is never checked. If no negative number exists, the final `return None` runs.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Putting a parameter with a default before one without: `def f(a=1, b):` raises `SyntaxError: non-default argument follows default argument` (newer versions say `parameter without a default follows parameter with a default`).',
        fix: 'List the parameters without defaults first: `def f(b, a=1):`.',
      },
      {
        mistake:
          'Using a mutable default like `def add(item, items=[]):`; the same list keeps growing across calls.',
        fix: 'Use `items=None` and inside the function write `if items is None: items = []`.',
      },
      {
        mistake:
          'Putting `return` inside the loop body so the function returns after checking only the first item.',
        fix: 'Return from inside the loop only when the answer is found; put the "not found" `return` after the loop.',
      },
      {
        mistake:
          'Passing too many arguments: `power(2, 3, 4)` raises `TypeError: power() takes from 1 to 2 positional arguments but 3 were given`.',
        fix: 'Check the definition and pass one argument per parameter.',
      },
      {
        mistake:
          'Writing a positional argument after a keyword one: `power(base=2, 3)` raises `SyntaxError: positional argument follows keyword argument`.',
        fix: 'Put positional arguments first, or name every argument.',
      },
    ],
    keyTerms: [
      { term: 'parameter', definition: 'A name listed in a function definition that receives a value.' },
      { term: 'argument', definition: 'A value supplied in a function call.' },
      {
        term: 'positional argument',
        definition: 'An argument matched to a parameter by its position in the call.',
      },
      {
        term: 'keyword argument',
        definition: 'An argument passed as `name=value`, matched to a parameter by name.',
      },
      { term: 'default value', definition: 'The value a parameter takes when the caller does not pass one.' },
      { term: 'return value', definition: 'The value a function call evaluates to, sent back by `return`.' },
      { term: 'tuple', definition: 'The immutable sequence Python uses to return several values at once.' },
      {
        term: 'None',
        definition: 'The value returned by a function that ends without returning anything else.',
      },
    ],
  },

  'scope-and-lambdas': {
    summary:
      'Scope decides where a name can be seen (local, enclosing, global, built-in); a lambda is a small one-expression function without a name.',
    explanation: [
      'The **scope** of a name is the part of the program where it can be used. A variable created inside a function is a **local variable**: it exists only while the function runs and cannot be seen outside. A variable created at the top level of the file is a **global variable** and can be *read* from anywhere.',
      'When Python meets a name, it searches four scopes in order, known as the **LEGB rule**: **L**ocal (the current function), **E**nclosing (any function around it), **G**lobal (the file) and **B**uilt-in (names like `print` and `len`). The first match wins.',
      "Assigning to a name inside a function makes it local to that function, even if a global with the same name exists. The function then has its own separate variable and the global is unchanged. If you try to update a global, as in `count += 1`, Python treats `count` as local and raises `UnboundLocalError: cannot access local variable 'count' where it is not associated with a value`.",
      'The **global** keyword (`global count`) lets a function assign to a global variable, and **nonlocal** does the same for a variable of an enclosing function. Use them sparingly: it is usually clearer to pass values in as arguments and `return` the result.',
      'A **lambda** is a small anonymous function written in one expression:',
      '```python\nlambda n: n * 2  # does the same job as the function below\n\ndef double(n):\n    return n * 2\n```',
      'It takes parameters before the colon and automatically returns the value of the expression after it. A lambda cannot contain statements such as `return`, loops or assignments. Lambdas are mostly used where a short function is passed as an argument, for example as the **key function** of `sorted()`, `min()` or `max()`: `sorted(students, key=lambda s: s[1])` sorts by the second item of each tuple. They also work with `map()` and `filter()`. If a function needs a name or more than one line, use `def`.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Local and global variables',
        code: `message = "global"

def show():
    message = "local"
    print("Inside:", message)

show()
print("Outside:", message)
`,
        expectedOutput: `Inside: local
Outside: global
`,
        explanation:
          'The assignment inside `show()` creates a separate local variable. The global `message` is untouched, so the two prints differ.',
      },
      {
        title: 'Returning a value versus using global',
        code: `count = 0

def increase(value):
    return value + 1

count = increase(count)
count = increase(count)
print(count)

total = 10

def add_to_total(amount):
    global total
    total += amount

add_to_total(5)
print(total)
`,
        expectedOutput: `2
15
`,
        explanation:
          'The first style passes the value in and assigns the returned result, which is easy to follow. The second uses `global` so the function may change `total` directly; it works, but makes code harder to reason about.',
      },
      {
        title: 'Lambdas with sorted, map and filter',
        code: `students = [("Ana", 88), ("Ben", 95), ("Cleo", 72)]
by_score = sorted(students, key=lambda s: s[1], reverse=True)
print(by_score)
doubled = list(map(lambda n: n * 2, [1, 2, 3]))
print(doubled)
odds = list(filter(lambda n: n % 2 == 1, range(10)))
print(odds)
`,
        expectedOutput: `[('Ben', 95), ('Ana', 88), ('Cleo', 72)]
[2, 4, 6]
[1, 3, 5, 7, 9]
`,
        explanation:
          'The key function tells `sorted()` to compare the scores. `map()` applies the lambda to every item and `filter()` keeps the items for which it returns `True`.',
      },
      {
        title: 'The enclosing scope',
        code: `def make_multiplier(factor):
    def multiply(n):
        return n * factor
    return multiply

triple = make_multiplier(3)
double = make_multiplier(2)
print(triple(5), double(5))
`,
        expectedOutput: `15 10
`,
        explanation:
          'The inner function finds `factor` in its enclosing scope (the E of LEGB). Each call to `make_multiplier` remembers its own `factor`.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          "Updating a global inside a function, e.g. `count += 1`, which raises `UnboundLocalError: cannot access local variable 'count' where it is not associated with a value`.",
        fix: 'Pass the value in and return the new one (`count = increase(count)`), or declare `global count` if you really must.',
      },
      {
        mistake:
          "Using a function's local variable outside it: `print(result)` after the call raises `NameError: name 'result' is not defined`.",
        fix: 'Return the value from the function and store it: `result = compute()`.',
      },
      {
        mistake:
          'Writing statements in a lambda: `lambda x: return x * 2` raises `SyntaxError: invalid syntax`.',
        fix: 'A lambda holds one expression that is returned automatically: `lambda x: x * 2`. Use `def` for anything longer.',
      },
      {
        mistake:
          'Calling the key function instead of passing it: `sorted(words, key=len())` raises `TypeError: len() takes exactly one argument (0 given)`.',
        fix: 'Pass the function itself without parentheses: `sorted(words, key=len)`.',
      },
      {
        mistake:
          'Naming a variable after a built-in, such as `list = [1, 2]` or `sum = 0`, which hides the built-in for the rest of the scope.',
        fix: 'Choose another name, like `numbers` or `total`.',
      },
    ],
    keyTerms: [
      { term: 'scope', definition: 'The region of a program where a name is visible.' },
      { term: 'local variable', definition: 'A variable created inside a function, visible only inside it.' },
      {
        term: 'global variable',
        definition: 'A variable created at the top level of a file, readable everywhere in that file.',
      },
      { term: 'LEGB rule', definition: 'The lookup order for names: Local, Enclosing, Global, Built-in.' },
      { term: 'global', definition: 'The keyword that lets a function assign to a global variable.' },
      {
        term: 'nonlocal',
        definition: 'The keyword that lets an inner function assign to a variable of its enclosing function.',
      },
      { term: 'lambda', definition: 'An anonymous one-expression function, such as `lambda n: n * 2`.' },
      {
        term: 'key function',
        definition:
          'A function passed as `key=` to `sorted()`, `min()` or `max()` to decide what to compare.',
      },
    ],
  },
};
