/** A method a beginner reaches for that the type does not have, and what Python offers instead. */
export interface MethodMistake {
  /** What to use instead, as code: a method name (`append`) or an expression (`len()`, `in`). */
  instead: string;
  /** One sentence on why, for a beginner. */
  note: string;
  /** The corrected expression for `target.attr(args)`. */
  fix: (target: string, args: string) => string;
}

const method =
  (name: string) =>
  (target: string, args: string): string =>
    `${target}.${name}(${args})`;
const call =
  (name: string) =>
  (target: string): string =>
    `${name}(${target})`;
const lengthMistake: MethodMistake = {
  instead: 'len()',
  note: 'Python gets the length of anything with the built-in function `len(...)`, not a method.',
  fix: call('len'),
};
const containsMistake: MethodMistake = {
  instead: 'in',
  note: 'Python checks membership with the `in` operator, e.g. `x in things`.',
  fix: (target, args) => `${args || 'x'} in ${target}`,
};
const strGrow: MethodMistake = {
  instead: '+',
  note: 'A string can never be changed in place; you build a new one with `+` and store it again.',
  fix: (target, args) => `${target} = ${target} + ${args || '"..."'}`,
};
const dictAdd: MethodMistake = {
  instead: 'd[key] = value',
  note: 'A dictionary has no `append`: you add an entry by giving it a key, `d[key] = value`.',
  fix: (target) => `${target}[key] = value`,
};
const setAdd: MethodMistake = {
  instead: 'add',
  note: 'A set adds one item with `.add(...)`.',
  fix: method('add'),
};
const tupleFixed: MethodMistake = {
  instead: 'list',
  note: 'A tuple can never change after it is made; use a list (square brackets) if it needs to grow or shrink.',
  fix: (target) => `${target} = list(${target})`,
};
const notText: MethodMistake = {
  instead: 'str()',
  note: 'This is a method of text (str), but the value is already a number; turn it into text with `str(...)` first if you really need it.',
  fix: (target) => `str(${target})`,
};
const notList: MethodMistake = {
  instead: '+=',
  note: 'The variable holds a number, not a list. To add to the number, use `+=`; if it should be a list, start it as `[]` instead of a number.',
  fix: (target, args) => `${target} += ${args || '1'}`,
};

const listMistakes: Record<string, MethodMistake> = {
  push: {
    instead: 'append',
    note: 'Python lists add an item at the end with `.append(...)`.',
    fix: method('append'),
  },
  add: {
    instead: 'append',
    note: 'Python lists add an item at the end with `.append(...)`.',
    fix: method('append'),
  },
  push_back: {
    instead: 'append',
    note: 'Python lists add an item at the end with `.append(...)`.',
    fix: method('append'),
  },
  addAll: {
    instead: 'extend',
    note: 'Python lists add many items with `.extend(...)`.',
    fix: method('extend'),
  },
  length: lengthMistake,
  size: lengthMistake,
  len: lengthMistake,
  lenght: lengthMistake,
  count: { instead: 'count', note: '`.count(x)` counts how often `x` appears.', fix: method('count') },
  contains: containsMistake,
  includes: containsMistake,
  has: containsMistake,
  indexOf: {
    instead: 'index',
    note: 'Python lists find a position with `.index(...)`.',
    fix: method('index'),
  },
  find: {
    instead: 'index',
    note: 'Lists have `.index(...)` (and `x in xs` to check first); `.find` is for text.',
    fix: method('index'),
  },
  join: {
    instead: 'str.join',
    note: '`join` belongs to the separator text, not the list: `", ".join(words)`.',
    fix: (target, args) => `${args || '", "'}.join(${target})`,
  },
  split: {
    instead: 'split',
    note: '`.split()` cuts text into a list; this value is already a list.',
    fix: (target) => target,
  },
  lower: {
    instead: 'a loop',
    note: '`.lower()` works on one piece of text; a list needs it applied to each item.',
    fix: (target) => `[item.lower() for item in ${target}]`,
  },
  upper: {
    instead: 'a loop',
    note: '`.upper()` works on one piece of text; a list needs it applied to each item.',
    fix: (target) => `[item.upper() for item in ${target}]`,
  },
  strip: {
    instead: 'a loop',
    note: '`.strip()` works on one piece of text; a list needs it applied to each item.',
    fix: (target) => `[item.strip() for item in ${target}]`,
  },
  delete: {
    instead: 'pop',
    note: 'Lists remove by position with `.pop(i)` or by value with `.remove(x)`.',
    fix: method('pop'),
  },
  removeAt: { instead: 'pop', note: 'Lists remove by position with `.pop(i)`.', fix: method('pop') },
  sorted: {
    instead: 'sort',
    note: 'Lists sort themselves with `.sort()`; `sorted(xs)` makes a sorted copy.',
    fix: method('sort'),
  },
};

const strMistakes: Record<string, MethodMistake> = {
  append: strGrow,
  push: strGrow,
  add: strGrow,
  extend: strGrow,
  length: lengthMistake,
  size: lengthMistake,
  len: lengthMistake,
  lenght: lengthMistake,
  contains: containsMistake,
  includes: containsMistake,
  has: containsMistake,
  reverse: {
    instead: '[::-1]',
    note: 'Text has no `.reverse()`; the slice `[::-1]` gives a reversed copy.',
    fix: (target) => `${target}[::-1]`,
  },
  toUpperCase: { instead: 'upper', note: 'In Python it is `.upper()`.', fix: method('upper') },
  uppercase: { instead: 'upper', note: 'In Python it is `.upper()`.', fix: method('upper') },
  toLowerCase: { instead: 'lower', note: 'In Python it is `.lower()`.', fix: method('lower') },
  lowercase: { instead: 'lower', note: 'In Python it is `.lower()`.', fix: method('lower') },
  trim: {
    instead: 'strip',
    note: 'Python removes spaces at both ends with `.strip()`.',
    fix: method('strip'),
  },
  charAt: {
    instead: 's[i]',
    note: 'Python gets one character by its position: `s[i]`.',
    fix: (target, args) => `${target}[${args}]`,
  },
  indexOf: {
    instead: 'find',
    note: 'Python finds a position in text with `.find(...)` (or `.index(...)`).',
    fix: method('find'),
  },
  sort: {
    instead: 'sorted()',
    note: 'Text cannot be changed in place; `sorted(text)` gives a sorted list of its characters.',
    fix: call('sorted'),
  },
  remove: {
    instead: 'replace',
    note: 'Text cannot be changed in place; `.replace(old, "")` gives a copy without `old`.',
    fix: (target, args) => `${target}.replace(${args || 'old'}, "")`,
  },
  isNumeric: {
    instead: 'isnumeric',
    note: 'In Python it is `.isnumeric()` (or `.isdigit()`), all lowercase.',
    fix: method('isnumeric'),
  },
  isnumber: {
    instead: 'isdigit',
    note: 'Python checks for digits with `.isdigit()`.',
    fix: method('isdigit'),
  },
  isint: { instead: 'isdigit', note: 'Python checks for digits with `.isdigit()`.', fix: method('isdigit') },
};

const dictMistakes: Record<string, MethodMistake> = {
  append: dictAdd,
  add: dictAdd,
  push: dictAdd,
  insert: dictAdd,
  has_key: containsMistake,
  contains: containsMistake,
  has: containsMistake,
  iteritems: { instead: 'items', note: 'In Python 3 it is `.items()`.', fix: method('items') },
  iterkeys: { instead: 'keys', note: 'In Python 3 it is `.keys()`.', fix: method('keys') },
  itervalues: { instead: 'values', note: 'In Python 3 it is `.values()`.', fix: method('values') },
  length: lengthMistake,
  size: lengthMistake,
  len: lengthMistake,
  remove: { instead: 'pop', note: 'A dictionary removes a key with `.pop(key)`.', fix: method('pop') },
  delete: { instead: 'pop', note: 'A dictionary removes a key with `.pop(key)`.', fix: method('pop') },
  sort: { instead: 'sorted()', note: '`sorted(d)` gives the keys in order.', fix: call('sorted') },
};

const setMistakes: Record<string, MethodMistake> = {
  append: setAdd,
  push: setAdd,
  insert: setAdd,
  extend: { instead: 'update', note: 'A set adds many items with `.update(...)`.', fix: method('update') },
  length: lengthMistake,
  size: lengthMistake,
  len: lengthMistake,
  contains: containsMistake,
  sort: {
    instead: 'sorted()',
    note: 'A set has no order; `sorted(s)` gives a sorted list.',
    fix: call('sorted'),
  },
};

const tupleMistakes: Record<string, MethodMistake> = Object.fromEntries(
  ['append', 'add', 'push', 'insert', 'extend', 'remove', 'pop', 'sort', 'reverse'].map((name) => [
    name,
    tupleFixed,
  ]),
);
tupleMistakes.length = lengthMistake;
tupleMistakes.len = lengthMistake;

const numberMistakes: Record<string, MethodMistake> = {
  append: notList,
  add: notList,
  push: notList,
  extend: notList,
  length: { ...lengthMistake, note: 'A number has no length. If you want its digits, use `len(str(n))`.' },
  len: { ...lengthMistake, note: 'A number has no length. If you want its digits, use `len(str(n))`.' },
  round: {
    instead: 'round()',
    note: 'Python rounds with the built-in function `round(x)`.',
    fix: call('round'),
  },
};
for (const name of ['isdigit', 'isnumeric', 'isalpha', 'upper', 'lower', 'strip', 'split', 'replace']) {
  numberMistakes[name] = notText;
}

/** Well-known wrong methods by type name (`list.push` -> `append`, `str.append` -> `+`). */
export const methodMistakes: Readonly<Record<string, Readonly<Record<string, MethodMistake>>>> = {
  list: listMistakes,
  str: strMistakes,
  dict: dictMistakes,
  set: setMistakes,
  tuple: tupleMistakes,
  int: numberMistakes,
  float: numberMistakes,
};
