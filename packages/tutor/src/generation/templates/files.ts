import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { type PyValue, py, tuple } from '../python-literal.ts';
import { custom, returns } from '../test-builders.ts';
import { stub } from './stub.ts';
import { CITIES, FRUITS, numbers, PEOPLE } from './word-pools.ts';

const writeFile = (name: string, content: string) =>
  `with open(${py(name)}, "w", encoding="utf-8") as f:\n    f.write(${py(content)})`;

const LOGS = [
  { fn: 'total_steps', file: 'steps.txt', what: 'the steps walked each day' },
  { fn: 'total_score', file: 'scores.txt', what: 'the points of each game' },
  { fn: 'total_donations', file: 'donations.txt', what: 'each donation received' },
] as const;

/** Reading files: `with open(...)`, iterating lines, `strip()` and `int()`. */
export const readingFilesTotal: ExerciseTemplate = {
  id: 'reading-files-total',
  topic: 'reading-files',
  build(rng, difficulty) {
    const l = rng.pick(LOGS);
    const hard = difficulty === 'hard';
    const fn = hard ? l.fn.replace('total_', 'summarise_') : l.fn;
    const parse = (content: string) => {
      const values: number[] = [];
      for (const raw of content.split('\n')) {
        const line = raw.trim();
        if (difficulty === 'easy') {
          if (raw !== '') values.push(Number.parseInt(line, 10));
          continue;
        }
        if (line === '' || line.startsWith('#')) continue;
        if (hard && !/^[+-]?\d+$/.test(line)) continue;
        values.push(Number.parseInt(line, 10));
      }
      const total = values.reduce((a, b) => a + b, 0);
      return hard ? tuple(values.length, total, values.length ? Math.max(...values) : null) : total;
    };
    const fileOf = (mess: boolean, count: number) => {
      const lines = numbers(rng, count, 0, 500).map(String);
      if (mess && difficulty !== 'easy') {
        lines.splice(rng.int(0, lines.length), 0, `# ${rng.pick(['week', 'day', 'round'])} ${rng.int(1, 9)}`);
        lines.splice(rng.int(1, lines.length), 0, '');
        lines.splice(rng.int(1, lines.length), 0, `  ${rng.int(1, 99)}  `);
      }
      if (mess && hard) lines.splice(rng.int(1, lines.length), 0, rng.pick(['n/a', 'twelve', '3.5', 'lost']));
      return `${lines.join('\n')}\n`;
    };
    const check = (
      name: string,
      file: string,
      content: string,
      options: { hidden?: boolean; weight?: number },
    ) =>
      returns(name, `${fn}(${py(file)})`, parse(content) as PyValue, {
        ...options,
        setup: writeFile(file, content),
      });
    const example = fileOf(true, 4);
    const tests: ExerciseTest[] = [
      check('adds up the file', 'week.txt', example, { weight: 2 }),
      check('one line', 'one.txt', `${rng.int(1, 99)}\n`, {}),
      check('an empty file', 'empty.txt', '', { hidden: !hard }),
      check('a longer file', 'long.txt', fileOf(true, rng.int(15, 30)), { hidden: true, weight: 2 }),
      check('no newline at the end', 'last.txt', fileOf(false, 3).trimEnd(), { hidden: true }),
    ];
    if (difficulty !== 'easy')
      tests.splice(2, 0, check('only comments', 'comments.txt', '# nothing yet\n\n', { hidden: false }));
    const rules = {
      easy: 'Each line holds one whole number. An empty file gives 0.',
      medium:
        'Each line holds one whole number, possibly with spaces around it. Skip blank lines and comment lines (starting with `#`). A file with no numbers gives 0.',
      hard: 'Each line should hold one whole number, possibly with spaces around it. Skip blank lines, comment lines (starting with `#`) and lines that are not whole numbers (such as `n/a`). Return a tuple `(count, total, largest)` of the numbers read; `largest` is `None` when there are none.',
    }[difficulty];
    const doc = hard
      ? 'Return (count, total, largest) of the numbers in the file.'
      : 'Return the sum of the numbers in the file.';
    const body = {
      easy: `    total = 0\n    with open(path, encoding="utf-8") as f:\n        for line in f:\n            total += int(line)\n    return total\n`,
      medium: `    total = 0\n    with open(path, encoding="utf-8") as f:\n        for line in f:\n            line = line.strip()\n            if not line or line.startswith("#"):\n                continue\n            total += int(line)\n    return total\n`,
      hard: `    values = []\n    with open(path, encoding="utf-8") as f:\n        for line in f:\n            line = line.strip()\n            if not line or line.startswith("#"):\n                continue\n            try:\n                values.append(int(line))\n            except ValueError:\n                continue\n    largest = max(values) if values else None\n    return len(values), sum(values), largest\n`,
    }[difficulty];
    return {
      title: hard ? 'Summarise a log file' : 'Add up a file of numbers',
      prompt: `\`${l.file}\` lists ${l.what}, one per line. Write a function \`${fn}(path)\` that reads the text file at \`path\` and returns ${hard ? 'a summary' : 'the total'}. ${rules}

If the file contains

\`\`\`
${example.trimEnd()}
\`\`\`

then \`${fn}(${py(l.file)})\` returns \`${py(parse(example) as PyValue)}\`. Open the file with \`with open(path, encoding="utf-8") as f:\` so it is closed again.`,
      starterCode: stub(`${fn}(path)`, doc, 'open the file and go through its lines'),
      solution: `def ${fn}(path):\n    """${doc}"""\n${body}`,
      hints: [
        'Print each line you read with `print(repr(line))`: you will see the newline at its end.',
        `\`int()\` accepts spaces and a newline around a number.${difficulty === 'easy' ? '' : ' `line.strip()` removes them so you can test for a blank line or a leading `#`.'}`,
        hard
          ? 'Put `int(line)` in a `try:` block and `continue` on `ValueError`; collect the numbers in a list, then use `len`, `sum` and `max`.'
          : 'Loop `for line in f:` and add `int(line)` to a total that starts at 0.',
      ],
      tests,
    };
  },
};

const LISTS = [
  { fn: 'save_shopping', what: 'shopping list', pool: FRUITS },
  { fn: 'save_guests', what: 'guest list', pool: PEOPLE },
  { fn: 'save_trip', what: 'list of cities to visit', pool: CITIES },
] as const;
const NUMBERING = [
  { js: (i: number, item: string) => `${i}. ${item}`, py: 'f"{number}. {item}\\n"' },
  { js: (i: number, item: string) => `${i}) ${item}`, py: 'f"{number}) {item}\\n"' },
  { js: (i: number, item: string) => `#${i} ${item}`, py: 'f"#{number} {item}\\n"' },
] as const;

/** Writing files: write mode, newlines, append mode. */
export const writingFilesList: ExerciseTemplate = {
  id: 'writing-files-list',
  topic: 'writing-files',
  build(rng, difficulty) {
    const l = rng.pick(LISTS);
    const numbering = rng.pick(NUMBERING);
    const hard = difficulty === 'hard';
    const fn = hard ? l.fn.replace('save_', 'add_to_') : l.fn;
    const lineOf = (i: number, item: string) => (difficulty === 'easy' ? item : numbering.js(i, item));
    const contentOf = (items: string[], start = 1) =>
      items.map((item, i) => `${lineOf(start + i, item)}\n`).join('');
    const items = rng.sample(l.pool, rng.int(3, 5));
    const more = rng.sample(l.pool, rng.int(2, 4));
    const fileCheck = (
      name: string,
      file: string,
      call: string,
      expected: string,
      options: { hidden?: boolean; weight?: number; setup?: string; result?: number },
    ) =>
      custom(
        name,
        `${options.setup ? `${options.setup}\n` : ''}got_result = ${call}\nwith open(${py(file)}, encoding="utf-8") as f:\n    got = f.read()\nassert got == ${py(expected)}, ${py(`after ${call} the file should contain ${py(expected)}, it contains `)} + repr(got)${
          options.result === undefined
            ? ''
            : `\nassert got_result == ${options.result}, ${py(`${call} should return ${options.result}, got `)} + repr(got_result)`
        }`,
        { hidden: options.hidden ?? false, weight: options.weight ?? 1 },
      );
    const call = (file: string, list: string[]) => `${fn}(${py(file)}, ${py(list)})`;
    const existing = contentOf(more);
    const tests: ExerciseTest[] = hard
      ? [
          fileCheck('a new file', 'new.txt', call('new.txt', items), contentOf(items), {
            weight: 2,
            result: items.length,
          }),
          fileCheck(
            'adds after what is there',
            'list.txt',
            call('list.txt', items),
            existing + contentOf(items, more.length + 1),
            {
              weight: 2,
              setup: `with open("list.txt", "w", encoding="utf-8") as f:\n    f.write(${py(existing)})`,
              result: more.length + items.length,
            },
          ),
          fileCheck('nothing to add', 'same.txt', call('same.txt', []), existing, {
            setup: `with open("same.txt", "w", encoding="utf-8") as f:\n    f.write(${py(existing)})`,
            result: more.length,
          }),
          fileCheck(
            'twice in a row',
            'twice.txt',
            `(${call('twice.txt', more)}, ${call('twice.txt', items)})[1]`,
            contentOf([...more, ...items]),
            {
              hidden: true,
              result: more.length + items.length,
            },
          ),
        ]
      : [
          fileCheck('writes the list', 'list.txt', call('list.txt', items), contentOf(items), { weight: 2 }),
          fileCheck(
            'one item',
            'one.txt',
            call('one.txt', [items[0] as string]),
            contentOf([items[0] as string]),
            {},
          ),
          fileCheck('replaces an old file', 'old.txt', call('old.txt', more), contentOf(more), {
            hidden: true,
            setup: 'with open("old.txt", "w", encoding="utf-8") as f:\n    f.write("old content\\n")',
          }),
          fileCheck('an empty list', 'empty.txt', call('empty.txt', []), '', { hidden: true }),
        ];
    const lineRule =
      difficulty === 'easy'
        ? 'one item per line'
        : `one numbered line per item, numbered from 1 like \`${numbering.js(1, items[0] as string)}\``;
    const rules = hard
      ? `**adds** the items to the end of the file at \`path\`, one numbered line per item like \`${numbering.js(1, items[0] as string)}\`. The numbers go on from the lines already in the file (a file that does not exist yet is created and starts at 1). It returns how many lines the file has afterwards.`
      : `writes the items to the file at \`path\`, ${lineRule}; every line ends with a newline. An existing file is replaced.`;
    const doc = hard
      ? 'Append the items as numbered lines; return the number of lines in the file.'
      : 'Write the items to the file, one per line.';
    const write = difficulty === 'easy' ? 'f.write(item + "\\n")' : `f.write(${numbering.py})`;
    const body = hard
      ? `    count = 0\n    if os.path.exists(path):\n        with open(path, encoding="utf-8") as f:\n            count = len(f.readlines())\n    with open(path, "a", encoding="utf-8") as f:\n        for item in items:\n            count += 1\n            number = count\n            ${write}\n    return count\n`
      : `    with open(path, "w", encoding="utf-8") as f:\n        for ${difficulty === 'easy' ? 'item in items' : 'number, item in enumerate(items, start=1)'}:\n            ${write}\n`;
    return {
      title: hard ? `Add to a ${l.what}` : `Save a ${l.what}`,
      prompt: `Write a function \`${fn}(path, items)\` that ${rules}

${codeBlock(call('list.txt', items))}

leaves \`list.txt\`${hard ? ' (if it did not exist before)' : ''} containing

\`\`\`
${contentOf(items).trimEnd()}
\`\`\``,
      starterCode: `${hard ? 'import os\n\n\n' : ''}${stub(`${fn}(path, items)`, doc, `open the file in ${hard ? 'append ("a")' : 'write ("w")'} mode and write the lines`)}`,
      solution: `${hard ? 'import os\n\n\n' : ''}def ${fn}(path, items):\n    """${doc}"""\n${body}`,
      hints: [
        'After calling your function, open the file in an editor (or read it back and print `repr()` of its text): are the newlines there?',
        `\`open(path, "${hard ? 'a' : 'w'}", encoding="utf-8")\` ${hard ? 'adds to the end of the file (and creates it if needed)' : 'creates the file or empties an existing one'}; \`f.write()\` does not add a newline by itself.`,
        hard
          ? 'Count the lines already there first (`os.path.exists(path)`, then `len(f.readlines())`), then append, counting on from there.'
          : difficulty === 'easy'
            ? 'Loop over the items and write `item + "\\n"` for each.'
            : '`enumerate(items, start=1)` gives each item with its number.',
      ],
      tests,
    };
  },
};

const TABLES = [
  { name: 'item', amount: 'price', fn: 'totals_by_item', pool: FRUITS, what: "a shop's sales" },
  {
    name: 'player',
    amount: 'points',
    fn: 'points_by_player',
    pool: PEOPLE,
    what: 'the points of a tournament',
  },
  {
    name: 'city',
    amount: 'visitors',
    fn: 'visitors_by_city',
    pool: CITIES,
    what: 'visitors counted at a museum',
  },
] as const;

/** CSV and JSON: `csv.DictReader`, totals in a dict, `json.dump`. */
export const csvAndJsonTotals: ExerciseTemplate = {
  id: 'csv-and-json-totals',
  topic: 'csv-and-json',
  build(rng, difficulty) {
    const t = rng.pick(TABLES);
    const hard = difficulty === 'hard';
    const fn = hard ? 'csv_to_json' : t.fn;
    const names = rng.sample(t.pool, 3);
    type Row = [string, string];
    const rowsOf = (n: number, bad: boolean): Row[] => {
      const rows: Row[] = Array.from({ length: n }, () => [rng.pick(names), String(rng.int(1, 90))]);
      if (bad && difficulty !== 'easy') {
        rows.splice(rng.int(0, rows.length), 0, [rng.pick(names), rng.pick(['n/a', '', 'ten', '4.5'])]);
        rows.splice(rng.int(0, rows.length), 0, ['', String(rng.int(1, 9))]);
      }
      return rows;
    };
    const csvOf = (rows: Row[]) => `${t.name},${t.amount}\n${rows.map(([n, a]) => `${n},${a}\n`).join('')}`;
    const totals = (rows: Row[]) => {
      const out: Record<string, number> = {};
      for (const [name, amount] of rows) {
        if (difficulty !== 'easy' && (name === '' || !/^\d+$/.test(amount))) continue;
        out[name] = (out[name] ?? 0) + Number.parseInt(amount, 10);
      }
      return out;
    };
    const setup = (file: string, rows: Row[]) =>
      `with open(${py(file)}, "w", encoding="utf-8", newline="") as f:\n    f.write(${py(csvOf(rows))})`;
    const check = (name: string, rows: Row[], options: { hidden?: boolean; weight?: number }) => {
      const expected = totals(rows);
      if (!hard)
        return returns(name, `${fn}("data.csv")`, expected, { ...options, setup: setup('data.csv', rows) });
      return custom(
        name,
        `${setup('data.csv', rows)}\ngot = ${fn}("data.csv", "totals.json")\nassert got == ${Object.keys(expected).length}, "csv_to_json should return the number of ${t.name}s (${Object.keys(expected).length}), got " + repr(got)\nimport json\nwith open("totals.json", encoding="utf-8") as f:\n    saved = json.load(f)\nassert saved == ${py(expected)}, ${py(`totals.json should hold ${py(expected)}, it holds `)} + repr(saved)`,
        { hidden: options.hidden ?? false, weight: options.weight ?? 1 },
      );
    };
    const example = rowsOf(5, true);
    const tests: ExerciseTest[] = [
      check('adds up each name', example, { weight: 2 }),
      check('only the header', [], {}),
      check('one row', rowsOf(1, false), { hidden: true }),
      check('many rows', rowsOf(rng.int(15, 25), true), { hidden: true, weight: 2 }),
    ];
    if (difficulty !== 'easy')
      tests.splice(
        2,
        0,
        check(
          'skips bad rows',
          [
            [names[0] as string, 'n/a'],
            ['', '5'],
            [names[1] as string, '7'],
          ],
          { weight: 2 },
        ),
      );
    const skip =
      difficulty === 'easy'
        ? ''
        : ` Skip rows whose \`${t.name}\` is empty or whose \`${t.amount}\` is not a whole number (such as \`n/a\` or an empty cell).`;
    const goal = hard
      ? `reads the CSV file at \`csv_path\`, works out the total \`${t.amount}\` of each \`${t.name}\`, writes these totals as a JSON object to \`json_path\` and returns how many ${t.name}s it wrote.`
      : `reads the CSV file at \`path\` and returns a dictionary of the total \`${t.amount}\` of each \`${t.name}\`.`;
    const doc = hard
      ? `Write the total ${t.amount} per ${t.name} as JSON; return how many ${t.name}s.`
      : `Return {${t.name}: total ${t.amount}}.`;
    const loop = `    totals = {}\n    with open(${hard ? 'csv_path' : 'path'}, encoding="utf-8", newline="") as f:\n        for row in csv.DictReader(f):\n            name = row["${t.name}"]\n            amount = row["${t.amount}"]\n${difficulty === 'easy' ? '' : '            if not name or not amount.isdigit():\n                continue\n'}            totals[name] = totals.get(name, 0) + int(amount)\n`;
    const signature = hard ? `${fn}(csv_path, json_path)` : `${fn}(path)`;
    return {
      title: hard ? 'From CSV to JSON' : `Totals from a CSV file`,
      prompt: `A CSV file holds ${t.what}: a header line \`${t.name},${t.amount}\`, then one row per entry. Write a function \`${signature}\` that ${goal}${skip}

With this file

\`\`\`
${csvOf(example).trimEnd()}
\`\`\`

the totals are \`${py(totals(example))}\`. Use the \`csv\` module (\`csv.DictReader\`)${hard ? ' and `json.dump`' : ''}.`,
      starterCode: `import csv\n${hard ? 'import json\n' : ''}\n\n${stub(signature, doc, 'read the rows with csv.DictReader and add up')}`,
      solution: `import csv\n${hard ? 'import json\n' : ''}\n\ndef ${signature}:\n    """${doc}"""\n${loop}${hard ? '    with open(json_path, "w", encoding="utf-8") as f:\n        json.dump(totals, f)\n    return len(totals)\n' : '    return totals\n'}`,
      hints: [
        'Print each row that `csv.DictReader` gives you: it is a dictionary keyed by the header names, and every value is text.',
        `Convert \`row["${t.amount}"]\` with \`int()\` and add it to \`totals.get(name, 0)\`.${difficulty === 'easy' ? '' : ' `text.isdigit()` is `True` only for text made of digits.'}`,
        hard
          ? 'After the loop, open `json_path` for writing and `json.dump(totals, f)`; return `len(totals)`.'
          : 'Open the file with `newline=""` as the csv module asks, loop over `csv.DictReader(f)` and return the dictionary after the loop.',
      ],
      tests,
    };
  },
};
