import type { LogicKind } from './types.ts';

/** A program with one classic logic mistake, the question a student would ask, and what must be found. */
export interface BuggyCase {
  code: string;
  message: string;
  kind: LogicKind;
  line: number;
  /** The variable or function the finding names. */
  name: string;
}

const bug = (kind: LogicKind, line: number, name: string, message: string, code: string): BuggyCase => ({
  code,
  message,
  kind,
  line,
  name,
});

export const buggyCases: Record<string, BuggyCase> = {
  'function without return whose result is used': bug(
    'no-return',
    1,
    'area',
    'why does my function return None?',
    'def area(w, h):\n    result = w * h\n\nsize = area(3, 4)\nprint("Area:", size)\n',
  ),
  'print instead of return': bug(
    'print-instead-of-return',
    2,
    'double',
    'why does it print None after the number?',
    'def double(n):\n    print(n * 2)\n\nx = double(5)\nprint(x)\n',
  ),
  'while loop variable never updated': bug(
    'while-never-ends',
    2,
    'count',
    'my loop is infinite, it just hangs',
    'count = 0\nwhile count < 3:\n    print("hello")\n',
  ),
  'range(1, n) when 1..n is meant': bug(
    'range-off-by-one',
    3,
    'i',
    'the sum of 1 to 5 gives the wrong answer, should be 15',
    'n = 5\ntotal = 0\nfor i in range(1, n):\n    total += i\nprint(total)\n',
  ),
  'range(len(x) - 1) misses the last item': bug(
    'range-off-by-one',
    2,
    'i',
    'it does not print the last name',
    'names = ["Ana", "Bo", "Cy"]\nfor i in range(len(names) - 1):\n    print(names[i])\n',
  ),
  '== as a statement where = was meant': bug(
    'compare-as-statement',
    3,
    'score',
    'score stays 0, not what I expected',
    'score = 0\nif True:\n    score == 10\nprint(score)\n',
  ),
  'walrus in a condition where == was meant': bug(
    'walrus-in-condition',
    2,
    'answer',
    'it always says correct, wrong answer',
    'answer = 3\nif (answer := 4):\n    print("correct")\n',
  ),
  'or with a bare value is always true': bug(
    'or-always-true',
    2,
    'colour',
    'it always prints warm, why does this not work?',
    'colour = "blue"\nif colour == "red" or "orange":\n    print("warm")\n',
  ),
  'mutable default argument': bug(
    'mutable-default',
    1,
    'items',
    'the second call prints the wrong list, not what I expected',
    'def add(item, items=[]):\n    items.append(item)\n    return items\n\nprint(add(1))\nprint(add(2))\n',
  ),
  'list modified while iterating it': bug(
    'modify-while-iterating',
    4,
    'numbers',
    'it does not remove all the even numbers, wrong result',
    'numbers = [2, 4, 5, 6]\nfor n in numbers:\n    if n % 2 == 0:\n        numbers.remove(n)\nprint(numbers)\n',
  ),
  'floor division for an average': bug(
    'floor-division',
    2,
    'sum(marks)',
    'the average is wrong, it should be 2.5',
    'marks = [2, 3]\naverage = sum(marks) // len(marks)\nprint(average)\n',
  ),
  'int(a / b) on negatives': bug(
    'int-of-division',
    2,
    'a / b',
    'I get the wrong answer for negative numbers',
    'a, b = -7, 2\nprint(int(a / b))\n',
  ),
  'input() text added without int()': bug(
    'input-not-converted',
    3,
    'first',
    'I typed 12 and 3 and it printed 123 instead of 15',
    'first = input("First: ")\nsecond = input("Second: ")\nprint(first + second)\n',
  ),
  'a list emptied again on each pass': bug(
    'reset-in-loop',
    2,
    'items',
    'my list has only one item at the end',
    'for i in range(3):\n    items = []\n    items.append(i)\nprint(items)\n',
  ),
  'numbers written in quotes added together': bug(
    'input-not-converted',
    3,
    'a',
    'the total is a string like 105 not 15',
    'a = "10"\nb = "5"\nprint(a + b)\n',
  ),
  'a grid made by repeating one row': bug(
    'shared-rows',
    1,
    'grid',
    'why are all my rows the same',
    'grid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n',
  ),
  'a name looked up with other capitals': bug(
    'case-mismatch',
    3,
    'name',
    'why does it never print found',
    'names = ["Ann", "Bob"]\nname = "ann"\nif name in names:\n    print("found")\n',
  ),
  'the whole list printed on each pass': bug(
    'collection-not-item',
    3,
    'words',
    'why does it print the same thing',
    'words = ["a", "b", "c"]\nfor w in words:\n    print(words)\n',
  ),
  'a dictionary made again on each pass': bug(
    'overwritten-total',
    3,
    'd',
    'why does my dict only have one key',
    'd = {}\nfor name in ["ann", "bob"]:\n    d = {name: len(name)}\nprint(d)\n',
  ),
  'the largest of negative numbers started at 0': bug(
    'extreme-start-value',
    4,
    'biggest',
    'why is the maximum wrong',
    'nums = [-5, -2, -9]\nbiggest = 0\nfor n in nums:\n    if n > biggest:\n        biggest = n\nprint(biggest)\n',
  ),
  'input compared with a number': bug(
    'input-compared-to-number',
    4,
    'guess',
    'I type the right number and it still says wrong',
    'import random\nsecret = random.randint(5, 5)\nguess = input("Guess: ")\nif guess == secret:\n    print("You win")\nelse:\n    print("Wrong")\n',
  ),
  'input looked up in a list of numbers': bug(
    'input-compared-to-number',
    3,
    'x',
    'it says my number is not in the list but it is',
    'nums = [1, 2, 3, 12]\nx = input("Number: ")\nif x in nums:\n    print("yes")\nelse:\n    print("no")\n',
  ),
  'only the last term divided in an average': bug(
    'operator-precedence',
    2,
    'c / 3',
    'the average comes out wrong',
    'a, b, c = 4, 5, 6\naverage = a + b + c / 3\nprint(average)\n',
  ),
  'one taken off the quotient instead of the count': bug(
    'operator-precedence',
    2,
    'sum(scores) / len(scores)',
    'my average is wrong',
    'scores = [80, 90, 100]\navg = sum(scores) / len(scores) - 1\nprint(avg)\n',
  ),
  'shadowing the built-in sum': bug(
    'shadowed-builtin',
    1,
    'sum',
    'my code does not work',
    'sum = 0\nfor n in [1, 2]:\n    sum = sum + n\nprint(sum)\nprint(sum([3, 4]) if callable(sum) else "sum is gone")\n',
  ),
  'is compared with a literal': bug(
    'is-literal',
    2,
    'word',
    'it prints no, not what I expected',
    'word = "".join(["h", "i"])\nif word is "hi":\n    print("yes")\nelse:\n    print("no")\n',
  ),
  'unreachable code after return': bug(
    'unreachable-code',
    3,
    'return',
    'the message never prints, why?',
    'def greet(name):\n    return "Hi " + name\n    print("greeted", name)\n\nprint(greet("Ana"))\n',
  ),
  'return inside the loop on the first iteration': bug(
    'return-in-loop',
    6,
    'n',
    'it says False even though 7 is in the list, wrong answer',
    'def contains(items, target):\n    for n in items:\n        if n == target:\n            return True\n        else:\n            return False\n\nprint(contains([1, 7], 7))\n',
  ),
  'method without self': bug(
    'missing-self',
    2,
    'bark',
    'my class does not work',
    'class Dog:\n    def bark():\n        return "Woof"\n\nprint("made", Dog)\n',
  ),
  'method named without parentheses': bug(
    'method-not-called',
    2,
    'name.upper',
    'it prints built-in method upper instead of the name',
    'name = "ana"\nprint(name.upper)\n',
  ),
  'file close without parentheses': bug(
    'method-not-called',
    3,
    'f.close',
    'my code does not work',
    'f = open("notes.txt", "w")\nf.write("hi")\nf.close\nprint("done")\n',
  ),
  'total replaced instead of added to in the loop': bug(
    'overwritten-total',
    4,
    'total',
    'why does this print the wrong total',
    'nums = [1, 2, 3]\ntotal = 0\nfor n in nums:\n    total = n\nprint(total)\n',
  ),
  'list rebuilt with one item on each pass': bug(
    'overwritten-total',
    4,
    'evens',
    'it only gives me the last even number',
    'def evens_of(numbers):\n    evens = []\n    for n in numbers:\n        evens = [n * 2]\n    return evens\n\nprint(evens_of([1, 2, 3]))\n',
  ),
  'counter set back to 0 inside the loop': bug(
    'reset-in-loop',
    3,
    'count',
    'my count is always 1',
    'words = ["a", "b", "a"]\nfor w in words:\n    count = 0\n    if w == "a":\n        count += 1\nprint(count)\n',
  ),
  'arithmetic whose result is never stored': bug(
    'result-discarded',
    4,
    'x',
    'why is my list empty',
    'def double_all(xs):\n    out = []\n    for x in xs:\n        x * 2\n    return out\n\nprint(double_all([1, 2]))\n',
  ),
  'string method called without keeping its result': bug(
    'result-discarded',
    2,
    'name',
    'upper does not work, it still prints ana',
    'name = "ana"\nname.upper()\nprint(name)\n',
  ),
  'while condition false from the start': bug(
    'loop-never-runs',
    2,
    'i',
    'this should print hello 3 times but prints nothing',
    'i = 3\nwhile i < 0:\n    print("hello")\n    i -= 1\nprint("done")\n',
  ),
  'range counting down without a negative step': bug(
    'loop-never-runs',
    1,
    'range(10, 0)',
    'my countdown does not print anything',
    'for i in range(10, 0):\n    print(i)\nprint("Liftoff!")\n',
  ),
  'print after the loop instead of inside it': bug(
    'print-after-loop',
    4,
    'shout',
    'it only prints the last name',
    'names = ["ann", "bob", "cy"]\nfor name in names:\n    shout = name.upper() + "!"\nprint(shout)\n',
  ),
};

/** Correct programs close to each mistake: no finding may come back for any of them. */
export const correctPrograms: Record<string, string> = {
  'function that returns its result': 'def area(w, h):\n    return w * h\n\nprint(area(3, 4))\n',
  'function that prints and is only called': 'def hello(n):\n    print("hi", n)\n\nhello(2)\n',
  'while loop that counts up': 'count = 0\nwhile count < 3:\n    print(count)\n    count += 1\n',
  'while True with a break': 'n = 0\nwhile True:\n    n += 2\n    if n > 5:\n        break\nprint(n)\n',
  'range(1, n + 1)': 'n = 5\ntotal = 0\nfor i in range(1, n + 1):\n    total += i\nprint(total)\n',
  'range(len(x) - 1) comparing neighbours':
    'x = [1, 3, 2]\nfor i in range(len(x) - 1):\n    print(x[i] < x[i + 1])\n',
  'assignment and comparison in an if': 'score = 0\nscore = 10\nif score == 10:\n    print("ten")\n',
  'walrus that reads input': 'data = [1, 2]\nif (n := len(data)) > 1:\n    print(n)\n',
  'or between two comparisons':
    'colour = "blue"\nif colour == "red" or colour == "orange":\n    print("warm")\n',
  'None as the default':
    'def add(item, items=None):\n    if items is None:\n        items = []\n    items.append(item)\n    return items\n\nprint(add(1))\n',
  'removing from a copy':
    'numbers = [2, 4, 5, 6]\nfor n in numbers[:]:\n    if n % 2 == 0:\n        numbers.remove(n)\nprint(numbers)\n',
  'true division for an average and // for a half':
    'marks = [2, 3]\nprint(sum(marks) / len(marks))\nprint(len(marks) // 2)\n',
  'input converted before it is compared, and a midpoint with brackets':
    'guess = input("Guess: ")\nguess = int(guess)\nif guess == 12:\n    print("yes")\nlow, high = 0, 9\nprint(low + (high - low) / 2, (low + high) / 2)\n',
  'input text compared with text, and a list of words searched':
    'answer = input("Capital? ")\nif answer == "Paris" or answer in ["paris", "PARIS"]:\n    print("right")\nprint(3 / len(answer) + 1 > 0)\n',
  'a fresh list for each row, kept in the list of rows':
    'rows = []\nfor r in range(2):\n    row = []\n    row.append(r)\n    rows.append(row)\nprint(rows)\n',
  'the smallest of positive numbers started at 0 and of negatives at the first item':
    'marks = [-3, -1]\nlowest = 0\nfor m in marks:\n    if m < lowest:\n        lowest = m\nprint(lowest)\nbest = marks[0]\nfor m in marks:\n    if best < m:\n        best = m\nprint(best)\n',
  'input converted with int()':
    'first = int(input("First: "))\nsecond = int(input("Second: "))\nprint(first + second)\n',
  'descriptive name instead of sum':
    'total = 0\nfor n in [1, 2]:\n    total = total + n\nprint(total, sum([3, 4]))\n',
  'is None and == for text': 'word = "hi"\nif word == "hi" and word is not None:\n    print("yes")\n',
  'return at the end':
    'def greet(name):\n    print("greeting", name)\n    return "Hi " + name\n\nprint(greet("Ana"))\n',
  'return False after the loop':
    'def contains(items, target):\n    for n in items:\n        if n == target:\n            return True\n    return False\n\nprint(contains([1, 7], 7))\n',
  'method with self': 'class Dog:\n    def bark(self):\n        return "Woof"\n\nprint(Dog().bark())\n',
  'methods called with ()': 'name = "ana"\nprint(name.upper())\nf = open("notes.txt", "w")\nf.close()\n',
  'the latest item kept on purpose, and a maximum under an if':
    'last = 0\nbest = 0\nfor n in [3, 9, 4]:\n    last = n\n    if n > best:\n        best = n\nprint(last, best)\n',
  'a counter reset at the start of each row':
    'for row in [[1, 2], [3]]:\n    count = 0\n    for x in row:\n        count += 1\n    print(count)\n',
  'a string method whose result is kept, and a list sorted in place':
    'name = " ana "\nname = name.strip().upper()\nmarks = [3, 1]\nmarks.sort()\nprint(name, marks, sorted(marks))\n',
  'the last line of a file kept on purpose, and a total printed after its loop':
    'lines = ["a", "b"]\nfor line in lines:\n    last = line\nprint(last)\ntotal = 0\nfor n in [1, 2]:\n    total += n\nprint(total)\n',
  'a loop that runs zero times in one call and twice in another':
    'def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n\nprint(total([]), total([1, 2]))\n',
  'digits in quotes joined as text on purpose, and a number in quotes converted':
    'year = "2024"\nlabel = "Class of " + year\ncount = "3"\nprint(label, int(count) + 1)\n',
  'a grid built by a comprehension, and a flat list repeated':
    'grid = [[0] * 3 for _ in range(3)]\ngrid[0][0] = 1\nzeros = [0] * 3\nzeros[1] = 5\npairs = [[1, 2]] * 2\nprint(grid, zeros, pairs)\n',
  'texts compared after lower(), and a name changed before the check':
    'names = ["Ann", "Bob"]\nname = "ann"\nif name.lower() in [n.lower() for n in names]:\n    print("found")\nword = "yes"\nword = "Yes"\nprint(word == "Yes")\n',
  'a loop that counts its items only, a dictionary filled by key, a set grown with add':
    'names = ["ann", "bob"]\nfor _ in names:\n    print(len(names))\nsizes = {}\nfor n in names:\n    sizes[n] = len(n)\nseen = set()\nfor n in names:\n    seen = seen | {n}\nprint(sizes, seen)\n',
  'a loop in a function that is never called, and a countdown with its step':
    'def unused(n):\n    while n > 0:\n        n -= 1\n\nfor i in range(3, 0, -1):\n    print(i)\n',
};
