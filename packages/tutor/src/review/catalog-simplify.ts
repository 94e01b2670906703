import { type AdviceCatalog, type AdviceText, snippet } from './rule-advice.ts';

const simpler = (explanation: string, suggestion: AdviceText) => ({
  severity: 'info' as const,
  explanation,
  suggestion,
});

/** The student's own code in Ruff's message, unless Ruff shortened it ("any(...)") or gave none. */
const own = (subject: string, example: string) => (subject && !subject.includes('...') ? subject : example);

/** flake8-simplify (`SIM`) and flake8-comprehensions (`C4`): the shorter, clearer way. */
export const SIMPLIFY: AdviceCatalog = {
  SIM101: simpler(
    'Two `isinstance` calls on the same value can be one: `isinstance` accepts a tuple of types.',
    'Write `isinstance(value, (int, float))`.',
  ),
  SIM102: simpler(
    'An `if` directly inside another `if`, with nothing else around it, is one condition written as two levels of nesting.',
    `Join the conditions with \`and\`:${snippet('if age >= 18 and has_ticket:\n    enter()')}`,
  ),
  SIM103: simpler(
    '`if condition: return True else: return False` spells out what the condition already is.',
    (condition) => `Return the condition itself: \`return ${own(condition, 'age >= 18')}\`.`,
  ),
  SIM108: simpler(
    'An `if`/`else` that only assigns one variable two ways fits in one line with a conditional expression.',
    (assignment) =>
      `Use a conditional expression:${snippet(own(assignment, 'label = "even" if n % 2 == 0 else "odd"'))}`,
  ),
  SIM110: simpler(
    'This loop checks whether any item (or every item) matches, which is exactly what the built-ins `any()` and `all()` do.',
    (statement) => `Use \`${own(statement, 'return any(n < 0 for n in numbers)')}\`.`,
  ),
  SIM113: simpler(
    'You count loop turns with your own variable; `enumerate()` gives you the count for free and cannot get out of step.',
    `Use \`enumerate\`:${snippet('for index, name in enumerate(names):\n    print(index, name)')}`,
  ),
  SIM115: {
    severity: 'warning',
    explanation:
      'A file opened without `with` stays open until you remember to close it, and if an error happens first it never is.',
    suggestion: `Open it with \`with\`, which closes it for you:${snippet('with open("notes.txt") as notes:\n    text = notes.read()')}`,
  },
  SIM117: simpler(
    'Two `with` statements nested directly can be one `with` managing both.',
    'Write `with open(a) as first, open(b) as second:`.',
  ),
  SIM118: simpler(
    '`key in d.keys()` does the same as `key in d`: checking a dictionary already checks its keys.',
    'Write `if key in prices:` (and `for key in prices:`).',
  ),
  SIM201: simpler('`not a == b` is harder to read than `a != b`.', 'Write `a != b`.'),
  SIM202: simpler('`not a != b` is a double negative; it means `a == b`.', 'Write `a == b`.'),
  SIM210: simpler(
    '`True if condition else False` is just the condition.',
    'Use the condition directly, or `bool(...)` if you need a real `True`/`False`.',
  ),
  SIM211: simpler('`False if condition else True` is just `not condition`.', 'Write `not condition`.'),
  SIM300: simpler(
    'A "Yoda condition" (`if 5 == x`) puts the constant first, which reads backwards.',
    'Put the variable first: `if x == 5:`.',
  ),
  SIM401: simpler(
    'Checking whether a key exists before reading it is what `dict.get()` does in one step.',
    'Write `color = colors.get(name, "unknown")`.',
  ),
  C416: simpler(
    'This comprehension copies the items unchanged, which `list()`, `set()` or `dict()` do directly.',
    'Write `list(items)` instead of `[x for x in items]`.',
  ),
  C408: simpler(
    'Calling `dict()`, `list()` or `tuple()` with no arguments is a slower, longer way to write a literal.',
    'Write `{}`, `[]` or `()`.',
  ),
  C417: simpler(
    '`map()` with a `lambda` is harder to read than a comprehension doing the same.',
    'Write `[n * 2 for n in numbers]` instead of `list(map(lambda n: n * 2, numbers))`.',
  ),
  C419: simpler(
    '`any([...])` / `all([...])` builds the whole list first; without the brackets, they can stop at the first answer.',
    'Drop the square brackets: `any(n < 0 for n in numbers)`.',
  ),
};
