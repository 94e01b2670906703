import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { py, tuple } from '../python-literal.ts';
import { prints, returns } from '../test-builders.ts';
import { ceilDiv, stub, upper } from './stub.ts';
import { FRUITS, WORDS } from './word-pools.ts';

const PACKING = [
  { items: 'eggs', box: 'carton', boxes: 'cartons', crate: 'crate', crates: 'crates' },
  { items: 'books', box: 'box', boxes: 'boxes', crate: 'van', crates: 'vans' },
  { items: 'cupcakes', box: 'tray', boxes: 'trays', crate: 'trolley', crates: 'trolleys' },
  { items: 'photos', box: 'album', boxes: 'albums', crate: 'shelf', crates: 'shelves' },
  { items: 'bottles', box: 'crate', boxes: 'crates', crate: 'pallet', crates: 'pallets' },
] as const;

/** Variables: named constants and intermediate results with `//` and `%`. */
export const variablesPacking: ExerciseTemplate = {
  id: 'variables-packing',
  topic: 'variables',
  build(rng, difficulty) {
    const t = rng.pick(PACKING);
    const per = rng.int(4, 12);
    const perCrate = rng.int(3, 8);
    const PER = `PER_${upper(t.box)}`;
    const PER_CRATE = `${upper(t.boxes)}_PER_${upper(t.crate)}`;
    const fn = { easy: `${t.boxes}_needed`, medium: `pack_${t.items}`, hard: `ship_${t.items}` }[difficulty];
    const param = t.items;
    const answer = (n: number) => {
      const boxes = ceilDiv(n, per);
      const empty = boxes * per - n;
      if (difficulty === 'easy') return boxes;
      if (difficulty === 'medium') return tuple(boxes, empty);
      return tuple(ceilDiv(boxes, perCrate), boxes, empty);
    };
    const constants =
      difficulty === 'hard' ? `${PER} = ${per}\n${PER_CRATE} = ${perCrate}\n` : `${PER} = ${per}\n`;
    const doc = {
      easy: `Return how many ${t.boxes} of ${PER} ${t.items} hold all the ${t.items}.`,
      medium: `Return (${t.boxes}, empty_places) for packing the ${t.items}.`,
      hard: `Return (${t.crates}, ${t.boxes}, empty_places) for shipping the ${t.items}.`,
    }[difficulty];
    const body = {
      easy: `    ${t.boxes} = (${param} + ${PER} - 1) // ${PER}\n    return ${t.boxes}\n`,
      medium: `    ${t.boxes} = (${param} + ${PER} - 1) // ${PER}\n    empty = ${t.boxes} * ${PER} - ${param}\n    return ${t.boxes}, empty\n`,
      hard: `    ${t.boxes} = (${param} + ${PER} - 1) // ${PER}\n    empty = ${t.boxes} * ${PER} - ${param}\n    ${t.crates} = (${t.boxes} + ${PER_CRATE} - 1) // ${PER_CRATE}\n    return ${t.crates}, ${t.boxes}, empty\n`,
    }[difficulty];
    const exact = per * rng.int(2, 5);
    const big = per * rng.int(20, 60) + rng.int(1, per - 1);
    const call = (n: number) => `${fn}(${n})`;
    const examples = [exact, exact + 1, 0].map((n) => `${call(n)}   # ${py(answer(n))}`).join('\n');
    const rules = {
      easy: `returns how many ${t.boxes} are needed to hold all of them. A partly filled ${t.box} still counts.`,
      medium: `returns a tuple \`(${t.boxes}, empty)\`: how many ${t.boxes} are needed (a partly filled ${t.box} still counts) and how many places are left empty in them.`,
      hard: `returns a tuple \`(${t.crates}, ${t.boxes}, empty)\`. The ${t.items} go into ${t.boxes} (a partly filled ${t.box} still counts), the ${t.boxes} go onto ${t.crates} of \`${PER_CRATE}\` ${t.boxes} each (a partly filled ${t.crate} still counts), and \`empty\` is how many places are left empty in the ${t.boxes}.`,
    }[difficulty];
    const tests: ExerciseTest[] = [
      returns('exactly full', call(exact), answer(exact), { note: `${exact} is a multiple of ${per}` }),
      returns('one left over', call(exact + 1), answer(exact + 1), {
        note: `the last ${t.box} holds a single item`,
        weight: 2,
      }),
      returns(`a single item`, call(1), answer(1)),
      returns('nothing to pack', call(0), answer(0), { hidden: true }),
      returns('a big order', call(big), answer(big), { hidden: true, weight: 2 }),
    ];
    return {
      title: `Packing ${t.items}`,
      prompt: `A ${t.box} holds \`${PER} = ${per}\` ${t.items}. Write a function \`${fn}(${param})\` that ${rules}

${codeBlock(`${constants}\n${examples}`)}

Use the constant${difficulty === 'hard' ? 's' : ''} at the top instead of writing the number${difficulty === 'hard' ? 's' : ''} again, and give each intermediate result its own variable.`,
      starterCode: `${constants}\n\n${stub(`${fn}(${param})`, doc, `work out the result with // and %, step by step`)}`,
      solution: `${constants}\n\ndef ${fn}(${param}):\n    """${doc}"""\n${body}`,
      hints: [
        `Work one case out by hand: how many ${t.boxes} for ${per} ${t.items}? For ${per + 1}? For 0?`,
        `\`${param} // ${PER}\` counts the full ${t.boxes} and \`${param} % ${PER}\` what is left over; one more ${t.box} is needed only when something is left over.`,
        `Rounding up with whole numbers: \`(${param} + ${PER} - 1) // ${PER}\`.${difficulty === 'easy' ? '' : ` The empty places are the capacity of those ${t.boxes} minus the ${t.items}.`}`,
      ],
      tests,
    };
  },
};

const CODES = [
  { fn: 'product_code', what: 'product code', word: 'name', num: 'number' },
  { fn: 'locker_label', what: 'locker label', word: 'owner', num: 'locker' },
  { fn: 'ticket_id', what: 'ticket id', word: 'event', num: 'seat' },
] as const;

/** Data types: str and int, conversions between them, string methods. */
export const dataTypesCode: ExerciseTemplate = {
  id: 'data-types-code',
  topic: 'data-types',
  build(rng, difficulty) {
    const t = rng.pick(CODES);
    const k = rng.int(2, 4);
    const width = rng.int(3, 5);
    const sep = rng.pick(['-', '_', '/', ':']);
    const make = (word: string, n: number | string) => {
      const cleaned = difficulty === 'hard' ? word.replaceAll(' ', '') : word;
      let letters = cleaned.slice(0, k).toUpperCase();
      if (difficulty === 'hard') letters = letters.padEnd(k, 'X');
      const value = typeof n === 'string' ? Number.parseInt(n.trim(), 10) : n;
      return `${letters}${sep}${String(value).padStart(width, '0')}`;
    };
    const call = (word: string, n: number | string) => `${t.fn}(${py(word)}, ${py(n)})`;
    const [w1, w2, w3, w4] = rng.sample([...FRUITS.filter((f) => f.length >= 4), ...WORDS], 4) as [
      string,
      string,
      string,
      string,
    ];
    const capital = `${w3.charAt(0).toUpperCase()}${w3.slice(1)}`;
    const n1 = rng.int(10 ** (width - 1), 10 ** width - 1);
    const n2 = rng.int(1, 9);
    const long = 10 ** width + rng.int(1, 999);
    const asText = ` ${rng.int(10, 99)} `;
    const zeros = `00${rng.int(1, 9)}`;
    const spaced = `${rng.pick(['ice', 'hot', 'big', 'old'])} ${w4}`;
    const short = 'abcdefg'.slice(0, k - 1) || 'a';
    const check = (name: string, word: string, n: number | string, hidden = false, weight = 1) =>
      returns(name, call(word, n), make(word, n), { hidden, weight });
    const tests: ExerciseTest[] = [
      check('builds the code', w1, n1),
      check('pads with zeros', w2, n2, false, 2),
    ];
    if (difficulty !== 'easy') tests.push(check('number given as text', w2, asText, false, 2));
    if (difficulty === 'hard') tests.push(check('name with a space', spaced, n2, false, 2));
    tests.push(check('mixed-case name', capital, n1, true));
    tests.push(check('more digits than the width', w1, long, true));
    if (difficulty !== 'easy') tests.push(check('leading zeros in text', w3, zeros, true));
    if (difficulty === 'hard') tests.push(check('short name', short, n2, true));
    const numberRule =
      difficulty === 'easy'
        ? `\`${t.num}\` is a whole number (an \`int\`)`
        : `\`${t.num}\` is a whole number, either an \`int\` or text such as \`${py(asText)}\` or \`${py(zeros)}\` (spaces around it are allowed)`;
    const hardRule =
      difficulty === 'hard'
        ? `\n- Spaces in \`${t.word}\` are skipped, and a \`${t.word}\` with fewer than ${k} letters is padded with \`X\`.`
        : '';
    const letters =
      difficulty === 'hard'
        ? `${t.word}.replace(" ", "")[:${k}].upper().ljust(${k}, "X")`
        : `${t.word}[:${k}].upper()`;
    const digits =
      difficulty === 'easy' ? `str(${t.num}).zfill(${width})` : `str(int(${t.num})).zfill(${width})`;
    const doc = `Return the ${t.what} of ${t.word} and ${t.num}.`;
    return {
      title: `Make a ${t.what}`,
      prompt: `Write a function \`${t.fn}(${t.word}, ${t.num})\` that returns a ${t.what}: the first ${k} letters of \`${t.word}\` in capitals, then \`${py(sep)}\`, then \`${t.num}\` written with at least ${width} digits (zeros in front).

- ${numberRule}.
- A number with more than ${width} digits is written in full.${hardRule}

${codeBlock(`${call(w1, n1)}   # ${py(make(w1, n1))}\n${call(w2, n2)}   # ${py(make(w2, n2))}`)}`,
      starterCode: stub(
        `${t.fn}(${t.word}, ${t.num})`,
        doc,
        'build the letters part and the digits part, then join them',
      ),
      solution: `def ${t.fn}(${t.word}, ${t.num}):\n    """${doc}"""\n    letters = ${letters}\n    digits = ${digits}\n    return letters + ${py(sep)} + digits\n`,
      hints: [
        `Build the result in two parts and print each: the letters, then the digits.`,
        `Slicing \`text[:${k}]\` takes the first ${k} characters and \`.upper()\` capitalises them; a number must become a \`str\` before it is joined to text.${difficulty === 'easy' ? '' : ' `int()` turns text such as " 42 " into a number and ignores the spaces.'}`,
        `\`str(n).zfill(${width})\` adds zeros in front up to ${width} digits.${difficulty === 'hard' ? ` \`.ljust(${k}, "X")\` pads on the right.` : ''}`,
      ],
      tests,
    };
  },
};

const RECEIPT_FORMATS = [
  {
    js: (q: number, item: string, s: string, t: number) => `${q} x ${item} = ${s}${t}`,
    py: (s: string) => `f"{quantity} x {item} = ${s}{total}"`,
  },
  {
    js: (q: number, item: string, s: string, t: number) => `${item}: ${q} for ${s}${t}`,
    py: (s: string) => `f"{item}: {quantity} for ${s}{total}"`,
  },
  {
    js: (q: number, item: string, s: string, t: number) => `${q} ${item} cost ${s}${t}`,
    py: (s: string) => `f"{quantity} {item} cost ${s}{total}"`,
  },
] as const;

/** Input and output: `input()`, `int()`, f-strings and `print`. */
export const inputOutputReceipt: ExerciseTemplate = {
  id: 'input-output-receipt',
  topic: 'input-output',
  build(rng, difficulty) {
    const format = rng.pick(RECEIPT_FORMATS);
    const sym = rng.pick(['$', '€', '£']);
    const price = rng.int(2, 9);
    const [a, b, c, d] = rng.sample(FRUITS, 4) as [string, string, string, string];
    const line = (item: string, q: number, p: number) => `${format.js(q, item, sym, q * p)}\n`;
    const tests: ExerciseTest[] = [];
    let solution: string;
    let starterCode: string;
    let prompt: string;
    const example = (stdin: string, out: string) =>
      `With the input lines\n\n${codeBlock(stdin)}\n\nthe program prints\n\n\`\`\`\n${out.trimEnd()}\n\`\`\``;
    if (difficulty === 'hard') {
      const order = (items: [string, number, number][]) => ({
        stdin: `${items.length}\n${items.map(([i, q, p]) => `${i},${q},${p}`).join('\n')}\n`,
        out: `${items.map(([i, q, p]) => line(i, q, p)).join('')}Total: ${sym}${items.reduce((s, [, q, p]) => s + q * p, 0)}\n`,
      });
      const one = order([
        [a, rng.int(2, 6), rng.int(2, 9)],
        [b, rng.int(1, 4), rng.int(10, 30)],
      ]);
      const two = order([[c, rng.int(1, 9), rng.int(1, 9)]]);
      const three = order([
        [a, rng.int(1, 5), rng.int(1, 9)],
        [d, 0, rng.int(1, 9)],
        [b, rng.int(10, 40), rng.int(1, 5)],
      ]);
      const none = order([]);
      tests.push(
        prints('two items', one.stdin, one.out, { weight: 2 }),
        prints('one item', two.stdin, two.out),
      );
      tests.push(prints('an item bought zero times', three.stdin, three.out, { hidden: true, weight: 2 }));
      tests.push(prints('an empty order', none.stdin, none.out, { hidden: true }));
      prompt = `Write a program that prints a receipt. The first input line is the number of items; each following line is \`item,quantity,price\` (whole numbers). For each item print one line, then the total.

${example(one.stdin, one.out)}`;
      starterCode = `count = int(input())\n# TODO: read each item line, print its line, add up the total and print it\n`;
      solution = `count = int(input())\ngrand_total = 0\nfor _ in range(count):\n    item, quantity, price = input().split(",")\n    quantity = int(quantity)\n    total = quantity * int(price)\n    grand_total += total\n    print(${format.py(sym)})\nprint(f"Total: ${sym}{grand_total}")\n`;
    } else {
      const withPrice = difficulty === 'medium';
      const input = (item: string, q: number, p: number) =>
        withPrice ? `${item}\n${q}\n${p}\n` : `${item}\n${q}\n`;
      const cases: [string, string, number, number, boolean][] = [
        ['prints the line', a, rng.int(2, 9), withPrice ? rng.int(2, 20) : price, false],
        ['a single item', b, 1, withPrice ? rng.int(2, 20) : price, false],
        ['zero items', c, 0, withPrice ? rng.int(2, 20) : price, true],
        ['a big quantity', d, rng.int(100, 999), withPrice ? rng.int(2, 20) : price, true],
      ];
      for (const [name, item, q, p, hidden] of cases)
        tests.push(prints(name, input(item, q, p), line(item, q, p), { hidden, weight: hidden ? 1 : 2 }));
      const first = cases[0] as [string, string, number, number, boolean];
      const reads = withPrice
        ? 'three lines: the name of an item, how many were bought and the price of one (whole numbers)'
        : `two lines: the name of an item and how many were bought (a whole number). One costs \`PRICE = ${price}\`.`;
      prompt = `Write a program that reads ${reads} It prints one receipt line with the total.

${example(input(first[1], first[2], first[3]), line(first[1], first[2], first[3]))}

\`input()\` always gives text: turn the numbers into \`int\` before multiplying.`;
      const constant = withPrice ? '' : `PRICE = ${price}\n\n`;
      starterCode = `${constant}item = input()\n# TODO: read the ${withPrice ? 'quantity and the price' : 'quantity'}, work out the total and print the line\n`;
      solution = `${constant}item = input()\nquantity = int(input())\n${withPrice ? 'price = int(input())\ntotal = quantity * price' : 'total = quantity * PRICE'}\nprint(${format.py(sym)})\n`;
    }
    return {
      title: difficulty === 'hard' ? 'Print a receipt for an order' : 'Print a receipt line',
      prompt,
      starterCode,
      solution,
      hints: [
        'Run your program and type the example input: compare what it prints with the expected line character by character.',
        '`input()` returns a string; `int(input())` reads a whole number. An f-string such as `f"{quantity} x {item}"` puts values into text.',
        difficulty === 'hard'
          ? 'Loop `for _ in range(count):`, split each line with `.split(",")`, convert the numbers with `int()` and keep a running total.'
          : 'Multiply the quantity by the price into a `total` variable, then print the f-string with `quantity`, `item` and `total`.',
      ],
      tests,
    };
  },
};
