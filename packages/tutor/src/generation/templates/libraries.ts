import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { py, tuple } from '../python-literal.ts';
import type { Rng } from '../seeded-random.ts';
import { custom, returns } from '../test-builders.ts';
import { stub } from './stub.ts';
import { WORDS } from './word-pools.ts';

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const MARKS = [',', '!', '?', '.', ';', ':', '-', '(', ')', "'"];

/** Importing modules: `import string` and its constants instead of typing them out. */
export const importingModulesLetters: ExerciseTemplate = {
  id: 'importing-modules-letters',
  topic: 'importing-modules',
  build(rng, difficulty) {
    const shift = rng.int(1, 25);
    const sentence = (capitals: boolean) =>
      rng
        .sample(WORDS, rng.int(3, 5))
        .map((word) => (capitals && rng.next() < 0.4 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
        .map((word) => (rng.next() < 0.4 ? `${word}${rng.pick(MARKS)}` : word))
        .join(' ');
    const count = (text: string) => [...text].filter((ch) => PUNCTUATION.includes(ch)).length;
    const rotate = (text: string, by: number, both: boolean) =>
      [...text]
        .map((ch) => {
          const lower = LOWER.indexOf(ch);
          if (lower >= 0) return LOWER[(((lower + by) % 26) + 26) % 26];
          const upper = both ? LOWER.toUpperCase().indexOf(ch) : -1;
          if (upper >= 0) return LOWER.toUpperCase()[(((upper + by) % 26) + 26) % 26];
          return ch;
        })
        .join('');
    const t1 = sentence(difficulty === 'hard');
    const t2 = sentence(difficulty === 'hard');
    let tests: ExerciseTest[];
    let signature: string;
    let goal: string;
    let body: string;
    let example: string;
    if (difficulty === 'easy') {
      signature = 'count_punctuation(text)';
      goal = 'returns how many characters of `text` are punctuation, that is, are in `string.punctuation`.';
      body = '    return sum(1 for char in text if char in string.punctuation)\n';
      example = `count_punctuation(${py(t1)})   # ${count(t1)}`;
      tests = [
        returns('a sentence', `count_punctuation(${py(t1)})`, count(t1), { weight: 2 }),
        returns('no punctuation', 'count_punctuation("hello world")', 0),
        returns('only punctuation', `count_punctuation(${py('?!...')})`, 5),
        returns('another sentence', `count_punctuation(${py(t2)})`, count(t2), { hidden: true }),
        returns('unusual marks', `count_punctuation(${py('a@b#c~d')})`, 3, { hidden: true }),
      ];
    } else {
      const hard = difficulty === 'hard';
      signature = hard ? 'encode(text, shift)' : 'shift_letters(text)';
      const call = (text: string, by = shift) =>
        hard ? `encode(${py(text)}, ${by})` : `shift_letters(${py(text)})`;
      goal = hard
        ? 'returns `text` with every letter moved `shift` places along the alphabet, wrapping around from `z` to `a`; capital letters stay capital, anything else is unchanged, and `shift` may be any whole number (negative too, or more than 26).'
        : `returns \`text\` with every lower-case letter moved ${shift} places along the alphabet, wrapping around from \`z\` to \`a\`; anything else (spaces, punctuation) is unchanged.`;
      body = hard
        ? '    result = ""\n    for char in text:\n        if char in string.ascii_lowercase:\n            letters = string.ascii_lowercase\n        elif char in string.ascii_uppercase:\n            letters = string.ascii_uppercase\n        else:\n            result += char\n            continue\n        result += letters[(letters.index(char) + shift) % 26]\n    return result\n'
        : `    result = ""\n    for char in text:\n        if char in string.ascii_lowercase:\n            index = string.ascii_lowercase.index(char)\n            result += string.ascii_lowercase[(index + ${shift}) % 26]\n        else:\n            result += char\n    return result\n`;
      example = `${call(t1)}\n# ${py(rotate(t1, shift, hard))}`;
      tests = [
        returns('a sentence', call(t1), rotate(t1, shift, hard), { weight: 2 }),
        returns('wraps around', call('xyz'), rotate('xyz', shift, hard), { weight: 2 }),
        returns('an empty text', call(''), ''),
        returns('another sentence', call(t2), rotate(t2, shift, hard), { hidden: true }),
      ];
      if (hard) {
        tests.push(
          returns('a negative shift', call('Abc', -1), rotate('Abc', -1, true)),
          returns('a shift over 26', call('Zoo', 27), rotate('Zoo', 27, true), { hidden: true }),
          custom(
            'shifting back decodes',
            `assert encode(encode(${py(t2)}, ${shift}), -${shift}) == ${py(t2)}, "encode(encode(text, n), -n) should give text back"`,
            {
              hidden: true,
            },
          ),
        );
      } else {
        tests.push(
          returns('capitals are unchanged', call('ABC, def'), rotate('ABC, def', shift, false), {
            hidden: true,
          }),
        );
      }
    }
    const doc = 'Use the constants of the string module.';
    return {
      title: { easy: 'Count the punctuation', medium: 'A secret code', hard: 'A Caesar cipher' }[difficulty],
      prompt: `Write a function \`${signature}\` that ${goal}

${codeBlock(example)}

Do not type the alphabet or the punctuation marks yourself: \`import string\` and use ${difficulty === 'easy' ? '`string.punctuation`' : `\`string.ascii_lowercase\`${difficulty === 'hard' ? ' and `string.ascii_uppercase`' : ''}`}.`,
      starterCode: `import string\n\n\n${stub(signature, doc, 'go through the text one character at a time')}`,
      solution: `import string\n\n\ndef ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        `Print \`string.${difficulty === 'easy' ? 'punctuation' : 'ascii_lowercase'}\` to see what the module gives you.`,
        difficulty === 'easy'
          ? '`char in string.punctuation` tells whether one character is a punctuation mark; count them in a loop.'
          : '`letters.index(char)` is the position of a letter; adding the shift and taking `% 26` wraps around the end of the alphabet.',
        difficulty === 'easy'
          ? 'Loop over the characters and add 1 to a counter for each one that is in `string.punctuation`.'
          : 'Build the result one character at a time: a shifted letter, or the character itself when it is not a letter.',
      ],
      tests,
    };
  },
};

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const simplify = (n: number, d: number): [number, number] => {
  const g = gcd(n, d) || 1;
  let [num, den] = [n / g, d / g];
  if (den < 0) [num, den] = [-num, -den];
  return [num === 0 ? 0 : num, den];
};

/** math and random: `math.gcd` (and `math.lcm`) for fractions. */
export const mathAndRandomFractions: ExerciseTemplate = {
  id: 'math-and-random-fractions',
  topic: 'math-and-random',
  build(rng, difficulty) {
    const fraction = (signs: boolean) => {
      const g = rng.int(2, 9);
      const n = rng.int(1, 12) * g * (signs && rng.next() < 0.5 ? -1 : 1);
      const d = rng.int(1, 12) * g * (signs && rng.next() < 0.3 ? -1 : 1);
      return [n, d] as [number, number];
    };
    const hard = difficulty === 'hard';
    const signs = difficulty !== 'easy';
    const f1 = fraction(signs);
    const f2 = fraction(signs);
    const f3 = fraction(signs);
    let tests: ExerciseTest[];
    let signature: string;
    let goal: string;
    let body: string;
    let example: string;
    if (!hard) {
      signature = 'simplify(numerator, denominator)';
      const call = ([n, d]: [number, number]) => `simplify(${n}, ${d})`;
      const answer = ([n, d]: [number, number]) => tuple(...simplify(n, d));
      goal = `returns the fraction \`numerator / denominator\` in lowest terms, as a tuple \`(numerator, denominator)\`.${signs ? ' The denominator of the result is always positive (the sign goes on the numerator), and a zero numerator gives `(0, 1)`.' : ''}`;
      body = `    divisor = math.gcd(numerator, denominator)\n    numerator //= divisor\n    denominator //= divisor\n${signs ? '    if denominator < 0:\n        numerator, denominator = -numerator, -denominator\n' : ''}    return numerator, denominator\n`;
      example = `${call(f1)}   # ${py(answer(f1))}`;
      tests = [
        returns('simplifies', call(f1), answer(f1), { weight: 2 }),
        returns('already simple', call([3, 7]), tuple(3, 7)),
        returns('a whole number', call([f2[0] * 4, 4]), answer([f2[0] * 4, 4]), { hidden: true }),
        returns('another fraction', call(f3), answer(f3), { hidden: true, weight: 2 }),
      ];
      if (signs)
        tests.push(
          returns('a negative denominator', call([6, -8]), tuple(-3, 4), { weight: 2 }),
          returns('zero', call([0, 5]), tuple(0, 1), { hidden: true }),
        );
    } else {
      signature = 'add_fractions(first, second)';
      const add = (a: [number, number], b: [number, number]) =>
        tuple(...simplify(a[0] * b[1] + b[0] * a[1], a[1] * b[1]));
      const call = (a: [number, number], b: [number, number]) =>
        `add_fractions(${py(tuple(...a))}, ${py(tuple(...b))})`;
      goal =
        'takes two fractions as `(numerator, denominator)` tuples and returns their sum in lowest terms, as a tuple whose denominator is positive (a zero sum is `(0, 1)`).';
      body =
        '    numerator = first[0] * second[1] + second[0] * first[1]\n    denominator = first[1] * second[1]\n    divisor = math.gcd(numerator, denominator)\n    numerator //= divisor\n    denominator //= divisor\n    if denominator < 0:\n        numerator, denominator = -numerator, -denominator\n    return numerator, denominator\n';
      example = `${call([1, 2], [1, 3])}   # (5, 6)\n${call(f1, f2)}   # ${py(add(f1, f2))}`;
      tests = [
        returns('a half and a third', call([1, 2], [1, 3]), tuple(5, 6), { weight: 2 }),
        returns('needs simplifying', call(f1, f2), add(f1, f2), { weight: 2 }),
        returns('adds up to zero', call([1, 4], [-1, 4]), tuple(0, 1)),
        returns('negative denominators', call([1, -3], f3), add([1, -3], f3), { hidden: true }),
        returns('another sum', call(f2, f3), add(f2, f3), { hidden: true, weight: 2 }),
      ];
    }
    const doc = 'Use math.gcd to reduce the fraction.';
    return {
      title: hard ? 'Add two fractions' : 'Simplify a fraction',
      prompt: `Write a function \`${signature}\` that ${goal}

${codeBlock(example)}

\`import math\`: \`math.gcd(a, b)\` is the greatest common divisor of two whole numbers.`,
      starterCode: `import math\n\n\n${stub(signature, doc, 'divide by the greatest common divisor')}`,
      solution: `import math\n\n\ndef ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        `Print \`math.gcd(${f1[0]}, ${f1[1]})\`: both parts of the fraction divide by it.`,
        hard
          ? 'a/b + c/d = (a*d + c*b) / (b*d); then simplify that fraction.'
          : 'Divide both parts by the gcd with `//` so they stay whole numbers.',
        signs
          ? '`math.gcd` is never negative, so a negative denominator stays negative: when it is, flip the sign of both parts.'
          : 'Return the two divided numbers as a tuple: `return numerator, denominator`.',
      ],
      tests,
    };
  },
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EVENTS = ['deliveries', 'birthdays', 'football matches', 'library visits'] as const;

const isoDate = (rng: Rng) =>
  `${rng.int(2020, 2030)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
const epochDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const weekday = (iso: string) => (((epochDay(iso) + 3) % 7) + 7) % 7;

/** collections and datetime: `date.fromisoformat`, date arithmetic, `Counter`. */
export const collectionsAndDatetimeDays: ExerciseTemplate = {
  id: 'collections-and-datetime-days',
  topic: 'collections-and-datetime',
  build(rng, difficulty) {
    const event = rng.pick(EVENTS);
    const dates = (n: number) => Array.from({ length: n }, () => isoDate(rng));
    let tests: ExerciseTest[];
    let signature: string;
    let goal: string;
    let body: string;
    let example: string;
    let imports = 'from datetime import date\n';
    if (difficulty === 'easy') {
      signature = 'days_between(start, end)';
      const between = (a: string, b: string) => epochDay(b) - epochDay(a);
      const [a, b, c, d] = dates(4) as [string, string, string, string];
      const call = (x: string, y: string) => `days_between(${py(x)}, ${py(y)})`;
      goal =
        'returns how many days pass from the date `start` to the date `end`, both written `"YYYY-MM-DD"`. The result is negative when `end` comes first.';
      body =
        '    first = date.fromisoformat(start)\n    last = date.fromisoformat(end)\n    return (last - first).days\n';
      example = `${call('2024-02-27', '2024-03-02')}   # 4 (2024 is a leap year)\n${call(a, b)}   # ${between(a, b)}`;
      tests = [
        returns('two dates', call(a, b), between(a, b), { weight: 2 }),
        returns('across a leap day', call('2024-02-27', '2024-03-02'), 4, { weight: 2 }),
        returns('the same day', call(c, c), 0),
        returns('end before start', call(d, c), between(d, c), { hidden: true }),
        returns('across new year', call('2023-12-30', '2024-01-02'), 3, { hidden: true }),
      ];
    } else {
      const names = (xs: string[]) => xs.map((x) => WEEKDAYS[weekday(x)] as string);
      const counts = (xs: string[]) => {
        const out: Record<string, number> = {};
        for (const name of names(xs)) out[name] = (out[name] ?? 0) + 1;
        return out;
      };
      const busiest = (xs: string[]) => {
        if (xs.length === 0) return null;
        const tally = counts(xs);
        const best = Math.max(...Object.values(tally));
        return WEEKDAYS.find((day) => tally[day] === best) ?? null;
      };
      const hard = difficulty === 'hard';
      imports = `from collections import Counter\n${imports}\nWEEKDAYS = ${py(WEEKDAYS)}\n`;
      signature = hard ? 'busiest_weekday(days)' : 'count_by_weekday(days)';
      const call = (xs: string[]) => `${hard ? 'busiest_weekday' : 'count_by_weekday'}(${py(xs)})`;
      const answer = (xs: string[]) => (hard ? busiest(xs) : counts(xs));
      goal = hard
        ? 'returns the name of the weekday on which most of the dates fall. On a tie, the weekday that comes first in the week (Monday first) wins; with no dates, return `None`.'
        : 'returns a dictionary that maps each weekday name (`"Monday"` ... `"Sunday"`) to how many of the dates fall on it; weekdays with no date are left out.';
      body = hard
        ? '    counts = Counter(date.fromisoformat(day).weekday() for day in days)\n    if not counts:\n        return None\n    best = max(counts.values())\n    first = min(number for number, count in counts.items() if count == best)\n    return WEEKDAYS[first]\n'
        : '    return dict(Counter(WEEKDAYS[date.fromisoformat(day).weekday()] for day in days))\n';
      const first = dates(rng.int(4, 6));
      const tie = ['2024-01-01', '2024-01-03', '2024-01-10', '2024-01-08'];
      const other = dates(rng.int(8, 14));
      example = `${call(first)}\n# ${py(answer(first))}`;
      tests = [
        returns('a few dates', call(first), answer(first), { weight: 2 }),
        returns(hard ? 'a tie' : 'the same weekday twice', call(tie), answer(tie), { weight: 2 }),
        returns('no dates', call([]), answer([])),
        returns('more dates', call(other), answer(other), { hidden: true, weight: 2 }),
        returns('one date', call(['2000-01-01']), answer(['2000-01-01']), { hidden: true }),
      ];
    }
    const doc = 'Work with datetime.date objects.';
    return {
      title: {
        easy: 'Days between two dates',
        medium: `Count ${event} by weekday`,
        hard: `The busiest weekday for ${event}`,
      }[difficulty],
      prompt: `The dates of ${event} are written as text, \`"YYYY-MM-DD"\`. Write a function \`${signature}\` that ${goal}

${codeBlock(example)}

\`date.fromisoformat(text)\` reads such a date${difficulty === 'easy' ? '; subtracting two dates gives a `timedelta` whose `.days` is the number of days' : '; `.weekday()` is 0 for Monday up to 6 for Sunday, and `collections.Counter` counts things for you'}.`,
      starterCode: `${imports}\n\n${stub(signature, doc, 'turn the texts into dates first')}`,
      solution: `${imports}\n\ndef ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        `Print \`date.fromisoformat("2024-03-01")\`${difficulty === 'easy' ? ' and the difference of two dates' : ' and its `.weekday()`'}.`,
        difficulty === 'easy'
          ? 'Subtracting dates counts calendar days for you, leap years included: never work it out with 30-day months.'
          : '`Counter(iterable)` counts equal items; `WEEKDAYS[number]` turns a weekday number into its name.',
        difficulty === 'easy'
          ? 'Return `(end_date - start_date).days`.'
          : difficulty === 'hard'
            ? 'Count by weekday number; among the numbers with the highest count, the smallest is the earliest in the week.'
            : 'Build the Counter from the weekday names of the dates and return it as a `dict`.',
      ],
      tests,
    };
  },
};
