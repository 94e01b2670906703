import type { ExerciseTest } from '@learnflow/contracts';
import { codeBlock, type ExerciseTemplate } from '../exercise-template.ts';
import { type PyValue, py, tuple } from '../python-literal.ts';
import type { Rng } from '../seeded-random.ts';
import { custom, raises, returns } from '../test-builders.ts';
import { stub } from './stub.ts';
import { FRUITS, numbers, WORDS } from './word-pools.ts';

interface Action {
  code: string;
  error: string | null;
  /** `str()` of the result when there is no error. */
  result?: string;
}

const ACTIONS: ((rng: Rng) => Action)[] = [
  (rng) => {
    const list = numbers(rng, rng.int(2, 5), 1, 9);
    return { code: `${py(list)}[${list.length + rng.int(0, 3)}]`, error: 'IndexError' };
  },
  (rng) => {
    const [a, b] = rng.sample(FRUITS, 2) as [string, string];
    return { code: `${py({ [a]: rng.int(1, 9) })}[${py(b)}]`, error: 'KeyError' };
  },
  (rng) => ({ code: `int(${py(rng.pick(WORDS))})`, error: 'ValueError' }),
  (rng) => ({ code: `${rng.int(1, 99)} / 0`, error: 'ZeroDivisionError' }),
  (rng) => ({ code: `${py(rng.pick(WORDS))} + ${rng.int(1, 9)}`, error: 'TypeError' }),
  (rng) => ({ code: `${py(numbers(rng, 2, 1, 9))}.push(${rng.int(1, 9)})`, error: 'AttributeError' }),
  (rng) => ({ code: `${rng.pick(['totl', 'cuont', 'nmae'])}_${rng.int(1, 99)} + 1`, error: 'NameError' }),
];
const OK_ACTIONS: ((rng: Rng) => Action)[] = [
  (rng) => {
    const word = rng.pick(WORDS);
    return { code: `len(${py(word)})`, error: null, result: String(word.length) };
  },
  (rng) => {
    const list = numbers(rng, 3, 1, 9);
    return { code: `${py(list)}[${list.length - 1}]`, error: null, result: String(list[list.length - 1]) };
  },
  (rng) => {
    const word = rng.pick(FRUITS);
    return { code: `${py(word)}.upper()`, error: null, result: word.toUpperCase() };
  },
];
const FAMILY: Record<string, string> = {
  IndexError: 'LookupError',
  KeyError: 'LookupError',
  ZeroDivisionError: 'ArithmeticError',
};

/** Understanding exceptions: which error does each mistake raise, and how they are related. */
export const understandingExceptionsName: ExerciseTemplate = {
  id: 'understanding-exceptions-name',
  topic: 'understanding-exceptions',
  build(rng, difficulty) {
    const fn = { easy: 'error_name', medium: 'outcome', hard: 'error_family' }[difficulty];
    const answer = (action: Action): string => {
      if (difficulty === 'medium') return action.error ? `error: ${action.error}` : `ok: ${action.result}`;
      if (action.error === null) return 'no error';
      return difficulty === 'hard' ? (FAMILY[action.error] ?? action.error) : action.error;
    };
    const picked = rng.sample(ACTIONS, 5).map((make) => make(rng));
    const ok = rng.pick(OK_ACTIONS)(rng);
    const call = (action: Action) => `${fn}(lambda: ${action.code})`;
    const [a, b, c, d, e] = picked as [Action, Action, Action, Action, Action];
    const lookup = ACTIONS[rng.int(0, 1)]?.(rng) as Action;
    const tests: ExerciseTest[] = [
      returns(`${a.error} case`, call(a), answer(a), { weight: 2 }),
      returns(`${b.error} case`, call(b), answer(b)),
      returns('no error at all', call(ok), answer(ok), { weight: 2 }),
      returns(`${c.error} case`, call(c), answer(c), { hidden: true }),
      returns(`${d.error} case`, call(d), answer(d), { hidden: true }),
      returns(`${e.error} case`, call(e), answer(e), { hidden: true }),
    ];
    if (difficulty === 'hard' && !picked.some((p) => p.error === lookup.error))
      tests.push(returns('a lookup error', call(lookup), answer(lookup), { hidden: true }));
    const goal = {
      easy: 'calls `action()` and returns the **name** of the exception it raises, such as `"IndexError"`, or `"no error"` when it raises none.',
      medium:
        'calls `action()` and returns `"ok: <result>"` (the result as text) when it works, or `"error: <name>"` with the name of the exception it raises.',
      hard: 'calls `action()` and returns `"LookupError"` for the errors of looking something up (`IndexError`, `KeyError`), `"ArithmeticError"` for arithmetic errors (such as `ZeroDivisionError`), the name of any other exception, or `"no error"`. Use the exception classes themselves, not a list of names: `IndexError` and `KeyError` are both kinds of `LookupError`.',
    }[difficulty];
    const body = {
      easy: '    try:\n        action()\n    except Exception as error:\n        return type(error).__name__\n    return "no error"\n',
      medium:
        '    try:\n        result = action()\n    except Exception as error:\n        return f"error: {type(error).__name__}"\n    return f"ok: {result}"\n',
      hard: '    try:\n        action()\n    except LookupError:\n        return "LookupError"\n    except ArithmeticError:\n        return "ArithmeticError"\n    except Exception as error:\n        return type(error).__name__\n    return "no error"\n',
    }[difficulty];
    const doc = 'Call action() and describe what happened.';
    return {
      title: {
        easy: 'Name that error',
        medium: 'It worked, or what went wrong?',
        hard: 'Families of errors',
      }[difficulty],
      prompt: `Write a function \`${fn}(action)\` where \`action\` is a function that takes no arguments. It ${goal}

${codeBlock(`${call(a)}   # ${py(answer(a))}\n${call(ok)}   # ${py(answer(ok))}`)}

\`lambda: ...\` makes a small function without running it: the error only happens when \`${fn}\` calls it.`,
      starterCode: stub(`${fn}(action)`, doc, 'call action() inside try / except'),
      solution: `def ${fn}(action):\n    """${doc}"""\n${body}`,
      hints: [
        `Run \`${a.code}\` on its own in the editor and read the last line of the traceback: it names the exception.`,
        '`except Exception as error:` catches almost any error and gives you the exception object; `type(error).__name__` is its class name as text.',
        difficulty === 'hard'
          ? '`except LookupError:` also catches `IndexError` and `KeyError`, because they are subclasses of it. Put the specific families before the general `except Exception`.'
          : `Call \`action()\` inside \`try:\`; return from the \`except\` block on an error, and after the \`try\` when there was none.`,
      ],
      tests,
    };
  },
};

/** Handling exceptions: `try` / `except ValueError` around conversions, collecting what failed. */
export const handlingExceptionsParse: ExerciseTemplate = {
  id: 'handling-exceptions-parse',
  topic: 'handling-exceptions',
  build(rng, difficulty) {
    const fallback = rng.pick([0, -1]);
    const isInt = (text: string | null) => text !== null && /^\s*[+-]?\d+\s*$/.test(text);
    const good = () =>
      rng.pick([String(rng.int(1, 99)), ` ${rng.int(1, 99)}`, `-${rng.int(1, 20)}`, `${rng.int(1, 99)} `]);
    const bad = () => rng.pick(['ten', '3.5', '', 'n/a', `${rng.int(1, 9)}x`, 'one hundred']);
    const texts = (n: number, withNone: boolean): (string | null)[] => {
      const out: (string | null)[] = Array.from({ length: n }, () => (rng.next() < 0.65 ? good() : bad()));
      out.splice(rng.int(0, out.length), 0, bad());
      if (withNone) out.splice(rng.int(0, out.length), 0, null);
      return out;
    };
    const sum = (xs: (string | null)[]) =>
      xs.filter(isInt).reduce((s, x) => s + Number.parseInt((x as string).trim(), 10), 0);
    let tests: ExerciseTest[];
    let signature: string;
    let goal: string;
    let body: string;
    let example: string;
    if (difficulty === 'easy') {
      signature = `to_number(text, default=${fallback})`;
      goal = `returns \`text\` converted to an \`int\`, or \`default\` when it is not a whole number. \`default\` is ${fallback} when it is not given.`;
      body = '    try:\n        return int(text)\n    except ValueError:\n        return default\n';
      const [g1, b1, b2] = [good(), bad(), bad()];
      const value = (t: string) => (isInt(t) ? Number.parseInt(t.trim(), 10) : fallback);
      example = `to_number(${py(g1)})   # ${value(g1)}\nto_number(${py(b1)})   # ${fallback}`;
      tests = [
        returns('a number', `to_number(${py(g1)})`, value(g1), { weight: 2 }),
        returns('not a number', `to_number(${py(b1)})`, fallback, { weight: 2 }),
        returns('a default given', `to_number(${py(b2)}, 99)`, 99),
        returns('a decimal is not whole', 'to_number("2.5")', fallback, { hidden: true }),
        returns('spaces around a number', 'to_number("  42 ")', 42, { hidden: true }),
        returns('an empty text', 'to_number("", 7)', 7, { hidden: true }),
      ];
    } else {
      const hard = difficulty === 'hard';
      signature = 'add_up(texts)';
      const answer = (xs: (string | null)[]): PyValue =>
        hard
          ? tuple(
              sum(xs),
              xs.filter((x) => !isInt(x)),
            )
          : sum(xs);
      goal = hard
        ? 'returns a tuple `(total, bad)`: the sum of the entries that are whole numbers, and the list of the other entries in their order. An entry can also be `None` (which `int()` refuses with a `TypeError`): it is a bad entry too.'
        : 'returns the sum of the entries that are whole numbers and ignores the others (`int()` raises `ValueError` for them).';
      body = hard
        ? '    total = 0\n    bad = []\n    for text in texts:\n        try:\n            total += int(text)\n        except (ValueError, TypeError):\n            bad.append(text)\n    return total, bad\n'
        : '    total = 0\n    for text in texts:\n        try:\n            total += int(text)\n        except ValueError:\n            continue\n    return total\n';
      const first = texts(rng.int(4, 6), hard);
      const other = texts(rng.int(6, 10), hard);
      example = `add_up(${py(first)})\n# ${py(answer(first))}`;
      tests = [
        returns('a mixed list', `add_up(${py(first)})`, answer(first), { weight: 2 }),
        returns('only bad entries', 'add_up(["a", "2.5", ""])', answer(['a', '2.5', ''])),
        returns('an empty list', 'add_up([])', answer([])),
        returns('another list', `add_up(${py(other)})`, answer(other), { hidden: true, weight: 2 }),
        returns('signs and spaces', 'add_up([" 5", "-3", "+2 "])', answer([' 5', '-3', '+2 ']), {
          hidden: true,
        }),
      ];
      if (hard)
        tests.push(
          returns('None is a bad entry', 'add_up([None, "4"])', answer([null, '4']), { hidden: true }),
        );
    }
    const doc = 'Convert with int(), handling the texts that are not whole numbers.';
    return {
      title: difficulty === 'easy' ? 'A number, or a default' : 'Add up what you can read',
      prompt: `Write a function \`${signature}\` that ${goal}

${codeBlock(example)}

Let \`int()\` decide what is a whole number: call it inside \`try\` and handle the exception.`,
      starterCode: stub(signature, doc, 'call int() inside try / except'),
      solution: `def ${signature}:\n    """${doc}"""\n${body}`,
      hints: [
        'Try `int("ten")` and `int(" 7 ")` in the editor: which one fails, and with which exception?',
        `Put only the conversion in \`try:\` and catch the exception it raises with \`except ValueError:\`${difficulty === 'hard' ? ' (and `TypeError` for `None`: `except (ValueError, TypeError):`)' : ''}.`,
        difficulty === 'easy'
          ? 'Return `int(text)` inside `try`, and `default` inside `except ValueError`.'
          : `Loop over the texts with the \`try\` inside the loop, so one bad entry does not stop the others${difficulty === 'hard' ? '; append the bad ones to a list' : ''}.`,
      ],
      tests,
    };
  },
};

const CHECKS = [
  { fn: 'check_quantity', what: 'quantity', cls: 'QuantityError', min: 1, max: [20, 50, 99] },
  { fn: 'check_age', what: 'age', cls: 'AgeError', min: 0, max: [120, 130, 150] },
  { fn: 'check_rating', what: 'rating', cls: 'RatingError', min: 1, max: [5, 10] },
  { fn: 'check_percentage', what: 'percentage', cls: 'PercentageError', min: 0, max: [100] },
] as const;

/** Raising exceptions: `raise ValueError(...)`, `TypeError`, a custom exception class. */
export const raisingExceptionsValidate: ExerciseTemplate = {
  id: 'raising-exceptions-validate',
  topic: 'raising-exceptions',
  build(rng, difficulty) {
    const c = rng.pick(CHECKS);
    const max = rng.pick(c.max as readonly number[]);
    const hard = difficulty === 'hard';
    const rangeError = hard ? c.cls : 'ValueError';
    const inside = rng.int(c.min + 1, max - 1);
    const below = c.min - rng.int(1, 5);
    const above = max + rng.int(1, 50);
    const tests: ExerciseTest[] = [
      returns(`a good ${c.what}`, `${c.fn}(${inside})`, inside, { weight: 2 }),
      returns('the lowest allowed', `${c.fn}(${c.min})`, c.min),
      raises('too low', `${c.fn}(${below})`, rangeError, { weight: 2 }),
      returns('the highest allowed', `${c.fn}(${max})`, max, { hidden: true }),
      raises('too high', `${c.fn}(${above})`, rangeError, { hidden: true }),
    ];
    if (difficulty !== 'easy') {
      tests.splice(
        3,
        0,
        raises('text is not a number', `${c.fn}(${py(String(inside))})`, 'TypeError', { weight: 2 }),
      );
      if (!hard)
        tests.push(raises('a decimal is not whole', `${c.fn}(${inside}.5)`, 'TypeError', { hidden: true }));
    }
    if (hard) {
      tests.push(
        custom(
          `${c.cls} is a ValueError`,
          `assert issubclass(${c.cls}, ValueError), "class ${c.cls} should inherit from ValueError: class ${c.cls}(ValueError):"`,
          { hidden: true },
        ),
      );
    }
    tests.push(
      custom(
        'the message names the value',
        `try:\n    ${c.fn}(${above})\nexcept ValueError as error:\n    assert "${above}" in str(error), "the error message should say which value is wrong (${above}), it says " + repr(str(error))\nelse:\n    raise AssertionError("${c.fn}(${above}) should raise an error")`,
        { hidden: true },
      ),
    );
    const rules = [
      `- a whole number from ${c.min} to ${max} (both included) is returned as it is;`,
      `- a number outside that range raises \`${rangeError}\` with a message that includes the number, such as \`"${c.what} must be between ${c.min} and ${max}, got ${above}"\`;`,
    ];
    if (difficulty !== 'easy')
      rules.push(
        '- a value that is not an `int` (text, a decimal number) raises `TypeError`, before any range check;',
      );
    if (hard) rules.push(`- \`${c.cls}\` is your own exception class, a subclass of \`ValueError\`.`);
    const typeCheck =
      difficulty === 'easy'
        ? ''
        : `    if not isinstance(value, int):\n        raise TypeError(f"${c.what} must be a whole number, got {value!r}")\n`;
    const doc = `Return value if it is a valid ${c.what}, otherwise raise an exception.`;
    const classDef = hard
      ? `class ${c.cls}(ValueError):\n    """A ${c.what} outside the allowed range."""\n\n\n`
      : '';
    return {
      title: hard ? `A custom ${c.cls}` : `Reject an impossible ${c.what}`,
      prompt: `Write a function \`${c.fn}(value)\` that checks a ${c.what}:

${rules.join('\n')}

${codeBlock(`${c.fn}(${inside})   # ${inside}\n${c.fn}(${above})   # raises ${rangeError}`)}

Raising an exception stops the function and tells the caller exactly what is wrong; it is better than returning a special value.`,
      starterCode: `${hard ? `# TODO: define class ${c.cls}, a kind of ValueError\n\n\n` : ''}${stub(`${c.fn}(value)`, doc, 'raise an exception for a bad value, return a good one')}`,
      solution: `${classDef}def ${c.fn}(value):\n    """${doc}"""\n${typeCheck}    if value < ${c.min} or value > ${max}:\n        raise ${rangeError}(f"${c.what} must be between ${c.min} and ${max}, got {value}")\n    return value\n`,
      hints: [
        `Call \`${c.fn}(${above})\` in the editor: does the traceback name the exception you wanted?`,
        `\`raise ValueError("message")\` raises an exception; an f-string can put the value in the message.${difficulty === 'easy' ? '' : ' `isinstance(value, int)` tells whether a value is an int.'}`,
        hard
          ? `\`class ${c.cls}(ValueError):\` with a docstring (or \`pass\`) as its body is a complete exception class; raise it like any other.`
          : `Check \`value < ${c.min} or value > ${max}\` and raise; otherwise return the value.`,
      ],
      tests,
    };
  },
};
