import { type AdviceCatalog, inline, snippet } from './rule-advice.ts';

const SPLIT_FUNCTION = `Move a part of it into a helper function with a good name:${snippet('def shipping_cost(weight):\n    ...\n\ndef total(order):\n    return order.price + shipping_cost(order.weight)')}`;

/** Complexity (`C901`), the pylint subset (`PL`), unused arguments (`ARG`) and `eval` (`S307`). */
export const PYLINT: AdviceCatalog = {
  C901: {
    severity: 'warning',
    explanation: (name) =>
      `${inline(name)} has many paths through it (every \`if\`, loop and \`and\`/\`or\` adds one). The more paths, the harder it is to test each one and to be sure it is right.`,
    suggestion: SPLIT_FUNCTION,
  },
  PLR0911: {
    severity: 'info',
    explanation: 'This function has many `return` statements, so it is hard to follow which one runs when.',
    suggestion:
      'Compute the result in one variable and return it once, or look the answer up in a dictionary.',
  },
  PLR0912: {
    severity: 'warning',
    explanation:
      'This function has many branches (`if`/`elif`/`else`). Long chains are hard to read and easy to get wrong.',
    suggestion: `A dictionary often replaces a long \`if\`/\`elif\` chain:${snippet('PRICES = {"small": 2, "medium": 3, "large": 4}\nprice = PRICES[size]')}`,
  },
  PLR0913: {
    severity: 'info',
    explanation:
      'This function takes many arguments, so every call is long and it is easy to pass them in the wrong order.',
    suggestion: 'Group related values in a dictionary or a small class, or split the function.',
  },
  PLR0124: {
    severity: 'error',
    explanation:
      'This compares a value with itself, so the answer is always the same: almost certainly a typo.',
    suggestion: 'Check which two values you meant to compare.',
  },
  PLR0133: {
    severity: 'warning',
    explanation: 'This compares two fixed values, so the answer never changes: the condition is pointless.',
    suggestion: 'Compare a variable with the value, e.g. `if answer == 42:`.',
  },
  PLR1704: {
    severity: 'warning',
    explanation: (name) =>
      `The argument ${inline(name)} is overwritten inside the function, so the value the caller passed is lost.`,
    suggestion: 'Give the new value its own name.',
  },
  PLR1711: {
    severity: 'info',
    explanation: 'A bare `return` at the end of a function does nothing: the function returns there anyway.',
    suggestion: 'Delete the last `return`.',
  },
  PLR1714: {
    severity: 'info',
    explanation: '`x == 1 or x == 2 or x == 3` repeats the comparison; checking membership says it once.',
    suggestion: 'Write `if x in (1, 2, 3):`.',
  },
  PLR1730: {
    severity: 'info',
    explanation: 'This `if` keeps the larger (or smaller) of two values, which is what `max()` / `min()` do.',
    suggestion: 'Write `highest = max(highest, score)`.',
  },
  PLR5501: {
    severity: 'info',
    explanation: 'An `if` alone inside an `else` is an `elif` written with an extra level of indentation.',
    suggestion: `Use \`elif\`:${snippet('if score >= 90:\n    grade = "A"\nelif score >= 80:\n    grade = "B"')}`,
  },
  PLW0120: {
    severity: 'info',
    explanation:
      'A loop `else` runs when the loop ends without `break`; this loop has no `break`, so the `else` always runs and is just confusing.',
    suggestion: 'Remove the `else:` and unindent its body.',
  },
  PLW0127: {
    severity: 'warning',
    explanation: (name) => `${inline(name)} is assigned to itself, which does nothing: probably a typo.`,
    suggestion: 'Check which value you meant to assign.',
  },
  PLW0602: {
    severity: 'info',
    explanation: (name) =>
      `\`global ${name}\` is only needed to *assign* a global variable; this function only reads it.`,
    suggestion: 'Delete the `global` line: reading a global works without it.',
  },
  PLW0603: {
    severity: 'warning',
    explanation: (name) =>
      `\`global\` lets this function change ${inline(name)} for the whole program. Any function can then change it, so bugs become hard to trace.`,
    suggestion: `Pass the value in and return the new one:${snippet('def add_point(score):\n    return score + 1\n\nscore = add_point(score)')}`,
  },
  PLW2901: {
    severity: 'warning',
    explanation: (name) =>
      `The loop variable ${inline(name)} is overwritten inside the loop, so the item from the list is lost and a reader can confuse the two.`,
    suggestion: 'Give the new value its own name: `cleaned = line.strip()`.',
  },
  PLC0206: {
    severity: 'info',
    explanation:
      'The loop goes over the keys and then looks each value up again; `.items()` gives you both at once.',
    suggestion: `Loop over \`.items()\`:${snippet('for name, price in prices.items():\n    print(name, price)')}`,
  },
  PLC0414: {
    severity: 'info',
    explanation: '`import x as x` renames a module to its own name, which does nothing.',
    suggestion: 'Write `import x`.',
  },
  ARG001: {
    severity: 'info',
    explanation: (name) =>
      `The argument ${inline(name)} is never used in the function. Callers must still pass it, which is confusing, or the function forgot to use it.`,
    suggestion: (name) => `Use ${inline(name)}, or remove it from the arguments (and from the calls).`,
  },
  S307: {
    severity: 'warning',
    explanation:
      '`eval()` runs any text as Python code. If that text comes from a user, they can make your program do anything, and mistakes give confusing errors.',
    suggestion:
      'Convert input explicitly: `int(text)`, `float(text)`, or `ast.literal_eval(text)` for lists and dictionaries.',
  },
};
