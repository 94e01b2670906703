import { type AdviceCatalog, inline, snippet } from './rule-advice.ts';

const shadowing = (what: string) => ({
  severity: 'warning' as const,
  explanation: (name: string) =>
    `${what} ${inline(name)} has the same name as a Python built-in, which it hides: after this, \`${name}(...)\` no longer means the built-in, and calling it fails in a confusing way.`,
  suggestion: (name: string) =>
    `Pick a more specific name, like ${inline(`${name}_total`)} or ${inline(`my_${name}`)}: \`numbers\` instead of \`list\`, \`total\` instead of \`sum\`.`,
});

/** pep8-naming (`N`) and builtin shadowing (`A`): names that follow Python's conventions. */
export const NAMING: AdviceCatalog = {
  N801: {
    severity: 'info',
    explanation: (name) =>
      `Class names use CapWords (\`BankAccount\`), so ${inline(name)} reads like a function or variable. Following the convention lets anyone see at a glance what is a class.`,
    suggestion: 'Rename the class in CapWords, e.g. `class ShoppingCart:`.',
  },
  N802: {
    severity: 'info',
    explanation: (name) =>
      `Function names in Python are lowercase with underscores (snake_case), so ${inline(name)} looks like a class. Consistent names make code easier to read and to search.`,
    suggestion: `Rename it in snake_case:${snippet('def calculate_total(prices):\n    ...')}`,
  },
  N803: {
    severity: 'info',
    explanation: (name) =>
      `Argument names are lowercase with underscores, so ${inline(name)} breaks the convention readers expect.`,
    suggestion: 'Rename it in snake_case, e.g. `first_name`.',
  },
  N804: {
    severity: 'warning',
    explanation:
      'The first argument of a class method is the class itself, and Python code always calls it `cls`.',
    suggestion: 'Name the first argument `cls`.',
  },
  N805: {
    severity: 'warning',
    explanation:
      'The first argument of a method is the object the method is called on, and Python code always calls it `self`. Another name confuses every reader (and often means the method is missing it).',
    suggestion: `Make \`self\` the first argument:${snippet('class Dog:\n    def bark(self):\n        print("Woof")')}`,
  },
  N806: {
    severity: 'info',
    explanation: (name) =>
      `Variables inside a function are lowercase with underscores, so ${inline(name)} reads like a class or a constant.`,
    suggestion: 'Rename it in snake_case, e.g. `total_price`.',
  },
  N815: {
    severity: 'info',
    explanation: (name) => `${inline(name)} is in mixedCase; Python names use snake_case.`,
    suggestion: 'Rename it in snake_case, e.g. `user_name`.',
  },
  N816: {
    severity: 'info',
    explanation: (name) => `${inline(name)} is in mixedCase; Python variables use snake_case.`,
    suggestion: 'Rename it in snake_case, e.g. `user_name` (or UPPER_CASE if it is a constant).',
  },
  A001: shadowing('The variable'),
  A002: shadowing('The argument'),
};
