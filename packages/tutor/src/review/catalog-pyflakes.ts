import { type AdviceCatalog, inline, snippet } from './rule-advice.ts';

/** Pyflakes (`F`): leftovers and likely bugs. */
export const PYFLAKES: AdviceCatalog = {
  F401: {
    severity: 'warning',
    explanation: (name) =>
      `You import ${inline(name)} but never use it. Unused imports make a reader look for code that isn't there, and they slow your program's start a little.`,
    suggestion: (name) => `Delete the import of ${inline(name)}, or use it if you meant to.`,
  },
  F403: {
    severity: 'warning',
    explanation:
      '`from module import *` pulls every name of the module into your file, so nobody (Python tools included) can tell where a name comes from, and it can silently replace your own names.',
    suggestion: `Import only the names you use:${snippet('from math import sqrt, pi')}`,
  },
  F405: {
    severity: 'info',
    explanation: (name) =>
      `${inline(name)} may come from a \`from ... import *\`, so a reader cannot see where it is defined.`,
    suggestion: 'Replace the `*` import with the names you need, listed one by one.',
  },
  F541: {
    severity: 'info',
    explanation:
      'This f-string has no `{...}` placeholder, so the `f` in front does nothing. It makes a reader look for a value that is not there.',
    suggestion: `Drop the \`f\`, or put the value in braces:${snippet('print(f"Hello, {name}!")')}`,
  },
  F632: {
    severity: 'error',
    explanation:
      '`is` asks "are these the very same object?", not "are these equal?". With numbers and strings that can give a different answer from one run or Python version to the next.',
    suggestion: 'Compare values with `==` (and keep `is` for `None`): `if count == 0:`',
  },
  F701: {
    severity: 'error',
    explanation: '`break` only works inside a `for` or `while` loop: here there is no loop to leave.',
    suggestion: 'Move the `break` inside the loop, or use `return` to leave a function early.',
  },
  F702: {
    severity: 'error',
    explanation: '`continue` only works inside a `for` or `while` loop: here there is no loop to go on with.',
    suggestion: 'Move the `continue` inside the loop it belongs to.',
  },
  F706: {
    severity: 'error',
    explanation:
      '`return` hands a value back from a function, so it only works inside a `def`. At the top level of a file Python refuses to run.',
    suggestion: `Put the code in a function and call it, or use \`print()\` to show the value:${snippet('def total(prices):\n    return sum(prices)\n\nprint(total([3, 4]))')}`,
  },
  F811: {
    severity: 'warning',
    explanation: (name) =>
      `${inline(name)} is defined twice, and the first definition is never used: the second silently replaces it. This is often a copy-paste slip.`,
    suggestion: (name) =>
      `Remove one of the two definitions of ${inline(name)}, or give them different names.`,
  },
  F821: {
    severity: 'error',
    explanation: (name) =>
      `Python has no variable or function called ${inline(name)} at this point, so this line will stop with a \`NameError\`. Often it is a typo, a different capitalisation, or a variable created only later or inside another function.`,
    suggestion: (name) =>
      `Check the spelling of ${inline(name)}, give it a value before this line, or import it if it comes from a module.`,
  },
  F823: {
    severity: 'error',
    explanation: (name) =>
      `${inline(name)} is read here before the function gives it a value. Because the function assigns ${inline(name)} somewhere, Python treats it as the function's own new variable, not the one outside.`,
    suggestion:
      'Pass the value in as an argument and return the new value, instead of changing an outside variable.',
  },
  F841: {
    severity: 'warning',
    explanation: (name) =>
      `${inline(name)} gets a value but is never used afterwards. Either it is a leftover, or you meant to use it (return it, print it) and forgot, which is a bug.`,
    suggestion: (name) => `Use ${inline(name)} where you meant to, or remove the assignment.`,
  },
  F601: {
    severity: 'warning',
    explanation: (name) =>
      `The dictionary lists the key ${inline(name)} more than once; only the last value is kept, the others are lost.`,
    suggestion: 'Keep each key once in a dictionary literal.',
  },
  F631: {
    severity: 'error',
    explanation:
      '`assert (condition, "message")` checks a tuple, and a non-empty tuple is always true, so this assert can never fail.',
    suggestion: 'Drop the parentheses: `assert condition, "message"`.',
  },
};
