import { builtinNames } from '../python/builtin-names.ts';
import { closestMatch } from '../python/similarity.ts';
import { findCall } from '../source/expression-parts.ts';
import { type Definition, findDefinitions } from '../source/find-definitions.ts';
import { guessType } from '../source/guess-type.ts';
import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { noneOrigin } from './none-origin.ts';
import { capital, code, describeType, lineRef, onLine, plural } from './wording.ts';

function signature(
  lines: readonly string[],
  definitions: Definition[],
  name: string,
): { line: number; text: string } | null {
  const short = name.split('.').at(-1) ?? name;
  const def = definitions.find((d) => d.kind === 'def' && d.name === short);
  return def ? { line: def.line, text: lines[def.line - 1]?.trim().replace(/:\s*$/, '') ?? '' } : null;
}

function notCallable(context: ErrorContext, type: string): Explained {
  const source = context.source ?? '';
  const masked = maskStrings(source, 'x');
  const definitions = findDefinitions(context.lines);
  const line = context.line ?? Number.MAX_SAFE_INTEGER;
  const where = onLine(context.line);
  const callees = [...masked.matchAll(/([A-Za-z_][\w.]*|\d[\d.]*)\s*\(/g)].map((m) => m[1] ?? '');
  const number = /(?<![\w.])(\d[\d.]*)\s*\(/.exec(masked)?.[1];
  if (number && (type === 'int' || type === 'float')) {
    return {
      cause: 'type.missing-operator',
      title: 'A number is followed by `(`, as if it were a function',
      what: `${capital(where)}, ${code(`${number}(`)} puts brackets right after a number. In maths that means "times", but in Python brackets after something mean "call it", and a number can't be called.`,
      why: 'Python never multiplies without a `*`. `2(3 + 4)` reads as "call 2 with 3 + 4".',
      hints: [
        `Look at ${code(`${number}(`)} ${where}.`,
        'A `*` is missing between the number and the bracket.',
        `Write ${code(`${number} * (`)} instead: ${code(source.trim().replace(new RegExp(`(?<![\\w.])${number.replace('.', '\\.')}\\s*\\(`), `${number} * (`))}.`,
      ],
      details: { type, callee: number },
    };
  }
  const shadowed = callees.find(
    (name) =>
      builtinNames.includes(name) &&
      definitions.some((d) => d.name === name && d.kind === 'assign' && d.line <= line),
  );
  if (shadowed) {
    const assigned = definitions
      .filter((d) => d.name === shadowed && d.kind === 'assign' && d.line <= line)
      .at(-1);
    return {
      cause: 'type.builtin-shadowed',
      title: `\`${shadowed}\` no longer means Python's \`${shadowed}()\``,
      what: `${capital(lineRef(assigned?.line ?? null))} stores a value in a variable called ${code(shadowed)}. From then on ${code(shadowed)} is that value (${describeType(type)}), not Python's built-in function, so ${code(`${shadowed}(...)`)} ${where} fails.`,
      why: 'Python lets you reuse the names of its built-in functions for your own variables, but then the built-in is hidden behind your variable.',
      hints: [
        `Look for a line that does ${code(`${shadowed} = ...`)}.`,
        `${capital(lineRef(assigned?.line ?? null))} replaced the built-in ${code(shadowed)} with your own value.`,
        `Rename your variable on ${lineRef(assigned?.line ?? null)} (and where you use it), e.g. to ${code(`my_${shadowed}`)}, so ${code(`${shadowed}()`)} works again.`,
      ],
      details: { type, callee: shadowed, assignedOn: assigned?.line ?? 0 },
    };
  }
  const callee =
    callees.find((name) => guessType(name, definitions, line)?.type === type) ??
    callees.find(
      (name) => !builtinNames.includes(name) && !definitions.some((d) => d.kind === 'def' && d.name === name),
    ) ??
    null;
  if (type === 'NoneType') {
    const origin = noneOrigin(callee ?? '', context.lines, context.line);
    return {
      cause: 'type.none-called',
      title: `${callee ? `\`${callee}\`` : 'The thing you call'} is \`None\`, not a function`,
      what: `${capital(where)}, you call ${callee ? code(`${callee}(...)`) : 'something'} that holds \`None\`. ${origin.story}`,
      why: 'Brackets after a name mean "run this function". `None` means "no value", so there is nothing to run.',
      hints: [
        `Check what ${callee ? code(callee) : 'it'} holds before ${lineRef(context.line)}.`,
        origin.story,
        origin.fix,
      ],
      details: { type, callee: callee ?? '' },
    };
  }
  if (type === 'module') {
    const name = callee ?? 'module';
    const inner = context.pythonSuggestion ?? `${name}.${name}(...)`;
    return {
      cause: 'type.module-called',
      title: `\`${name}\` is a module, not a function`,
      what: `${capital(where)}, you call ${code(`${name}(...)`)}, but ${code(name)} is the whole module (a toolbox of functions), not one function in it.`,
      why: 'After `import random`, the functions live inside the module: you call them as `random.randint(1, 6)`.',
      hints: [
        `Look at ${code(`${name}(`)} ${where}.`,
        `You need to pick a function inside ${code(name)}.`,
        `Call the function through the module, e.g. ${code(inner)}.`,
      ],
      details: { type, callee: name, suggestion: inner },
    };
  }
  return {
    cause: 'type.not-callable',
    title: `${callee ? `\`${callee}\` is` : 'This is'} ${describeType(type)}, not a function`,
    what: `${capital(where)}, you put brackets after ${callee ? code(callee) : 'a value'}, which is ${describeType(type)}. Brackets right after a name mean "run this function", and ${describeType(type)} can't be run.`,
    why: 'Only functions (and classes) can be called with `(...)`. To get an item out of a list or text, Python uses square brackets `[...]`.',
    hints: [
      `Look at ${callee ? code(`${callee}(`) : 'the brackets'} ${where}.`,
      `${callee ? code(callee) : 'It'} holds ${describeType(type)}, not a function${type === 'list' || type === 'str' || type === 'dict' ? ' — maybe you meant square brackets to get an item' : ''}.`,
      type === 'list' || type === 'str' || type === 'dict'
        ? `Use square brackets to get an item, e.g. ${code(`${callee ?? 'items'}[0]`)}, or rename the variable if it hides a function.`
        : `Remove the brackets, use ${code('*')} if you meant to multiply, or rename the variable so it doesn't hide a function.`,
    ],
    details: { type, callee: callee ?? '' },
  };
}

function argumentCount(context: ErrorContext): Explained | null {
  const { message } = context;
  const definitions = findDefinitions(context.lines);
  const where = onLine(context.line);
  const missing = /^([\w.]+)\(\) missing (\d+) required (positional|keyword-only) arguments?: (.+)$/.exec(
    message,
  );
  const tooMany =
    /^([\w.]+)\(\) takes (?:from \d+ to )?(\d+) positional arguments? but (\d+) (?:was|were) given$/.exec(
      message,
    );
  const exact = /^([\w.]+)\(\) takes exactly (\w+) arguments? \((\d+) given\)$/.exec(message);
  const keyword = /^([\w.]+)\(\) got an unexpected keyword argument '(\w+)'/.exec(message);
  const noArgs = /^(\w+)\(\) takes no arguments$/.exec(message);
  const fn = (missing ?? tooMany ?? exact ?? keyword ?? noArgs)?.[1];
  if (!fn) return null;
  const sig = signature(context.lines, definitions, fn);
  const sigText = sig ? ` It is defined on line ${sig.line} as ${code(sig.text)}.` : '';
  const isInit = fn.endsWith('.__init__');
  const shown = isInit ? fn.replace('.__init__', '') : fn;
  const found = context.source ? findCall(context.source, shown.split('.').at(-1) ?? shown) : null;
  const call = found?.text;
  const callArgs = found?.args ?? '';

  if (noArgs) {
    const init = definitions.find(
      (d) => d.kind === 'def' && d.name !== '__init__' && /^_*i+n+i*t+_*$/.test(d.name),
    );
    return {
      cause: init ? 'type.init-misspelt' : 'type.no-init',
      title: init
        ? `\`${init.name}\` should be \`__init__\``
        : `\`${fn}\` has no \`__init__\` to take these values`,
      what: init
        ? `${capital(where)}, you create a ${code(fn)} with some values, but the class has no \`__init__\` to receive them: line ${init.line} defines ${code(init.name)} instead, which Python doesn't treat as the setup method.`
        : `${capital(where)}, you pass values to ${code(`${fn}()`)}, but the class ${code(fn)} has no \`__init__\` method to receive them.`,
      why: 'When you create an object, Python runs the method named exactly `__init__` (two underscores on each side) and passes it your values. Any other spelling is just an ordinary method.',
      hints: [
        init
          ? `Look at the method name on line ${init.line}.`
          : `Look at the class ${code(fn)}: which method should receive the values?`,
        init
          ? `${code(init.name)} is not spelt ${code('__init__')}, so Python never runs it.`
          : `Without ${code('def __init__(self, ...)')} the class can only be created with no values.`,
        init
          ? `Rename it: ${code((context.lines[init.line - 1] ?? '').trim().replace(init.name, '__init__'))}.`
          : `Add ${code('def __init__(self, ...):')} to the class, with one parameter per value.`,
      ],
      details: { function: fn, ...(init ? { misspelt: init.name, suggestion: '__init__' } : {}) },
    };
  }
  if (keyword) {
    const name = keyword[2] ?? '';
    const params = definitions.filter((d) => d.kind === 'param' && d.scope === (fn.split('.').at(-1) ?? fn));
    const suggestion =
      closestMatch(
        name,
        params.map((d) => d.name).filter((p) => p !== 'self'),
      ) ??
      (context.pythonSuggestion || null);
    return {
      cause: 'type.unexpected-keyword',
      title: `\`${shown}()\` has no parameter called \`${name}\``,
      what: `${capital(where)}, you call ${code(`${shown}(...)`)} with ${code(`${name}=...`)}, but ${code(shown)} has no parameter named ${code(name)}.${sigText}`,
      why: 'A keyword argument (`name=value` inside a call) must use exactly one of the parameter names from the `def` line.',
      hints: [
        `Compare ${code(`${name}=`)} ${where} with the parameter names of ${code(shown)}.`,
        suggestion
          ? `The parameter is called ${code(suggestion)}, not ${code(name)}.`
          : `${code(shown)} doesn't accept ${code(name)}.`,
        suggestion
          ? `Write ${code(`${suggestion}=`)} instead of ${code(`${name}=`)}.`
          : `Remove ${code(`${name}=...`)} from the call, or add a parameter ${code(name)} to the \`def\` line.`,
      ],
      details: { function: shown, keyword: name, ...(suggestion ? { suggestion } : {}) },
    };
  }
  if (missing) {
    const names = (missing[4] ?? '').match(/'[^']+'/g)?.map((n) => n.slice(1, -1)) ?? [];
    const count = Number(missing[2]);
    if (names.includes('self')) {
      const [cls, method] = fn.split('.');
      return {
        cause: 'type.method-called-on-class',
        title: `\`${method}\` is called on the class \`${cls}\`, not on an object`,
        what: `${capital(where)}, you call ${code(`${fn}()`)} on the class itself. A method needs an object (made with ${code(`${cls}()`)}) to work on; that object is what ${code('self')} receives.`,
        why: 'Methods are called on objects: `rex = Dog()` makes an object, then `rex.bark()` runs `bark` with `self` set to `rex`.',
        hints: [
          `Look at what comes before ${code(`.${method}(`)} ${where}.`,
          `${code(cls ?? '')} is the class (the blueprint), not an object made from it.`,
          `Make an object first and call the method on it: ${code(`${(cls ?? 'x').toLowerCase()} = ${cls}()`)}, then ${code(`${(cls ?? 'x').toLowerCase()}.${method}()`)}.`,
        ],
        details: { function: fn, missing: 'self' },
      };
    }
    const list = names.map(code).join(' and ');
    return {
      cause: 'type.missing-argument',
      title: `\`${shown}()\` needs ${plural(count, 'more value')}: ${names.join(', ')}`,
      what: `${capital(where)}, ${call ? code(call) : `the call to ${code(`${shown}()`)}`} leaves out ${list}, which ${code(shown)} needs.${sigText}`,
      why: 'Each parameter in the `def` line (the names in its brackets) needs a value when the function is called, unless it has a default like `name="Ana"`.',
      hints: [
        `Count the values ${where} and the parameters of ${code(shown)}.`,
        `${code(shown)} is missing a value for ${list}.`,
        `Add ${count === 1 ? 'a value' : 'values'} for ${list} to the call: ${code(`${shown}(${[callArgs, ...names.map(() => '...')].filter(Boolean).join(', ')})`)} (with ${count === 1 ? 'the value' : 'the values'} in place of \`...\`), or give ${count === 1 ? 'that parameter' : 'those parameters'} a default on the \`def\` line.`,
      ],
      details: { function: shown, missing: names.join(', '), count },
    };
  }
  const expected = tooMany ? Number(tooMany[2]) : Number.isNaN(Number(exact?.[2])) ? 1 : Number(exact?.[2]);
  const given = Number((tooMany ?? exact)?.[3]);
  const isMethod = fn.includes('.') && !isInit;
  if (isMethod && tooMany && given - expected === 1 && (sig ? !sig.text.includes('self') : expected === 0)) {
    const method = fn.split('.').at(-1) ?? fn;
    return {
      cause: 'type.missing-self',
      title: `The method \`${method}\` is missing \`self\``,
      what: `${capital(where)}, you call ${code(`${fn}()`)} on an object. Python passes that object in automatically as the first value, but the \`def\` line${sig ? ` (line ${sig.line})` : ''} has no parameter to receive it.${sigText}`,
      why: 'Every method in a class needs `self` as its first parameter: it is how the method knows which object it is working on.',
      hints: [
        `Look at the \`def\` line of ${code(method)}${sig ? ` (line ${sig.line})` : ''}.`,
        `The first parameter, ${code('self')}, is missing.`,
        `Add it: ${code(sig ? sig.text.replace(/\(\s*/, (m) => `${m}self${sig.text.includes('()') ? '' : ', '}`) : `def ${method}(self):`)}.`,
      ],
      details: { function: fn, expected, given },
    };
  }
  return {
    cause: 'type.too-many-arguments',
    title: `\`${shown}()\` takes ${expected} but got ${given}`,
    what: `${capital(where)}, you pass ${plural(given, 'value')} to ${code(shown)}, but it takes ${plural(expected, 'value')}.${sigText}${isInit || isMethod ? ` (For methods, Python also counts the object itself, ${code('self')}.)` : ''}`,
    why: 'A function takes exactly as many values as its `def` line has parameters (the names in its brackets), no more.',
    hints: [
      `Count the values in the call ${where}, and the parameters of ${code(shown)}.`,
      `There ${given - expected === 1 ? 'is 1 value' : `are ${given - expected} values`} too many.`,
      sig
        ? `Remove the extra value from the call, or add a parameter for it on the \`def\` line of ${code(shown)}.`
        : `Pass exactly ${plural(expected, 'value')} to ${code(shown)}.`,
    ],
    details: { function: shown, expected, given },
  };
}

/** TypeError from calling: something that isn't a function, or the wrong number or names of arguments. */
export function explainCallError(context: ErrorContext): Explained | null {
  const notCallableType = /^'(\w+)' object is not callable/.exec(context.message)?.[1];
  if (notCallableType) return notCallable(context, notCallableType);
  return argumentCount(context);
}
