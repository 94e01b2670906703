import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { type PyValue, py, tuple } from '../python-literal.ts';
import { custom, returns } from '../test-builders.ts';
import { stub } from './stub.ts';
import { CITIES, numbers, PEOPLE } from './word-pools.ts';

const MEASURES = [
  {
    fn: 'perimeter',
    what: 'the perimeter of a rectangle',
    formula: '2 * (width + height)',
    js: (w: number, h: number) => 2 * (w + h),
  },
  {
    fn: 'area',
    what: 'the area of a rectangle',
    formula: 'width * height',
    js: (w: number, h: number) => w * h,
  },
  {
    fn: 'border_tiles',
    what: 'how many tiles border a rectangle of width x height tiles',
    formula: '2 * (width + height) + 4',
    js: (w: number, h: number) => 2 * (w + h) + 4,
  },
] as const;
const ROOMS = ['rooms', 'gardens', 'rugs', 'windows', 'tables'] as const;

/** Defining functions: parameters, `return`, and functions that call functions. */
export const definingFunctionsMeasure: ExerciseTemplate = {
  id: 'defining-functions-measure',
  topic: 'defining-functions',
  build(rng, difficulty) {
    const m = rng.pick(MEASURES);
    const things = rng.pick(ROOMS);
    const total = `total_${m.fn}`;
    const sizes = () => tuple(...numbers(rng, 2, 1, 20));
    const list = Array.from({ length: rng.int(3, 5) }, sizes);
    const other = Array.from({ length: rng.int(4, 6) }, sizes);
    const dims = (t: PyValue) => (t as { items: number[] }).items as [number, number];
    const measure = (t: PyValue) => m.js(...dims(t));
    const largest = (items: PyValue[]): PyValue => {
      let best: PyValue = null;
      for (const item of items) if (best === null || measure(item) > measure(best)) best = item;
      return best;
    };
    const [w, h] = numbers(rng, 2, 1, 30) as [number, number];
    const [w2, h2] = numbers(rng, 2, 1, 30) as [number, number];
    const tests: ExerciseTest[] = [
      returns(`${m.fn} of one`, `${m.fn}(${w}, ${h})`, m.js(w, h), { weight: 2 }),
      returns(`${m.fn} of a square`, `${m.fn}(${w2}, ${w2})`, m.js(w2, w2), { hidden: true }),
      returns(`${m.fn} of another`, `${m.fn}(${h2}, ${w2})`, m.js(h2, w2), { hidden: true }),
    ];
    if (difficulty !== 'easy') {
      tests.push(
        returns(
          `${total} of a list`,
          `${total}(${py(list)})`,
          list.reduce<number>((s, t) => s + measure(t), 0),
          { weight: 2 },
        ),
      );
      tests.push(returns(`${total} of no ${things}`, `${total}([])`, 0));
    } else {
      tests.push(returns(`${m.fn} of a thin one`, `${m.fn}(1, ${h})`, m.js(1, h)));
    }
    if (difficulty === 'hard') {
      tests.push(returns('the largest', `largest(${py(other)})`, largest(other), { weight: 2 }));
      tests.push(returns(`largest of no ${things}`, 'largest([])', null, { hidden: true }));
    }
    tests.push(
      custom(
        'returns, does not print',
        `import io, contextlib\nbuffer = io.StringIO()\nwith contextlib.redirect_stdout(buffer):\n    got = ${m.fn}(${w}, ${h})\nassert buffer.getvalue() == "", "${m.fn} should return the value, not print it"\nassert got == ${m.js(w, h)}, "${m.fn}(${w}, ${h}) should return ${m.js(w, h)}, got " + repr(got)`,
        { hidden: true },
      ),
    );
    const parts = [`1. \`${m.fn}(width, height)\` returns ${m.what}: \`${m.formula}\`.`];
    if (difficulty !== 'easy')
      parts.push(
        `2. \`${total}(${things})\` takes a list of \`(width, height)\` tuples and returns the sum of their ${m.fn.replaceAll('_', ' ')} (0 for an empty list). It **calls \`${m.fn}\`** for each one.`,
      );
    if (difficulty === 'hard')
      parts.push(
        `3. \`largest(${things})\` returns the tuple with the biggest ${m.fn.replaceAll('_', ' ')} (the first one on a tie, \`None\` for an empty list). It calls \`${m.fn}\` too.`,
      );
    const examples = [`${m.fn}(${w}, ${h})   # ${m.js(w, h)}`];
    if (difficulty !== 'easy')
      examples.push(`${total}(${py(list)})   # ${list.reduce<number>((s, t) => s + measure(t), 0)}`);
    if (difficulty === 'hard') examples.push(`largest(${py(other)})   # ${py(largest(other))}`);
    const docs = {
      measure: `Return ${m.what}.`,
      total: `Return the sum of ${m.fn} for a list of (width, height) tuples.`,
      largest: `Return the (width, height) tuple with the largest ${m.fn}, or None.`,
    };
    let starterCode = stub(`${m.fn}(width, height)`, docs.measure, 'return the formula');
    let solution = `def ${m.fn}(width, height):\n    """${docs.measure}"""\n    return ${m.formula}\n`;
    if (difficulty !== 'easy') {
      starterCode += `\n\n${stub(`${total}(${things})`, docs.total, `call ${m.fn} for each one and add up`)}`;
      solution += `\n\ndef ${total}(${things}):\n    """${docs.total}"""\n    result = 0\n    for width, height in ${things}:\n        result += ${m.fn}(width, height)\n    return result\n`;
    }
    if (difficulty === 'hard') {
      starterCode += `\n\n${stub(`largest(${things})`, docs.largest, `keep the best one seen so far`)}`;
      solution += `\n\ndef largest(${things}):\n    """${docs.largest}"""\n    best = None\n    for item in ${things}:\n        if best is None or ${m.fn}(*item) > ${m.fn}(*best):\n            best = item\n    return best\n`;
    }
    return {
      title:
        difficulty === 'easy'
          ? `A function for the ${m.fn.replaceAll('_', ' ')}`
          : `Functions that use functions: ${things}`,
      prompt: `Write ${difficulty === 'easy' ? 'a function' : 'these functions'}:

${parts.join('\n')}

${codeBlock(examples.join('\n'))}

Each function **returns** its result (it does not print it).`,
      starterCode,
      solution,
      hints: [
        `Get \`${m.fn}\` right first and try it alone: \`${m.fn}(${w}, ${h})\` must give ${m.js(w, h)}.`,
        difficulty === 'easy'
          ? `\`return\` hands the value back to the caller; \`print\` only shows it.`
          : `A loop \`for width, height in ${things}:\` unpacks each tuple; call \`${m.fn}(width, height)\` inside it.`,
        difficulty === 'easy'
          ? `The body is one line: \`return ${m.formula}\`.`
          : `Keep a running result in a variable${difficulty === 'hard' ? ' (or the best tuple so far, starting from `None`)' : ''} and return it after the loop.`,
      ],
      tests,
    };
  },
};

const SERIES = [
  { fn: 'temperature_range', param: 'temperatures', top: 'hottest_days', what: 'temperatures' },
  { fn: 'score_range', param: 'scores', top: 'top_scores', what: 'scores' },
  { fn: 'price_range', param: 'prices', top: 'highest_prices', what: 'prices' },
] as const;

/** Parameters and return values: tuples out, default and keyword parameters in. */
export const parametersAndReturnsTop: ExerciseTemplate = {
  id: 'parameters-and-returns-top',
  topic: 'parameters-and-returns',
  build(rng, difficulty) {
    const s = rng.pick(SERIES);
    const count = rng.int(2, 4);
    const values = numbers(rng, rng.int(6, 9), 1, 60);
    const withTies = [...values.slice(0, 4), values[0] as number, values[1] as number];
    const other = numbers(rng, rng.int(5, 8), -10, 99);
    const range = (xs: number[]) => tuple(Math.min(...xs), Math.max(...xs));
    const top = (xs: number[], n = count, unique = false) => {
      const pool = unique ? [...new Set(xs)] : xs;
      return [...pool].sort((a, b) => b - a).slice(0, n);
    };
    let tests: ExerciseTest[];
    let signature: string;
    let rule: string;
    let body: string;
    let examples: string[];
    if (difficulty === 'easy') {
      signature = `${s.fn}(${s.param})`;
      rule = `returns **two values** as a tuple: the lowest and the highest of the ${s.what} (a non-empty list).`;
      body = `    lowest = min(${s.param})\n    highest = max(${s.param})\n    return lowest, highest\n`;
      examples = [`${s.fn}(${py(values)})   # ${py(range(values))}`, `low, high = ${s.fn}(${py(values)})`];
      tests = [
        returns('lowest and highest', `${s.fn}(${py(values)})`, range(values), { weight: 2 }),
        returns('a single value', `${s.fn}([7])`, tuple(7, 7)),
        returns('unpacks into two names', `${s.fn}(${py(other)})[1]`, Math.max(...other)),
        returns('negatives too', `${s.fn}(${py(other)})`, range(other), { hidden: true, weight: 2 }),
      ];
    } else {
      const hard = difficulty === 'hard';
      signature = hard
        ? `${s.top}(${s.param}, count=${count}, unique=False)`
        : `${s.top}(${s.param}, count=${count})`;
      rule = `returns a new list of the \`count\` highest ${s.what}, highest first. \`count\` is ${count} when it is not given; with fewer ${s.what} than \`count\`, return them all.${hard ? ' With `unique=True`, a value appears at most once in the result.' : ''} The list you are given must not change.`;
      body = hard
        ? `    pool = set(${s.param}) if unique else ${s.param}\n    return sorted(pool, reverse=True)[:count]\n`
        : `    return sorted(${s.param}, reverse=True)[:count]\n`;
      examples = [
        `${s.top}(${py(values)})   # ${py(top(values))}`,
        `${s.top}(${py(values)}, 1)   # ${py(top(values, 1))}`,
      ];
      if (hard) examples.push(`${s.top}(${py(withTies)}, unique=True)   # ${py(top(withTies, count, true))}`);
      tests = [
        returns('the default count', `${s.top}(${py(values)})`, top(values), { weight: 2 }),
        returns('a count given', `${s.top}(${py(values)}, ${count + 1})`, top(values, count + 1)),
        returns('count as a keyword', `${s.top}(${py(other)}, count=1)`, top(other, 1)),
        returns('fewer values than count', `${s.top}([5, 9])`, top([5, 9]), { hidden: true }),
        custom(
          'leaves the list unchanged',
          `${s.param} = ${py(values)}\n${s.top}(${s.param})\nassert ${s.param} == ${py(values)}, "sort a copy (sorted()), not the list you are given"`,
          { hidden: true },
        ),
      ];
      if (hard) {
        tests.splice(
          3,
          0,
          returns('unique values', `${s.top}(${py(withTies)}, unique=True)`, top(withTies, count, true), {
            weight: 2,
          }),
        );
        tests.push(
          returns('duplicates are kept by default', `${s.top}([4, 4, 4, 1], 2)`, [4, 4], { hidden: true }),
        );
      }
    }
    const doc =
      difficulty === 'easy'
        ? `Return (lowest, highest) of the ${s.what}.`
        : `Return the count highest ${s.what}, highest first.`;
    return {
      title: difficulty === 'easy' ? `Lowest and highest ${s.what}` : `The highest ${s.what}`,
      prompt: `Write a function \`${signature}\` that ${rule}

${codeBlock(examples.join('\n'))}`,
      starterCode: stub(signature, doc, 'compute the result and return it'),
      solution: `def ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        `Call your function on the example and print what it returns, including its type.`,
        difficulty === 'easy'
          ? '`return a, b` returns a tuple of two values; the caller can unpack it with `low, high = ...`.'
          : 'A parameter with a default (`count=3`) may be left out by the caller. `sorted(values, reverse=True)` returns a new list, highest first.',
        difficulty === 'easy'
          ? '`min()` and `max()` find the lowest and highest of a list.'
          : `Slice the sorted list with \`[:count]\`.${difficulty === 'hard' ? ' `set(values)` drops duplicates.' : ''}`,
      ],
      tests,
    };
  },
};

const RECORDS = [
  { what: 'players and their scores', value: 'score', names: PEOPLE, min: 0, max: 100 },
  { what: 'cities and their rainy days', value: 'rainy_days', names: CITIES, min: 10, max: 200 },
] as const;

/** Scope and lambdas: `sorted` / `filter` with a `key=lambda`. */
export const scopeAndLambdasSort: ExerciseTemplate = {
  id: 'scope-and-lambdas-sort',
  topic: 'scope-and-lambdas',
  build(rng, difficulty) {
    const r = rng.pick(RECORDS);
    const record = (names: readonly string[]) =>
      rng.sample(names, rng.int(4, 6)).map((name) => [name, rng.int(r.min, r.max)] as [string, number]);
    const data = record(r.names);
    const tied = (() => {
      const base = record(r.names);
      const value = (base[0] as [string, number])[1];
      return base.map(([name], i) => [name, i % 2 === 0 ? value : rng.int(r.min, r.max)] as [string, number]);
    })();
    const minimum = rng.int(r.min + 10, Math.floor((r.min + r.max) / 2));
    const n = rng.int(2, 3);
    const asc = (xs: [string, number][]) => [...xs].sort((a, b) => a[1] - b[1]);
    const desc = (xs: [string, number][]) =>
      [...xs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const best = (xs: [string, number][], count: number, min: number) =>
      desc(xs.filter(([, v]) => v >= min))
        .slice(0, count)
        .map(([name]) => name);
    const asPy = (xs: [string, number][]) => xs.map(([name, v]) => tuple(name, v));
    const fn = { easy: `sort_by_${r.value}`, medium: `rank_by_${r.value}`, hard: 'best_names' }[difficulty];
    const call = (xs: [string, number][], extra = '') => `${fn}(${py(asPy(xs))}${extra})`;
    let tests: ExerciseTest[];
    let rule: string;
    let body: string;
    let signature = `${fn}(records)`;
    let example: string;
    if (difficulty === 'hard') {
      signature = `${fn}(records, count, minimum)`;
      rule = `returns the names of the best \`count\` records among those whose ${r.value.replace('_', ' ')} is at least \`minimum\`: highest ${r.value.replace('_', ' ')} first, names in alphabetical order on a tie.`;
      body = `    kept = filter(lambda record: record[1] >= minimum, records)\n    ranked = sorted(kept, key=lambda record: (-record[1], record[0]))\n    return [name for name, _ in ranked[:count]]\n`;
      example = `${call(data, `, ${n}, ${minimum}`)}\n# ${py(best(data, n, minimum))}`;
      tests = [
        returns('the best names', call(data, `, ${n}, ${minimum}`), best(data, n, minimum), { weight: 2 }),
        returns('ties by name', call(tied, `, 3, ${r.min}`), best(tied, 3, r.min), { weight: 2 }),
        returns('nobody reaches the minimum', call(data, `, ${n}, ${r.max + 1}`), []),
        returns(
          'the minimum itself counts',
          call(
            [
              ['Zed', minimum],
              ['Amy', minimum - 1],
            ],
            `, 5, ${minimum}`,
          ),
          ['Zed'],
          { hidden: true },
        ),
        returns('count bigger than the list', call(tied, `, 10, ${r.min}`), best(tied, 10, r.min), {
          hidden: true,
        }),
      ];
    } else {
      const ranked = difficulty === 'easy' ? asc : desc;
      const extra = record(r.names);
      rule =
        difficulty === 'easy'
          ? `returns a new list of the records sorted by ${r.value.replace('_', ' ')}, lowest first (records with the same ${r.value.replace('_', ' ')} keep their order).`
          : `returns a new list of the records sorted by ${r.value.replace('_', ' ')}, **highest** first; records with the same ${r.value.replace('_', ' ')} are in alphabetical order of name.`;
      body =
        difficulty === 'easy'
          ? `    return sorted(records, key=lambda record: record[1])\n`
          : `    return sorted(records, key=lambda record: (-record[1], record[0]))\n`;
      example = `${call(data)}\n# ${py(asPy(ranked(data)))}`;
      tests = [
        returns('sorts the records', call(data), asPy(ranked(data)), { weight: 2 }),
        returns('equal values', call(tied), asPy(ranked(tied)), { weight: 2 }),
        returns('an empty list', `${fn}([])`, []),
        custom(
          'leaves the list unchanged',
          `records = ${py(asPy(data))}\n${fn}(records)\nassert records == ${py(asPy(data))}, "return a new sorted list (sorted()), do not sort the one you are given"`,
          { hidden: true },
        ),
        returns('other records', call(extra), asPy(ranked(extra)), { hidden: true }),
      ];
    }
    const doc = 'Sort with sorted() and a key=lambda.';
    return {
      title: { easy: 'Sort with a lambda', medium: 'Rank with a lambda', hard: 'Filter and rank' }[
        difficulty
      ],
      prompt: `\`records\` is a list of \`(name, ${r.value})\` tuples: ${r.what}. Write a function \`${signature}\` that ${rule}

${codeBlock(example)}

Use \`sorted()\` with a \`key=lambda ...\`${difficulty === 'hard' ? ' (and `filter` with a lambda, or a comprehension)' : ''}.`,
      starterCode: stub(signature, doc, 'sorted(records, key=lambda record: ...)'),
      solution: `def ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        'Try `sorted(records)` on the example: what does it sort by? What should it sort by?',
        '`key=` takes a function that receives one record and returns what to compare, e.g. `lambda record: record[1]`.',
        difficulty === 'easy'
          ? '`sorted()` keeps the order of equal items (it is stable) and returns a new list.'
          : 'A key can be a tuple: items are compared by its first part, then by the second on a tie. Negating a number sorts it highest first.',
      ],
      tests,
    };
  },
};
