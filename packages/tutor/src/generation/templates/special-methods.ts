import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { tuple } from '../python-literal.ts';
import { custom, equals } from '../test-builders.ts';

const VALUES = [
  {
    cls: 'Point',
    a: 'x',
    b: 'y',
    js: (x: number, y: number) => `(${x}, ${y})`,
    py: 'f"({self.x}, {self.y})"',
  },
  {
    cls: 'Vector',
    a: 'dx',
    b: 'dy',
    js: (x: number, y: number) => `<${x}, ${y}>`,
    py: 'f"<{self.dx}, {self.dy}>"',
  },
  {
    cls: 'Size',
    a: 'width',
    b: 'height',
    js: (x: number, y: number) => `${x}x${y}`,
    py: 'f"{self.width}x{self.height}"',
  },
] as const;

/** Special methods: `__str__`, `__eq__`, `__add__`, `__repr__`. */
export const specialMethodsValue: ExerciseTemplate = {
  id: 'special-methods-value',
  topic: 'special-methods',
  build(rng, difficulty) {
    const c = rng.pick(VALUES);
    const [x1, y1, x2, y2] = Array.from({ length: 4 }, () => rng.int(-9, 30)) as [
      number,
      number,
      number,
      number,
    ];
    const make = (x: number, y: number) => `${c.cls}(${x}, ${y})`;
    const tests: ExerciseTest[] = [
      equals('keeps its values', `(value.${c.a}, value.${c.b})`, tuple(x1, y1), {
        setup: `value = ${make(x1, y1)}`,
      }),
      equals('str() of it', `str(${make(x1, y1)})`, c.js(x1, y1), { weight: 2 }),
    ];
    if (difficulty !== 'hard')
      tests.push(equals('print uses __str__', `f"{${make(x2, y2)}}"`, c.js(x2, y2), { hidden: true }));
    if (difficulty === 'easy')
      tests.push(equals('negative values', `str(${make(-x2 - 1, -3)})`, c.js(-x2 - 1, -3), { hidden: true }));
    if (difficulty !== 'easy') {
      tests.push(
        equals('equal values are equal', `${make(x1, y1)} == ${make(x1, y1)}`, true, { weight: 2 }),
        equals('different values are not', `${make(x1, y1)} == ${make(x1, y1 + 1)}`, false),
        equals(`not equal to a number`, `${make(x1, y1)} == ${x1}`, false, { hidden: true }),
      );
    }
    if (difficulty === 'hard') {
      tests.push(
        equals('adding two', `str(${make(x1, y1)} + ${make(x2, y2)})`, c.js(x1 + x2, y1 + y2), { weight: 2 }),
        equals('repr() of it', `repr(${make(x2, y2)})`, `${c.cls}(${x2}, ${y2})`, { hidden: true }),
      );
      tests.push(
        custom(
          'adding makes a new object',
          `first = ${make(x1, y1)}\nsecond = ${make(x2, y2)}\ntotal = first + second\nassert isinstance(total, ${c.cls}), "first + second should be a ${c.cls}, got " + repr(total)\nassert (first.${c.a}, first.${c.b}) == (${x1}, ${y1}), "adding must not change the first ${c.cls}"`,
          { hidden: true },
        ),
      );
    }
    const rules = [
      `- \`${c.cls}(${c.a}, ${c.b})\` stores both values as attributes \`${c.a}\` and \`${c.b}\`.`,
      `- \`str()\` (and \`print\`) show it as \`${c.js(1, 2)}\` for \`${make(1, 2)}\`.`,
    ];
    if (difficulty !== 'easy')
      rules.push(
        `- \`==\` is \`True\` when both values are equal; comparing with something that is not a \`${c.cls}\` is \`False\`.`,
      );
    if (difficulty === 'hard')
      rules.push(
        `- \`+\` returns a **new** \`${c.cls}\` whose values are the sums of the two.`,
        `- \`repr()\` shows it as \`${c.cls}(1, 2)\`.`,
      );
    const methods = [
      `    def __init__(self, ${c.a}, ${c.b}):\n        self.${c.a} = ${c.a}\n        self.${c.b} = ${c.b}\n`,
      `    def __str__(self):\n        return ${c.py}\n`,
    ];
    if (difficulty !== 'easy')
      methods.push(
        `    def __eq__(self, other):\n        if not isinstance(other, ${c.cls}):\n            return NotImplemented\n        return self.${c.a} == other.${c.a} and self.${c.b} == other.${c.b}\n`,
      );
    if (difficulty === 'hard')
      methods.push(
        `    def __add__(self, other):\n        return ${c.cls}(self.${c.a} + other.${c.a}, self.${c.b} + other.${c.b})\n`,
        `    def __repr__(self):\n        return f"${c.cls}({self.${c.a}}, {self.${c.b}})"\n`,
      );
    const starterMethods = [
      `    def __init__(self, ${c.a}, ${c.b}):\n        # TODO: store both values\n        pass\n`,
      `    def __str__(self):\n        # TODO\n        pass\n`,
    ];
    if (difficulty !== 'easy')
      starterMethods.push(`    def __eq__(self, other):\n        # TODO\n        pass\n`);
    if (difficulty === 'hard')
      starterMethods.push(
        `    def __add__(self, other):\n        # TODO\n        pass\n`,
        `    def __repr__(self):\n        # TODO\n        pass\n`,
      );
    const example = [`value = ${make(x1, y1)}`, `print(value)   # ${c.js(x1, y1)}`];
    if (difficulty !== 'easy') example.push(`print(value == ${make(x1, y1)})   # True`);
    if (difficulty === 'hard') example.push(`print(value + ${make(x2, y2)})   # ${c.js(x1 + x2, y1 + y2)}`);
    return {
      title: `A ${c.cls} with special methods`,
      prompt: `Write a class \`${c.cls}\`:

${rules.join('\n')}

${codeBlock(example.join('\n'))}

Python calls these special methods for you: \`__str__\` for \`str()\`${difficulty !== 'easy' ? ', `__eq__` for `==`' : ''}${difficulty === 'hard' ? ', `__add__` for `+`, `__repr__` for `repr()`' : ''}.`,
      starterCode: `class ${c.cls}:\n${starterMethods.join('\n')}`,
      solution: `class ${c.cls}:\n${methods.join('\n')}`,
      hints: [
        `Print \`str(${make(1, 2)})\`: without \`__str__\` Python shows something like \`<__main__.${c.cls} object at 0x...>\`.`,
        `Special methods are ordinary methods with special names: \`def __str__(self):\` must **return** the text${difficulty !== 'easy' ? '; `__eq__(self, other)` returns `True` or `False` (or `NotImplemented` for another type)' : ''}.`,
        difficulty === 'hard'
          ? `\`__add__(self, other)\` returns \`${c.cls}(self.${c.a} + other.${c.a}, self.${c.b} + other.${c.b})\`.`
          : `Use an f-string with \`self.${c.a}\` and \`self.${c.b}\` in \`__str__\`.`,
      ],
      tests,
    };
  },
};
