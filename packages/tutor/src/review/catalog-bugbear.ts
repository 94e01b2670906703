import { type AdviceCatalog, inline, snippet } from './rule-advice.ts';

/** flake8-bugbear (`B`): code that runs but very likely does not do what was meant. */
export const BUGBEAR: AdviceCatalog = {
  B006: {
    severity: 'error',
    explanation:
      'A default like `=[]` or `={}` is created only once, when the function is defined, and then shared by every call. Items added in one call are still there in the next: a classic, hard-to-spot bug.',
    suggestion: `Default to \`None\` and create a fresh list inside:${snippet('def add_item(item, items=None):\n    if items is None:\n        items = []\n    items.append(item)\n    return items')}`,
  },
  B007: {
    severity: 'info',
    explanation: (name) =>
      `The loop variable ${inline(name)} is never used in the loop body. If you only need to repeat something, say so with \`_\`.`,
    suggestion: `Name it \`_\`:${snippet('for _ in range(3):\n    print("Hip hip hooray!")')}`,
  },
  B008: {
    severity: 'warning',
    explanation:
      'A function call in a default argument runs only once, when the function is defined, not at each call, so every call shares that one result.',
    suggestion: 'Default to `None` and call the function inside the body when the argument is `None`.',
  },
  B011: {
    severity: 'warning',
    explanation:
      '`assert False` disappears when Python runs with optimisations (`-O`), so the check silently stops happening.',
    suggestion: 'Use `raise AssertionError("...")` (or a more specific error) instead.',
  },
  B012: {
    severity: 'error',
    explanation:
      '`return`, `break` or `continue` inside `finally` swallows any error raised in the `try`: the program carries on as if nothing went wrong.',
    suggestion: 'Move the `return` out of the `finally` block.',
  },
  B015: {
    severity: 'error',
    explanation:
      'This comparison is computed and then thrown away: a line like `x == 5` on its own does nothing. Did you mean to assign (`=`), or to use it in an `if` or an `assert`?',
    suggestion: 'Use `x = 5` to assign, or `if x == 5:` / `assert x == 5` to check.',
  },
  B018: {
    severity: 'warning',
    explanation:
      'This line is a value on its own that is computed and thrown away, so it has no effect in a program (it only shows something in the interactive shell).',
    suggestion: 'Wrap it in `print(...)` to show it, assign it to a variable, or delete it.',
  },
  B020: {
    severity: 'warning',
    explanation: (name) =>
      `The loop variable ${inline(name)} has the same name as the thing being looped over, so after the loop the original is gone.`,
    suggestion: 'Use a singular name for the item: `for number in numbers:`.',
  },
  B023: {
    severity: 'warning',
    explanation: (name) =>
      `A function made inside the loop uses ${inline(name)}, but it reads the variable when it is *called*, not when it is made, so every function sees the last value.`,
    suggestion: (name) =>
      `Pass it as a default argument to freeze its value: \`lambda ${name}=${name}: ...\`.`,
  },
  B009: {
    severity: 'info',
    explanation: '`getattr(obj, "name")` with a fixed name is a long way to write `obj.name`.',
    suggestion: 'Write `obj.name` directly.',
  },
  B010: {
    severity: 'info',
    explanation: '`setattr(obj, "name", value)` with a fixed name is a long way to write `obj.name = value`.',
    suggestion: 'Write `obj.name = value` directly.',
  },
  B016: {
    severity: 'error',
    explanation:
      'You can only `raise` an exception, not a string or a number: this line fails with a `TypeError`.',
    suggestion: 'Raise an exception with your message: `raise ValueError("age must be positive")`.',
  },
};
