import { code } from '../debug/explainers/wording.ts';
import type { Wordings } from './worded.ts';

type ValueKind =
  | 'range-off-by-one'
  | 'compare-as-statement'
  | 'walrus-in-condition'
  | 'or-always-true'
  | 'modify-while-iterating'
  | 'floor-division'
  | 'int-of-division'
  | 'input-not-converted'
  | 'input-compared-to-number'
  | 'operator-precedence'
  | 'is-literal'
  | 'result-discarded'
  | 'shared-rows'
  | 'case-mismatch';

/** Wording of the findings about values: ranges, comparisons, division and conversions. */
export const valueWordings: Wordings<ValueKind> = {
  'range-off-by-one': (f) => ({
    title: `${code(f.detail.range ?? 'range')} stops one too early`,
    what: `On line ${f.line}, ${code(f.detail.range ?? 'range')} never gives ${code(f.name)} its ${f.detail.missing}: \`range\` stops just before its end value.`,
    why: '`range(a, b)` counts a, a+1, ... up to b-1; `b` itself is left out. So `range(1, n)` misses `n`, and `range(len(x) - 1)` misses the last index.',
    hints: [
      `Look at ${code(f.detail.range ?? 'range')} on line ${f.line}: write down the first and last value ${code(f.name)} takes.`,
      f.detail.stop
        ? `It stops at ${code(`${f.detail.stop} - 1`)}; ${code(f.detail.stop)} itself is never reached.`
        : 'The last index, `len(...) - 1`, is never reached.',
      f.detail.stop
        ? `Use \`range(1, ${f.detail.stop} + 1)\` to include ${code(f.detail.stop)}.`
        : 'Use `range(len(...))` (or loop over the items directly) to include the last one.',
    ],
  }),
  'compare-as-statement': (f, quoted) => ({
    title: `${code(quoted)} compares but changes nothing`,
    what: `Line ${f.line} is a comparison on its own: Python works out True or False and throws it away, so ${code(f.name)} keeps its old value.`,
    why: '`==` asks "are these equal?"; `=` stores a value. A comparison on a line by itself is allowed but has no effect.',
    hints: [
      `Look at line ${f.line}: did you mean to store a value in ${code(f.name)}?`,
      '`==` compares; it never assigns.',
      `Use a single \`=\` on line ${f.line} to assign, e.g. ${code(quoted.replace('==', '='))}.`,
    ],
  }),
  'walrus-in-condition': (f, quoted) => ({
    title: `${code(quoted)} assigns instead of comparing`,
    what: `The condition on line ${f.line} stores ${code(f.detail.value ?? '')} in ${code(f.name)} and then tests that value, so it is always the same answer.`,
    why: '`:=` (the "walrus") assigns inside an expression; `==` compares. Python accepts both in an `if`, but only `==` asks a question.',
    hints: [
      `Look at the condition on line ${f.line}.`,
      `\`:=\` gives ${code(f.name)} a new value; it does not compare.`,
      `Write \`${f.name} == ${f.detail.value}\` instead.`,
    ],
  }),
  'or-always-true': (f) => ({
    title: `The condition on line ${f.line} is always true`,
    what: `${code(f.detail.condition ?? '')} does not compare ${code(f.name)} with ${code(f.detail.constant ?? '')}: the part after \`or\` is ${code(f.detail.constant ?? '')} on its own, which Python counts as true.`,
    why: '`or` joins two separate conditions. Non-empty text and non-zero numbers count as true, so `x == 1 or 2` is always true.',
    hints: [
      `Look at the \`or\` on line ${f.line}.`,
      `${code(f.detail.constant ?? '')} is a condition by itself and it is always true.`,
      `Repeat the comparison on both sides (\`${f.name} == ... or ${f.name} == ${f.detail.constant}\`), or use \`in\`: \`${f.name} in (..., ${f.detail.constant})\`.`,
    ],
  }),
  'modify-while-iterating': (f, quoted) => ({
    title: `${code(f.name)} changes while the loop goes through it`,
    what: `Line ${f.line} (${code(quoted)}) changes ${code(f.name)} inside a \`for\` loop over ${code(f.name)}. The loop then skips items (after a removal) or never ends (after an append).`,
    why: 'A `for` loop walks a list by position. Removing an item shifts the next one into the current position, which the loop has already passed.',
    hints: [
      `Look at line ${f.line}, inside the loop over ${code(f.name)}.`,
      `The loop reads ${code(f.name)} while line ${f.line} changes it.`,
      `Loop over a copy (\`for item in ${f.name}[:]:\`) or build a new list of the items to keep.`,
    ],
  }),
  'floor-division': (f, quoted) => ({
    title: `${code(f.detail.expression ?? quoted)} drops the decimals`,
    what: `Line ${f.line} divides with \`//\`, which rounds down to a whole number: an average like 2.5 becomes 2.`,
    why: '`//` is floor division (whole-number result, rounded down); `/` is true division and keeps the decimals.',
    hints: [
      `Look at the \`//\` on line ${f.line}.`,
      '`//` throws away the part after the decimal point.',
      `Use \`/\` on line ${f.line} if you want the exact result (and \`round(..., 2)\` to show fewer decimals).`,
    ],
  }),
  'int-of-division': (f, quoted) => ({
    title: `${code(quoted)} rounds towards zero`,
    what: `Line ${f.line} turns ${code(f.name)} into a whole number with \`int()\`, which cuts the decimals: -7 / 2 = -3.5 becomes -3, while -7 // 2 is -4.`,
    why: '`int()` truncates towards zero; `//` rounds down. They agree for positive numbers and differ for negative ones.',
    hints: [
      `Look at ${code(quoted)} on line ${f.line}: what happens with negative numbers?`,
      '`int(a / b)` and `a // b` differ when the result is negative.',
      'Use `a // b` for floor division, or `round(a / b)` to round to the nearest whole number.',
    ],
  }),
  'case-mismatch': (f) => ({
    title: `${f.detail.text} and ${f.detail.other} are different texts to Python`,
    what: `On line ${f.line}, ${code(f.detail.expression ?? '')} compares ${f.detail.text} with ${f.detail.other}. They differ only in capital letters, and for Python that makes them different, so the check does not match.`,
    why: 'Comparing text looks at each character exactly, and `"A"` and `"a"` are different characters. To match whatever the capitals, compare lower-case copies: `name.lower() == other.lower()`.',
    hints: [
      `Look at line ${f.line}: write down the two texts it compares, letter by letter.`,
      `${f.detail.text} and ${f.detail.other} differ in their capital letters, so they are not equal.`,
      `Compare lower-case copies on line ${f.line} (\`.lower()\` on both sides, or on each item of the list), or store the texts with the same capitals.`,
    ],
  }),
  'shared-rows': (f) => ({
    title: `Every row of ${code(f.name)} is the same list`,
    what: `On line ${f.line}, ${code(f.detail.expression ?? '')} does not make ${f.detail.times} rows: it makes one row, ${code(f.detail.row ?? '')}, and puts that same list in ${code(f.name)} ${f.detail.times} times. So the change on line ${f.detail.changeLine} shows in every row.`,
    why: '`*` on a list repeats what is inside it, and what is inside is a reference to the one inner list, not a copy. A list comprehension evaluates the inner list again for each row, so each row is a new list.',
    hints: [
      `Look at line ${f.line}: how many different lists does ${code(f.detail.expression ?? '')} create?`,
      `It creates one inner list and repeats it, so all the rows of ${code(f.name)} are that one list.`,
      `Build the rows with a comprehension: \`${f.name} = [${f.detail.row} for _ in range(${f.detail.times})]\`.`,
    ],
  }),
  'input-not-converted': (f, quoted) => ({
    title:
      f.detail.outcome === 'fails'
        ? `${code(f.name)} is text, so ${code(f.detail.expression ?? quoted)} cannot add a number to it`
        : `${code(f.name)} is text, so ${code(f.detail.expression ?? quoted)} joins or repeats it`,
    what:
      f.detail.outcome === 'fails'
        ? `${code(f.name)} comes from \`input()\`, which always gives text. On line ${f.line}, \`+\` between text and a number raises \`TypeError: can only concatenate str (not "int") to str\`.`
        : `${code(f.name)} ${f.detail.source === 'quotes' ? 'is a number written in quotes, which makes it text' : 'comes from `input()`, which always gives text'}. On line ${f.line}, \`+\` sticks text together ("12" + "3" is "123") and \`*\` repeats it.`,
    why:
      f.detail.source === 'quotes'
        ? 'Quotes make a string, whatever is inside them: `"10"` is the text one-zero, `10` is the number ten. Arithmetic needs numbers.'
        : '`input()` returns a `str` even when the user types digits. Arithmetic needs numbers: `int("12")` is 12.',
    hints: [
      `Look at where ${code(f.name)} gets its value, and at line ${f.line}.`,
      `${code(f.name)} is a string; \`+\` on strings concatenates instead of adding.`,
      f.detail.source === 'quotes'
        ? `Write the number without quotes where ${code(f.name)} gets its value, or convert it with \`int(${f.name})\`.`
        : `Convert it when you read it: \`${f.name} = int(input(...))\` (or \`float(...)\` for decimals).`,
    ],
  }),
  'input-compared-to-number': (f) => ({
    title: `${code(f.name)} is text, so ${code(f.detail.expression ?? '')} is never true`,
    what: `${code(f.name)} comes from \`input()\`, which always gives text. On line ${f.line}, ${code(f.detail.expression ?? '')} compares that text with ${code(f.detail.number ?? '')}, which holds numbers: \`"5" == 5\` is \`False\`, so the check fails even when the user types the right digits.`,
    why: 'Python never treats text and a number as equal, even when they look the same. `input()` returns a `str`; `int("5")` is the number 5.',
    hints: [
      `Look at where ${code(f.name)} gets its value, and at the comparison on line ${f.line}.`,
      `${code(f.name)} holds text such as \`"5"\`, and text is never equal to a number.`,
      `Convert it when you read it: \`${f.name} = int(input(...))\`, then compare.`,
    ],
  }),
  'operator-precedence': (f) => ({
    title: `${code(f.detail.first ?? '')} is worked out first in ${code(f.detail.expression ?? '')}`,
    what: `On line ${f.line}, Python divides before it adds or subtracts, so ${code(f.detail.expression ?? '')} computes ${code(f.detail.first ?? '')} first and only then does the rest.`,
    why: 'Like in maths, `*` and `/` are done before `+` and `-` unless brackets say otherwise: `1 + 2 / 2` is `2.0`, while `(1 + 2) / 2` is `1.5`.',
    hints: [
      `Look at the \`/\` on line ${f.line}: which part of ${code(f.detail.expression ?? '')} does it divide?`,
      `Only ${code(f.detail.first ?? '')} is divided; the rest is added or subtracted afterwards.`,
      `Put brackets around what should be done first, e.g. ${code(f.detail.fix ?? '')}.`,
    ],
  }),
  'is-literal': (f) => ({
    title: `\`${f.detail.op}\` compares identity, not value`,
    what: `Line ${f.line} checks ${code(`${f.name} ${f.detail.op} ${f.detail.literal}`)}. \`is\` asks whether both are the very same object in memory, which for numbers and text is sometimes true and sometimes not.`,
    why: '`is` is for `None`, `True` and `False`; `==` compares values. Python even warns about `is` with a literal ("SyntaxWarning").',
    hints: [
      `Look at the \`${f.detail.op}\` on line ${f.line}.`,
      `Two equal values can be different objects, so \`${f.detail.op}\` gives the wrong answer.`,
      `Write \`${f.name} ${f.detail.op === 'is not' ? '!=' : '=='} ${f.detail.literal}\`.`,
    ],
  }),
  'result-discarded': (f) => ({
    title: `The result of ${code(f.detail.expression ?? '')} is thrown away`,
    what: `Line ${f.line} works out ${code(f.detail.expression ?? '')} but does not store it anywhere, so ${code(f.name)} and everything else stay as they were.`,
    why: 'An expression on a line by itself is computed and then forgotten. Arithmetic and string methods such as `upper()` or `replace()` give back a new value; they never change the variable they start from (strings cannot be changed at all).',
    hints: [
      `Look at line ${f.line}: where does the value of ${code(f.detail.expression ?? '')} go?`,
      `Nothing keeps it: ${code(f.name)} is unchanged after line ${f.line}.`,
      `Store it, \`${f.detail.fix}\`, or hand it on where it is needed (\`results.append(...)\`, \`return ...\`).`,
    ],
  }),
};
