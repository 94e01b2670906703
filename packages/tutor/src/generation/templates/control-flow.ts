import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { py } from '../python-literal.ts';
import { returns } from '../test-builders.ts';
import { stub } from './stub.ts';

const VENUES = [
  { fn: 'ticket_price', place: 'cinema', what: 'a ticket' },
  { fn: 'entry_fee', place: 'museum', what: 'entry' },
  { fn: 'pool_fee', place: 'swimming pool', what: 'a swim' },
  { fn: 'zoo_ticket', place: 'zoo', what: 'a ticket' },
] as const;

/** Conditionals: `if` / `elif` / `else` with boundaries that are easy to get wrong. */
export const conditionalsPrice: ExerciseTemplate = {
  id: 'conditionals-price',
  topic: 'conditionals',
  build(rng, difficulty) {
    const v = rng.pick(VENUES);
    const childUnder = rng.int(10, 14);
    const seniorFrom = rng.int(60, 67);
    const child = rng.int(3, 8);
    const adult = child + rng.int(3, 7);
    const senior = rng.int(child, adult - 1);
    const discount = rng.int(1, 3);
    const member = difficulty !== 'easy';
    const price = (age: number, isMember = false) => {
      if (difficulty === 'hard' && (age < 0 || age > 120)) return -1;
      const base = age < childUnder ? child : age >= seniorFrom ? senior : adult;
      return isMember ? Math.max(base - discount, 0) : base;
    };
    const call = (age: number, isMember?: boolean) =>
      isMember === undefined ? `${v.fn}(${age})` : `${v.fn}(${age}, ${py(isMember)})`;
    const check = (
      name: string,
      age: number,
      options: { member?: boolean; hidden?: boolean; weight?: number },
    ) =>
      returns(name, call(age, options.member), price(age, options.member ?? false), {
        hidden: options.hidden ?? false,
        weight: options.weight ?? 1,
      });
    const adultAge = rng.int(childUnder + 1, seniorFrom - 2);
    const hard = difficulty === 'hard';
    const tests: ExerciseTest[] = [
      check('an adult', adultAge, {}),
      check('a young child', rng.int(1, childUnder - 2), {}),
      check(`just turned ${childUnder}`, childUnder, { weight: 2 }),
    ];
    if (member) tests.push(check('a member adult', adultAge, { member: true, weight: 2 }));
    if (hard) tests.push(check('a negative age', -rng.int(1, 5), {}));
    tests.push(check(`exactly ${seniorFrom}`, seniorFrom, { hidden: true, weight: 2 }));
    if (!hard) tests.push(check(`one year before ${seniorFrom}`, seniorFrom - 1, { hidden: true }));
    if (member) tests.push(check('a member child', childUnder - 1, { member: true, hidden: true }));
    const signature = member ? `${v.fn}(age, member=False)` : `${v.fn}(age)`;
    const memberRule = member
      ? `\n- A member (\`member=True\`) pays ${discount} less, but never less than 0. \`member\` is \`False\` when it is not given.`
      : '';
    const hardRule =
      difficulty === 'hard' ? '\n- An age below 0 or above 120 is a typing mistake: return `-1`.' : '';
    const examples = [call(adultAge), call(childUnder - 1), call(seniorFrom)]
      .map((c, i) => `${c}   # ${[price(adultAge), price(childUnder - 1), price(seniorFrom)][i]}`)
      .join('\n');
    const body = [
      ...(difficulty === 'hard' ? ['    if age < 0 or age > 120:', '        return -1'] : []),
      `    if age < ${childUnder}:`,
      `        price = ${child}`,
      `    elif age >= ${seniorFrom}:`,
      `        price = ${senior}`,
      '    else:',
      `        price = ${adult}`,
      ...(member ? ['    if member:', `        price = max(price - ${discount}, 0)`] : []),
      '    return price',
    ].join('\n');
    const doc = `Return the price of ${v.what} at the ${v.place} for this age.`;
    return {
      title: `Prices at the ${v.place}`,
      prompt: `The ${v.place} charges by age. Write a function \`${signature}\` that returns the price of ${v.what}:

- under ${childUnder}: ${child};
- from ${seniorFrom}: ${senior};
- everybody else: ${adult}.${memberRule}${hardRule}

${codeBlock(examples)}`,
      starterCode: stub(signature, doc, 'choose the price with if / elif / else'),
      solution: `def ${signature}:\n    """${doc}"""\n${body}\n`,
      hints: [
        `Test the ages at the edges: ${childUnder - 1}, ${childUnder}, ${seniorFrom - 1} and ${seniorFrom}. Which group is each in?`,
        `"Under ${childUnder}" is \`age < ${childUnder}\`; "from ${seniorFrom}" is \`age >= ${seniorFrom}\`. Check the groups in order with \`if\` / \`elif\` / \`else\`.`,
        `Keep the chosen price in a variable${member ? `, then lower it for members with \`max(price - ${discount}, 0)\`` : ''} and return it.`,
      ],
      tests,
    };
  },
};

const MULTIPLE_NAMES = ['sum_multiples', 'add_multiples', 'total_of_multiples'] as const;

/** For loops: `range`, an accumulator and a condition inside the loop. */
export const forLoopsMultiples: ExerciseTemplate = {
  id: 'for-loops-multiples',
  topic: 'for-loops',
  build(rng, difficulty) {
    const counting = rng.next() < 0.4;
    const fn = counting ? 'count_multiples' : rng.pick(MULTIPLE_NAMES);
    const a = rng.int(2, 5);
    const b = rng.pick([3, 4, 5, 6, 7, 8, 9].filter((n) => n > a && n % a !== 0));
    const keeps = (n: number) => {
      if (difficulty === 'easy') return n % a === 0;
      if (difficulty === 'medium') return n % a === 0 || n % b === 0;
      return (n % a === 0) !== (n % b === 0);
    };
    const answer = (limit: number) => {
      let out = 0;
      for (let n = 1; n <= limit; n++) if (keeps(n)) out += counting ? 1 : n;
      return out;
    };
    const rule = {
      easy: `divisible by ${a}`,
      medium: `divisible by ${a} or by ${b} (or both)`,
      hard: `divisible by ${a} or by ${b}, but not by both`,
    }[difficulty];
    const condition = {
      easy: `n % ${a} == 0`,
      medium: `n % ${a} == 0 or n % ${b} == 0`,
      hard: `(n % ${a} == 0) != (n % ${b} == 0)`,
    }[difficulty];
    const verb = counting ? 'counts' : 'adds up';
    const limits = [rng.int(12, 30), a * b, rng.int(100, 300), a - 1, 0];
    const call = (limit: number) => `${fn}(${limit})`;
    const tests: ExerciseTest[] = [
      returns('a small limit', call(limits[0] as number), answer(limits[0] as number)),
      returns(`the limit itself counts`, call(a * b), answer(a * b), {
        note: `${a * b} is included`,
        weight: 2,
      }),
      returns('a big limit', call(limits[2] as number), answer(limits[2] as number), {
        hidden: true,
        weight: 2,
      }),
      returns('nothing below the first multiple', call(a - 1), answer(a - 1), { hidden: true }),
      returns('zero', call(0), answer(0), { hidden: true }),
    ];
    const doc = counting
      ? `Return how many numbers from 1 to limit are ${rule}.`
      : `Return the sum of the numbers from 1 to limit that are ${rule}.`;
    return {
      title: counting ? 'Count the multiples' : 'Add up the multiples',
      prompt: `Write a function \`${fn}(limit)\` that ${verb} the numbers from 1 to \`limit\` (**including** \`limit\`) that are ${rule}.

${codeBlock(`${call(limits[0] as number)}   # ${answer(limits[0] as number)}\n${call(a * b)}   # ${answer(a * b)}\n${call(0)}   # 0`)}

Use a \`for\` loop over \`range\`, and a variable that starts at 0.`,
      starterCode: stub(`${fn}(limit)`, doc, 'loop over the numbers from 1 to limit'),
      solution: `def ${fn}(limit):\n    """${doc}"""\n    result = 0\n    for n in range(1, limit + 1):\n        if ${condition}:\n            result += ${counting ? '1' : 'n'}\n    return result\n`,
      hints: [
        `Print each number your loop visits for \`${call(a * b)}\`: does it include ${a * b}?`,
        `\`range(1, limit + 1)\` goes from 1 to \`limit\` included; \`n % ${a} == 0\` is true when \`n\` is divisible by ${a}.`,
        `Inside the loop: \`if ${condition}:\` then add ${counting ? '1' : '`n`'} to your result; return it after the loop.`,
      ],
      tests,
    };
  },
};

const GOALS = [
  { fn: 'weeks_to_save', thing: 'a bike' },
  { fn: 'weeks_until_goal', thing: 'a concert ticket' },
  { fn: 'saving_weeks', thing: 'a new game' },
] as const;

/** While loops: repeat until a condition changes, counting the steps. */
export const whileLoopsSavings: ExerciseTemplate = {
  id: 'while-loops-savings',
  topic: 'while-loops',
  build(rng, difficulty) {
    const g = rng.pick(GOALS);
    const first = rng.int(3, 12);
    const step = difficulty === 'easy' ? 0 : rng.int(1, 4);
    const every = rng.int(3, 5);
    const fee = rng.int(1, first - 1);
    const answer = (goal: number) => {
      let total = 0;
      let week = 0;
      while (total < goal) {
        week += 1;
        total += first + (week - 1) * step;
        if (difficulty === 'hard' && week % every === 0) total -= fee;
      }
      return week;
    };
    const goals = [first * rng.int(4, 8) + rng.int(1, first - 1), first, first + 1, 0, rng.int(500, 2000)];
    const call = (goal: number) => `${g.fn}(${goal})`;
    const tests: ExerciseTest[] = [
      returns('a usual goal', call(goals[0] as number), answer(goals[0] as number), { weight: 2 }),
      returns('reached in the first week', call(first), answer(first), {
        note: 'reaching the goal exactly is enough',
      }),
      returns('just one more', call(first + 1), answer(first + 1)),
      returns('nothing to save', call(0), 0, { hidden: true }),
      returns('a big goal', call(goals[4] as number), answer(goals[4] as number), {
        hidden: true,
        weight: 2,
      }),
    ];
    const saving =
      difficulty === 'easy'
        ? `You save ${first} every week.`
        : `You save ${first} in the first week, and each week after that you save ${step} more than the week before (${first}, ${first + step}, ${first + 2 * step}, ...).`;
    const feeRule =
      difficulty === 'hard'
        ? ` At the end of every ${every}th week (weeks ${every}, ${2 * every}, ...) you pay a fee of ${fee} out of your savings, after saving.`
        : '';
    const body = [
      '    total = 0',
      '    week = 0',
      '    while total < goal:',
      '        week += 1',
      `        total += ${step ? `${first} + (week - 1) * ${step}` : first}`,
      ...(difficulty === 'hard' ? [`        if week % ${every} == 0:`, `            total -= ${fee}`] : []),
      '    return week',
    ].join('\n');
    const doc = 'Return how many weeks of saving it takes to reach goal.';
    return {
      title: `Saving for ${g.thing}`,
      prompt: `You are saving for ${g.thing}. ${saving}${feeRule}

Write a function \`${g.fn}(goal)\` that returns after how many weeks your savings first reach **at least** \`goal\`. A goal of 0 or less takes 0 weeks.

${codeBlock(`${call(first)}   # 1\n${call(goals[0] as number)}   # ${answer(goals[0] as number)}\n${call(0)}   # 0`)}

You do not know in advance how many weeks it takes: that is what a \`while\` loop is for.`,
      starterCode: stub(
        `${g.fn}(goal)`,
        doc,
        'keep saving week after week while the total is below the goal',
      ),
      solution: `def ${g.fn}(goal):\n    """${doc}"""\n${body}\n`,
      hints: [
        `Write down the total week by week for \`${call(goals[0] as number)}\` and count the weeks.`,
        'Keep two variables, the total and the week number; repeat `while total < goal:` and update both inside the loop.',
        `Each pass of the loop: add 1 to the week, add that week's saving to the total${difficulty === 'hard' ? `, then take off the fee when \`week % ${every} == 0\`` : ''}. Return the week after the loop.`,
      ],
      tests,
    };
  },
};
