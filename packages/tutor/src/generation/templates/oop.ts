import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { py, tuple } from '../python-literal.ts';
import { custom, equals } from '../test-builders.ts';
import { PEOPLE } from './word-pools.ts';

const STORES = [
  { cls: 'PiggyBank', variable: 'bank', attr: 'coins', add: 'deposit', remove: 'withdraw', unit: 'coins' },
  { cls: 'WaterTank', variable: 'tank', attr: 'litres', add: 'fill', remove: 'drain', unit: 'litres' },
  { cls: 'Wallet', variable: 'wallet', attr: 'money', add: 'earn', remove: 'spend', unit: 'euros' },
] as const;

/** Classes and objects: `__init__`, attributes and methods that change them. */
export const classesAndObjectsStore: ExerciseTemplate = {
  id: 'classes-and-objects-store',
  topic: 'classes-and-objects',
  build(rng, difficulty) {
    const s = rng.pick(STORES);
    const [owner, other] = rng.sample(PEOPLE, 2) as [string, string];
    const capacity = rng.int(50, 120);
    const hard = difficulty === 'hard';
    const make = (who: string) => (hard ? `${s.cls}(${py(who)}, ${capacity})` : `${s.cls}(${py(who)})`);
    const v = s.variable;
    const a = rng.int(5, 20);
    const b = rng.int(5, 20);
    const tests: ExerciseTest[] = [
      equals('starts empty', `${v}.${s.attr}`, 0, {
        setup: `${v} = ${make(owner)}`,
        note: `a new ${s.cls} holds 0 ${s.unit}`,
      }),
      equals('remembers its owner', `${v}.owner`, owner, { setup: `${v} = ${make(owner)}` }),
      equals(`${s.add} adds up`, `${v}.${s.attr}`, a + b, {
        setup: `${v} = ${make(owner)}\n${v}.${s.add}(${a})\n${v}.${s.add}(${b})`,
        note: `after ${s.add}(${a}) and ${s.add}(${b})`,
        weight: 2,
      }),
      equals('each object has its own', `(first.${s.attr}, second.${s.attr})`, tuple(a, 0), {
        setup: `first = ${make(owner)}\nsecond = ${make(other)}\nfirst.${s.add}(${a})`,
        hidden: true,
        note: `only the first one got ${a} ${s.unit}`,
      }),
    ];
    if (difficulty !== 'easy') {
      const big = a + b + rng.int(1, 10);
      tests.push(
        custom(
          `${s.remove} takes away`,
          `${v} = ${make(owner)}\n${v}.${s.add}(${a + b})\nok = ${v}.${s.remove}(${b})\nassert ok is True, "${s.remove}(${b}) with ${a + b} ${s.unit} should return True, got " + repr(ok)\nassert ${v}.${s.attr} == ${a}, "after ${s.remove}(${b}) there should be ${a} ${s.unit} left, got " + repr(${v}.${s.attr})`,
          { weight: 2 },
        ),
        custom(
          `${s.remove} too much`,
          `${v} = ${make(owner)}\n${v}.${s.add}(${a + b})\nok = ${v}.${s.remove}(${big})\nassert ok is False, "${s.remove}(${big}) with only ${a + b} ${s.unit} should return False, got " + repr(ok)\nassert ${v}.${s.attr} == ${a + b}, "a refused ${s.remove} must change nothing: expected ${a + b}, got " + repr(${v}.${s.attr})`,
          { hidden: true },
        ),
      );
    }
    if (hard) {
      const overflow = rng.int(1, 15);
      tests.push(
        custom(
          'never more than the capacity',
          `${v} = ${make(owner)}\nleft = ${v}.${s.add}(${capacity - a})\nassert left == 0, "${s.add}(${capacity - a}) fits, so it should return 0, got " + repr(left)\nleft = ${v}.${s.add}(${a + overflow})\nassert left == ${overflow}, "${s.add}(${a + overflow}) with room for ${a} should return the ${overflow} that do not fit, got " + repr(left)\nassert ${v}.${s.attr} == ${capacity}, "the ${s.cls} should be full (${capacity}), got " + repr(${v}.${s.attr})`,
          { weight: 2 },
        ),
      );
    }
    const init = hard ? `__init__(self, owner, capacity)` : '__init__(self, owner)';
    const rules = [
      `- \`${s.cls}(${hard ? 'owner, capacity' : 'owner'})\` creates one: it stores \`owner\` in \`self.owner\` and starts with \`self.${s.attr} = 0\`${hard ? ' (and remembers its `capacity`)' : ''}.`,
      hard
        ? `- \`${s.add}(amount)\` adds \`amount\` ${s.unit}, but never beyond \`capacity\`; it returns how many did **not** fit (0 when everything fits).`
        : `- \`${s.add}(amount)\` adds \`amount\` ${s.unit}.`,
    ];
    if (difficulty !== 'easy')
      rules.push(
        `- \`${s.remove}(amount)\` takes \`amount\` away and returns \`True\`; when there is not enough, it changes nothing and returns \`False\`.`,
      );
    const methods = [
      `    def ${init}:\n        self.owner = owner\n        self.${s.attr} = 0\n${hard ? '        self.capacity = capacity\n' : ''}`,
      hard
        ? `    def ${s.add}(self, amount):\n        room = self.capacity - self.${s.attr}\n        added = min(amount, room)\n        self.${s.attr} += added\n        return amount - added\n`
        : `    def ${s.add}(self, amount):\n        self.${s.attr} += amount\n`,
    ];
    if (difficulty !== 'easy')
      methods.push(
        `    def ${s.remove}(self, amount):\n        if amount > self.${s.attr}:\n            return False\n        self.${s.attr} -= amount\n        return True\n`,
      );
    const starterMethods = [
      `    def ${init}:\n        # TODO: store the owner and start empty\n        pass\n`,
      `    def ${s.add}(self, amount):\n        # TODO\n        pass\n`,
      ...(difficulty !== 'easy'
        ? [`    def ${s.remove}(self, amount):\n        # TODO\n        pass\n`]
        : []),
    ];
    const doc = `    """${s.cls === 'Wallet' ? 'A wallet' : `A ${s.cls.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`} that holds ${s.unit}."""\n`;
    const example = [
      `${v} = ${make(owner)}`,
      `${v}.${s.add}(${a})`,
      `${v}.${s.add}(${b})`,
      `print(${v}.${s.attr})   # ${a + b}`,
    ];
    if (difficulty !== 'easy') example.push(`print(${v}.${s.remove}(${a + b + 1}))   # False`);
    return {
      title: `A ${s.cls} class`,
      prompt: `Write a class \`${s.cls}\`:

${rules.join('\n')}

${codeBlock(example.join('\n'))}`,
      starterCode: `class ${s.cls}:\n${doc}\n${starterMethods.join('\n')}`,
      solution: `class ${s.cls}:\n${doc}\n${methods.join('\n')}`,
      hints: [
        `Create one object in your code and print \`${v}.${s.attr}\` after each method call.`,
        `Every method receives the object as \`self\`: store values with \`self.${s.attr} = ...\` so the other methods can see them.`,
        hard
          ? `In \`${s.add}\`, the room left is \`self.capacity - self.${s.attr}\`; add \`min(amount, room)\` and return what is left of \`amount\`.`
          : `\`${s.add}\` is one line: \`self.${s.attr} += amount\`.${difficulty === 'medium' ? ` \`${s.remove}\` checks \`amount > self.${s.attr}\` first.` : ''}`,
      ],
      tests,
    };
  },
};

interface Family {
  base: string;
  method: string;
  describe: string;
  fallback: string | number;
  js: (name: string, value: string | number) => string;
  py: string;
  kinds: [string, string | number][];
  names: string[];
  special: {
    cls: string;
    param: string;
    args: (string | number)[];
    body: string;
    js: (x: string | number) => string | number;
  };
}

const FAMILIES: Family[] = [
  {
    base: 'Animal',
    method: 'sound',
    describe: 'speak',
    fallback: '...',
    js: (name: string, value: string | number) => `${name} says ${value}`,
    py: 'f"{self.name} says {self.sound()}"',
    kinds: [
      ['Dog', 'Woof'],
      ['Cat', 'Meow'],
      ['Cow', 'Moo'],
      ['Duck', 'Quack'],
      ['Sheep', 'Baa'],
      ['Owl', 'Hoot'],
    ],
    names: ['Rex', 'Luna', 'Daisy', 'Bo', 'Pip', 'Max', 'Kiki'],
    special: {
      cls: 'Parrot',
      param: 'word',
      args: ['Hello', 'Pretty bird', 'Cracker'],
      body: 'return self.word',
      js: (x: string | number) => x,
    },
  },
  {
    base: 'Vehicle',
    method: 'wheels',
    describe: 'describe',
    fallback: 0,
    js: (name: string, value: string | number) => `${name} has ${value} wheels`,
    py: 'f"{self.name} has {self.wheels()} wheels"',
    kinds: [
      ['Car', 4],
      ['Bike', 2],
      ['Trike', 3],
      ['Scooter', 2],
      ['Unicycle', 1],
      ['Bus', 6],
    ],
    names: ['Zippy', 'Old Red', 'Comet', 'Blue', 'Speedy', 'Rusty'],
    special: {
      cls: 'Truck',
      param: 'trailers',
      args: [0, 1, 2, 3],
      body: 'return 6 + 4 * self.trailers',
      js: (x: string | number) => 6 + 4 * Number(x),
    },
  },
];

/** Inheritance: subclasses override a method the base class calls. */
export const inheritanceOverride: ExerciseTemplate = {
  id: 'inheritance-override',
  topic: 'inheritance',
  build(rng, difficulty) {
    const f = rng.pick(FAMILIES);
    const kinds = rng.sample(f.kinds, difficulty === 'easy' ? 2 : 3);
    const names = rng.sample(f.names, 4) as [string, string, string, string];
    const hard = difficulty === 'hard';
    const arg = rng.pick(f.special.args);
    const baseClass = `class ${f.base}:\n    def __init__(self, name):\n        self.name = name\n\n    def ${f.method}(self):\n        return ${py(f.fallback)}\n\n    def ${f.describe}(self):\n        return ${f.py}\n`;
    const subclass = ([cls, value]: [string, string | number]) =>
      `class ${cls}(${f.base}):\n    def ${f.method}(self):\n        return ${py(value)}\n`;
    const special = `class ${f.special.cls}(${f.base}):\n    def __init__(self, name, ${f.special.param}):\n        super().__init__(name)\n        self.${f.special.param} = ${f.special.param}\n\n    def ${f.method}(self):\n        ${f.special.body}\n`;
    const tests: ExerciseTest[] = kinds.map(([cls, value], i) =>
      equals(
        `a ${cls}`,
        `${cls}(${py(names[i] as string)}).${f.describe}()`,
        f.js(names[i] as string, value),
        { weight: 2 },
      ),
    );
    tests.push(
      equals('the base class', `${f.base}(${py(names[3])}).${f.method}()`, f.fallback, {
        hidden: difficulty === 'easy',
      }),
      custom(
        'subclasses are a kind of the base class',
        kinds
          .map(
            ([cls]) =>
              `assert isinstance(${cls}("x"), ${f.base}), "${cls} must inherit from ${f.base}: class ${cls}(${f.base}):"`,
          )
          .join('\n'),
        { hidden: true },
      ),
      custom(
        `${f.describe} is inherited, not copied`,
        kinds
          .map(
            ([cls]) =>
              `assert "${f.describe}" not in ${cls}.__dict__, "${cls} should inherit ${f.describe}() from ${f.base}, not define its own"`,
          )
          .join('\n'),
        { hidden: true },
      ),
    );
    if (hard) {
      const name = names[0];
      tests.push(
        equals(
          `a ${f.special.cls}`,
          `${f.special.cls}(${py(name)}, ${py(arg)}).${f.describe}()`,
          f.js(name, f.special.js(arg)),
          { weight: 2 },
        ),
        custom(
          `${f.special.cls} calls super().__init__`,
          `obj = ${f.special.cls}(${py(name)}, ${py(arg)})\nassert getattr(obj, "name", None) == ${py(name)}, "${f.special.cls} must call super().__init__(name) so that self.name is set"`,
          { hidden: true },
        ),
      );
    }
    const list = kinds.map(([cls, value]) => `\`${cls}\` (${f.method} ${py(value)})`).join(', ');
    const prompt =
      difficulty === 'easy'
        ? `The class \`${f.base}\` is written for you. Add the subclasses ${list}: each one **inherits** from \`${f.base}\` and only overrides \`${f.method}()\`; \`${f.describe}()\` comes from \`${f.base}\`.`
        : `Write a class \`${f.base}\` whose \`__init__(self, name)\` stores the name, whose \`${f.method}()\` returns \`${py(f.fallback)}\`, and whose \`${f.describe}()\` returns ${'`'}${f.js('<name>', `<${f.method}>`)}${'`'} using \`self.${f.method}()\`. Then add the subclasses ${list}: each one inherits from \`${f.base}\` and only overrides \`${f.method}()\`.${hard ? ` Finally add \`${f.special.cls}(name, ${f.special.param})\`: its \`__init__\` calls \`super().__init__(name)\` and stores \`${f.special.param}\`; its \`${f.method}()\` ${f.base === 'Animal' ? `returns the \`${f.special.param}\`` : `returns 6 plus 4 for each trailer`}.` : ''}`;
    const [cls0, value0] = kinds[0] as [string, string | number];
    const example = [`print(${cls0}(${py(names[0])}).${f.describe}())   # ${f.js(names[0], value0)}`];
    if (hard)
      example.push(
        `print(${f.special.cls}(${py(names[1])}, ${py(arg)}).${f.describe}())   # ${f.js(names[1], f.special.js(arg))}`,
      );
    const starterSubclasses = kinds
      .map(([cls]) => `class ${cls}(${f.base}):\n    pass  # TODO: override ${f.method}()\n`)
      .join('\n\n');
    const starterBase =
      difficulty === 'easy'
        ? baseClass
        : `class ${f.base}:\n    def __init__(self, name):\n        # TODO: store the name\n        pass\n\n    def ${f.method}(self):\n        # TODO\n        pass\n\n    def ${f.describe}(self):\n        # TODO: use self.${f.method}()\n        pass\n`;
    const starterSpecial = hard
      ? `\n\nclass ${f.special.cls}(${f.base}):\n    def __init__(self, name, ${f.special.param}):\n        # TODO: call super().__init__(name), store ${f.special.param}\n        pass\n`
      : '';
    return {
      title: `${f.base}s that inherit`,
      prompt: `${prompt}\n\n${codeBlock(example.join('\n'))}`,
      starterCode: `${starterBase}\n\n${starterSubclasses}${starterSpecial}`,
      solution: `${baseClass}\n\n${kinds.map(subclass).join('\n\n')}${hard ? `\n\n${special}` : ''}`,
      hints: [
        `Print \`${cls0}(${py(names[0])}).${f.describe}()\`: which class's \`${f.method}()\` did Python call?`,
        `\`class ${cls0}(${f.base}):\` makes ${cls0} inherit every method of ${f.base}; a method defined again in ${cls0} replaces the inherited one for ${cls0} objects only.`,
        hard
          ? `In \`${f.special.cls}.__init__\`, \`super().__init__(name)\` runs ${f.base}'s \`__init__\`, which sets \`self.name\`; then store \`self.${f.special.param}\`.`
          : `Each subclass needs only \`def ${f.method}(self):\` returning its own value; \`${f.describe}()\` in ${f.base} calls \`self.${f.method}()\`, which finds the subclass's version.`,
      ],
      tests,
    };
  },
};
