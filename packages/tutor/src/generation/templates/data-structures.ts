import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { type PyValue, py, tuple } from '../python-literal.ts';
import { custom, returns } from '../test-builders.ts';
import { stub } from './stub.ts';
import { COLOURS, FRUITS, numbers, PETS } from './word-pools.ts';

const SERIES = [
  { param: 'steps', what: 'the steps walked each day' },
  { param: 'sales', what: 'the sales of each day' },
  { param: 'points', what: 'the points scored in each game' },
  { param: 'rainfall', what: 'the rain (in mm) of each day' },
] as const;

/** Lists: walk a list by index or value and build a new list. */
export const listsRunning: ExerciseTemplate = {
  id: 'lists-running',
  topic: 'lists',
  build(rng, difficulty) {
    const s = rng.pick(SERIES);
    const k = rng.int(2, 4);
    const fn = { easy: 'running_totals', medium: 'running_best', hard: 'window_sums' }[difficulty];
    const compute = (values: number[]): number[] => {
      if (difficulty === 'easy') {
        let total = 0;
        return values.map((v) => (total += v));
      }
      if (difficulty === 'medium') {
        let best = Number.NEGATIVE_INFINITY;
        return values.map((v) => (best = Math.max(best, v)));
      }
      const out: number[] = [];
      for (let i = 0; i + k <= values.length; i++)
        out.push(values.slice(i, i + k).reduce((a, b) => a + b, 0));
      return out;
    };
    const call = (values: number[]) =>
      difficulty === 'hard' ? `${fn}(${py(values)}, ${k})` : `${fn}(${py(values)})`;
    const sample = numbers(rng, rng.int(5, 7), 0, 60);
    const other = numbers(rng, rng.int(6, 9), -20, 90);
    const one = [rng.int(1, 99)];
    const short = numbers(rng, k - 1, 1, 9);
    const check = (name: string, values: number[], hidden = false, weight = 1) =>
      returns(name, call(values), compute(values), { hidden, weight });
    const tests: ExerciseTest[] = [
      check(`${s.param} of a week`, sample, false, 2),
      check('a single value', one),
      check('an empty list', []),
      check('other values, negatives included', other, true, 2),
    ];
    if (difficulty === 'hard') tests.push(check(`fewer than ${k} values`, short, true));
    tests.push(
      custom(
        'leaves the list unchanged',
        `${s.param} = ${py(sample)}\n${difficulty === 'hard' ? `${fn}(${s.param}, ${k})` : `${fn}(${s.param})`}\nassert ${s.param} == ${py(sample)}, "the function must build a new list, not change the one it is given"`,
        { hidden: true },
      ),
    );
    const rule = {
      easy: `returns the running totals: item \`i\` of the result is the sum of the values from the start up to and including item \`i\`.`,
      medium: `returns the best value so far at each position: item \`i\` of the result is the largest of the values from the start up to and including item \`i\`.`,
      hard: `returns the sum of every ${k} consecutive values, in order (a window of ${k} values that slides one step at a time). With fewer than ${k} values there is no window: return an empty list.`,
    }[difficulty];
    const signature = difficulty === 'hard' ? `${fn}(${s.param}, size)` : `${fn}(${s.param})`;
    const body = {
      easy: `    result = []\n    total = 0\n    for value in ${s.param}:\n        total += value\n        result.append(total)\n    return result\n`,
      medium: `    result = []\n    for value in ${s.param}:\n        if not result or value > result[-1]:\n            result.append(value)\n        else:\n            result.append(result[-1])\n    return result\n`,
      hard: `    result = []\n    for start in range(len(${s.param}) - size + 1):\n        result.append(sum(${s.param}[start:start + size]))\n    return result\n`,
    }[difficulty];
    const doc = `Return a new list built from ${s.param}.`;
    return {
      title: { easy: 'Running totals', medium: 'Best so far', hard: 'Sliding window sums' }[difficulty],
      prompt: `\`${s.param}\` is a list of ${s.what}. Write a function \`${signature}\` that ${rule} The list you are given must not change.

${codeBlock(`${call(sample)}\n# ${py(compute(sample))}\n${call([])}\n# []`)}`,
      starterCode: stub(signature, doc, 'start with an empty list and append to it'),
      solution: `def ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        `Work out the result for \`${py(sample.slice(0, 3))}\` by hand, one position at a time.`,
        difficulty === 'hard'
          ? `The windows start at index 0, 1, ... up to \`len(${s.param}) - size\`; a slice \`${s.param}[start:start + size]\` is one window.`
          : 'Loop over the values, keep what you need from the previous positions in a variable, and `append` one number per value.',
        {
          easy: 'Keep a `total` that grows by each value; append the total after adding.',
          medium:
            'Compare each value with the last number you appended (`result[-1]`) and append the larger one.',
          hard: '`range(len(values) - size + 1)` gives every start index; `sum()` adds up a slice.',
        }[difficulty],
      ],
      tests,
    };
  },
};

const VOTES = [
  { pool: FRUITS, what: 'favourite fruit' },
  { pool: COLOURS, what: 'favourite colour' },
  { pool: PETS, what: 'favourite pet' },
] as const;

/** Dictionaries: counting with a dict, then reading it back. */
export const dictionariesVotes: ExerciseTemplate = {
  id: 'dictionaries-votes',
  topic: 'dictionaries',
  build(rng, difficulty) {
    const v = rng.pick(VOTES);
    const choices = rng.sample(v.pool, 4);
    const clean = (vote: string) => (difficulty === 'easy' ? vote : vote.trim().toLowerCase());
    const tally = (votes: string[]) => {
      const counts: Record<string, number> = {};
      for (const vote of votes) {
        const key = clean(vote);
        if (difficulty !== 'easy' && key === '') continue;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    };
    const winner = (votes: string[]): PyValue => {
      const counts = Object.entries(tally(votes));
      if (counts.length === 0) return null;
      counts.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      return (counts[0] as [string, number])[0];
    };
    const messy = (vote: string) =>
      rng.pick([
        vote,
        vote.toUpperCase(),
        ` ${vote}`,
        `${vote} `,
        vote.charAt(0).toUpperCase() + vote.slice(1),
      ]);
    const ballot = (n: number, mess: boolean) =>
      Array.from({ length: n }, () => {
        const vote = rng.pick(choices);
        return mess ? messy(vote) : vote;
      });
    const mess = difficulty !== 'easy';
    const fn = difficulty === 'hard' ? 'winner' : 'count_votes';
    const answer = (votes: string[]) => (difficulty === 'hard' ? winner(votes) : tally(votes));
    const call = (votes: string[]) => `${fn}(${py(votes)})`;
    const first = ballot(rng.int(6, 9), mess);
    const big = ballot(rng.int(20, 40), mess);
    const [c0, c1] = choices as [string, string];
    const tie = difficulty === 'hard' ? [c1, c0, c0, c1] : [c0];
    const check = (name: string, votes: string[], hidden = false, weight = 1) =>
      returns(name, call(votes), answer(votes), { hidden, weight });
    const tests: ExerciseTest[] = [
      check('a class vote', first, false, 2),
      check(difficulty === 'hard' ? 'a tie' : 'a single vote', tie, false, difficulty === 'hard' ? 2 : 1),
      check('no votes', []),
      check('a big vote', big, true, 2),
    ];
    if (mess) tests.push(check('blank votes are skipped', [...ballot(3, true), '', '  '], true));
    const cleaning = mess
      ? ' Votes are written carelessly: ignore spaces around a vote and upper/lower case (count `" Kiwi"` as `"kiwi"`), and skip votes that are empty once the spaces are removed.'
      : '';
    const goal =
      difficulty === 'hard'
        ? 'returns the choice with the most votes (in lower case). On a tie, the choice that comes first alphabetically wins; with no votes, return `None`.'
        : 'returns a dictionary that maps each choice to its number of votes.';
    const doc =
      difficulty === 'hard' ? 'Return the choice with the most votes.' : 'Return {choice: number of votes}.';
    const key = mess ? 'vote.strip().lower()' : 'vote';
    const countLoop = `    counts = {}\n    for vote in votes:\n        choice = ${key}\n${mess ? '        if not choice:\n            continue\n' : ''}        counts[choice] = counts.get(choice, 0) + 1\n`;
    const solution =
      difficulty === 'hard'
        ? `def winner(votes):\n    """${doc}"""\n${countLoop}    best = None\n    for choice in sorted(counts):\n        if best is None or counts[choice] > counts[best]:\n            best = choice\n    return best\n`
        : `def count_votes(votes):\n    """${doc}"""\n${countLoop}    return counts\n`;
    return {
      title: difficulty === 'hard' ? `Who won the ${v.what} vote?` : `Count the ${v.what} votes`,
      prompt: `A class voted for its ${v.what}; \`votes\` is the list of what each student wrote. Write a function \`${fn}(votes)\` that ${goal}${cleaning}

${codeBlock(`${call(first)}\n# ${py(answer(first))}`)}`,
      starterCode: stub(`${fn}(votes)`, doc, 'count the votes in a dictionary'),
      solution,
      hints: [
        `Count the votes of \`${py(first.slice(0, 4))}\` by hand, writing a tally for each choice.`,
        `A dictionary keeps the tally: \`counts.get(choice, 0) + 1\` works for a choice seen for the first time too.${mess ? ' Clean each vote with `.strip().lower()` before counting it.' : ''}`,
        difficulty === 'hard'
          ? 'After counting, go through the choices in alphabetical order (`sorted(counts)`) and keep the one with the most votes; only a strictly larger count replaces it.'
          : 'Loop over the votes, update `counts[choice]` for each one, and return the dictionary after the loop.',
      ],
      tests,
    };
  },
};

const NUMBER_WORDS = ['', '', 'two', 'three', 'four', 'five'] as const;

/** List comprehensions: map, filter, and two `for` clauses. */
export const listComprehensionsPick: ExerciseTemplate = {
  id: 'list-comprehensions-pick',
  topic: 'list-comprehensions',
  build(rng, difficulty) {
    const k = rng.int(2, 5);
    const limit = rng.int(10, 30);
    const keepEven = rng.next() < 0.5;
    const target = rng.int(8, 20);
    const fn = {
      easy: `times_${NUMBER_WORDS[k]}`,
      medium: keepEven ? 'scale_even' : 'scale_large',
      hard: 'pairs_adding_to',
    }[difficulty];
    const keeps = (n: number) => (keepEven ? n % 2 === 0 : n > limit);
    const transform = (values: number[]) =>
      difficulty === 'easy' ? values.map((n) => n * k) : values.filter(keeps).map((n) => n * k);
    const pairs = (a: number[], b: number[]): PyValue[] =>
      a.flatMap((x) => b.filter((y) => x + y === target).map((y) => tuple(x, y)));
    const a1 = numbers(rng, rng.int(5, 7), 0, 40);
    const a2 = numbers(rng, rng.int(6, 9), -10, 50);
    const left = numbers(rng, 4, 0, target);
    const right = [...left.map((x) => target - x).slice(0, 2), ...numbers(rng, 3, 0, target)];
    const left2 = numbers(rng, 5, -5, target + 5);
    const right2 = numbers(rng, 5, -5, target + 5);
    const tests: ExerciseTest[] =
      difficulty === 'hard'
        ? [
            returns('finds the pairs', `${fn}(${py(left)}, ${py(right)})`, pairs(left, right), { weight: 2 }),
            returns('no pair adds up', `${fn}([1, 2], [${target + 5}])`, []),
            returns('an empty list', `${fn}([], ${py(right)})`, []),
            returns('negatives too', `${fn}(${py(left2)}, ${py(right2)})`, pairs(left2, right2), {
              hidden: true,
              weight: 2,
            }),
            returns(
              'every combination is tried',
              `${fn}([${target}, 0], [0, ${target}])`,
              pairs([target, 0], [0, target]),
              {
                hidden: true,
              },
            ),
          ]
        : [
            returns('a list of numbers', `${fn}(${py(a1)})`, transform(a1), { weight: 2 }),
            returns('an empty list', `${fn}([])`, []),
            returns('other numbers, negatives included', `${fn}(${py(a2)})`, transform(a2), {
              hidden: true,
              weight: 2,
            }),
            custom(
              'uses a list comprehension',
              `import inspect\nsource = inspect.getsource(${fn})\nassert "[" in source and " for " in source, "build the list with a list comprehension: [... for ... in ...]"`,
              { hidden: false },
            ),
          ];
    if (difficulty === 'medium')
      tests.splice(
        2,
        0,
        returns('nothing is kept', `${fn}(${py(keepEven ? [1, 3, 5] : [limit, 1, 0])})`, []),
      );
    const rule = {
      easy: `returns a new list with every number multiplied by ${k}`,
      medium: `returns a new list of the numbers that are ${keepEven ? 'even' : `greater than ${limit}`}, each multiplied by ${k}`,
      hard: `returns every pair \`(x, y)\` with \`x\` from \`first\` and \`y\` from \`second\` such that \`x + y == ${target}\`, as a list of tuples, in order (all pairs of the first \`x\`, then of the next \`x\`, ...)`,
    }[difficulty];
    const signature = difficulty === 'hard' ? `${fn}(first, second)` : `${fn}(numbers)`;
    const comprehension = {
      easy: `[n * ${k} for n in numbers]`,
      medium: `[n * ${k} for n in numbers if ${keepEven ? 'n % 2 == 0' : `n > ${limit}`}]`,
      hard: `[(x, y) for x in first for y in second if x + y == ${target}]`,
    }[difficulty];
    const example = difficulty === 'hard' ? `${fn}(${py(left)}, ${py(right)})` : `${fn}(${py(a1)})`;
    const exampleAnswer = difficulty === 'hard' ? pairs(left, right) : transform(a1);
    const doc = 'Return the new list, built with a list comprehension.';
    return {
      title: { easy: 'Multiply them all', medium: 'Keep some, scale them', hard: 'Pairs that add up' }[
        difficulty
      ],
      prompt: `Write a function \`${signature}\` that ${rule}. Build the list with **one list comprehension**.

${codeBlock(`${example}\n# ${py(exampleAnswer)}`)}`,
      starterCode: stub(signature, doc, 'return [... for ... in ...]'),
      solution: `def ${signature}:\n    """${doc}"""\n    return ${comprehension}\n`,
      hints: [
        'Write it first as a `for` loop that appends to a list, and check it on the example.',
        `A comprehension reads like that loop on one line: \`[expression for item in items${difficulty === 'easy' ? '' : ' if condition'}]\`${difficulty === 'hard' ? '; two `for` clauses nest like two loops, the first one outside' : ''}.`,
        difficulty === 'hard'
          ? `Produce \`(x, y)\` for x in first, for y in second, if \`x + y == ${target}\`.`
          : `The expression is \`n * ${k}\`${difficulty === 'medium' ? `, the condition \`${keepEven ? 'n % 2 == 0' : `n > ${limit}`}\`` : ''}.`,
      ],
      tests,
    };
  },
};
