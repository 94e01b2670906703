import { methodMistakes } from '../python/method-mistakes.ts';
import { moduleMembers } from '../python/module-members.ts';
import { closestMatch } from '../python/similarity.ts';
import { typeMethods } from '../python/type-methods.ts';
import { escapeRegex } from '../source/escape-regex.ts';
import { findCall } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { noneOrigin } from './none-origin.ts';
import { capital, code, describeType, lineRef, onLine } from './wording.ts';

const why =
  'An attribute is a name after a dot, like the `append` in `items.append(3)`. Each kind of value has its own set of attributes (its methods), and Python only lets you use the ones that exist for that kind.';

function targetOf(source: string, attr: string): { target: string; args: string; call: string | null } {
  const masked = maskStrings(source, 'x');
  const match = new RegExp(
    `([A-Za-z_][\\w.]*(?:\\([^()]*\\))?|[)\\]"'])\\s*\\.\\s*${escapeRegex(attr)}\\b`,
  ).exec(masked);
  if (!match) return { target: '', args: '', call: null };
  const target = source.slice(match.index, match.index + (match[1]?.length ?? 0));
  const call = findCall(source, `${target}.${attr}`);
  return { target, args: call?.args ?? '', call: call?.text ?? null };
}

/** AttributeError: a method from another language or type, a typo, `None`, a module name, a class attribute. */
export function explainAttributeError(context: ErrorContext): Explained {
  const { message, line } = context;
  const where = onLine(line);
  const source = context.source?.trim() ?? '';
  const objectMatch = /^'(\w+)' object has no attribute '(\w+)'/.exec(message);
  const moduleMatch = /^(partially initialized )?module '([\w.]+)' has no attribute '(\w+)'/.exec(message);
  const classMatch = /^type object '(\w+)' has no attribute '(\w+)'/.exec(message);
  const type = objectMatch?.[1] ?? classMatch?.[1] ?? '';
  const attr = objectMatch?.[2] ?? moduleMatch?.[3] ?? classMatch?.[2] ?? '';
  const { target, args } = targetOf(source, attr);
  const shown = target ? code(target) : 'the value';
  const dotted = code(`.${attr}`);

  if (moduleMatch) {
    const module = moduleMatch[2] ?? '';
    if (moduleMatch[1]) {
      return {
        cause: 'attribute.file-shadows-module',
        title: `Your file is probably called \`${module}.py\``,
        what: `${capital(where)}, Python imported your own file instead of the real ${code(module)} module, because your file has the same name. Your file has no ${dotted}.`,
        why: 'When you `import random`, Python looks in your own folder first. A file named `random.py` there hides the real module.',
        hints: [
          'Look at the name of the file you are running.',
          `It is named like the module ${code(module)}, so the import finds your file.`,
          `Rename your file (e.g. to ${code(`my_${module}.py`)}) and delete any ${code('__pycache__')} folder next to it.`,
        ],
        details: { module, attribute: attr },
      };
    }
    const suggestion = closestMatch(attr, moduleMembers[module] ?? []) ?? context.pythonSuggestion;
    return {
      cause: suggestion ? 'attribute.module-misspelt' : 'attribute.module-missing',
      title: `The module \`${module}\` has no \`${attr}\`${suggestion ? ` — did you mean \`${module}.${suggestion}\`?` : ''}`,
      what: `${capital(where)}, you use ${code(`${module}.${attr}`)}, but the ${code(module)} module has nothing called ${code(attr)}.${suggestion ? ` It does have ${code(`${module}.${suggestion}`)}.` : ''}`,
      why: 'A module is a toolbox of ready-made functions; you can only use the names that are really in it, spelt exactly.',
      hints: [
        `Check the spelling of ${code(attr)} ${where}.`,
        suggestion
          ? `${code(module)} calls it ${code(suggestion)}, not ${code(attr)}.`
          : `${code(module)} has no ${code(attr)}; check the module's documentation for the right name.`,
        suggestion
          ? `Write ${code(source.replace(`${module}.${attr}`, `${module}.${suggestion}`))}.`
          : `Look up the right function in the ${code(module)} docs (or \`print(dir(${module}))\`) and use that name.`,
      ],
      details: suggestion ? { module, attribute: attr, suggestion } : { module, attribute: attr },
    };
  }

  if (type === 'NoneType') {
    const origin = noneOrigin(target, context.lines, line);
    const cause =
      origin.cause === 'none.from-method'
        ? 'attribute.none-from-method'
        : origin.cause === 'none.no-return'
          ? 'attribute.none-no-return'
          : 'attribute.none';
    return {
      cause,
      title: `${target ? `\`${target}\`` : 'The value'} is \`None\`, so it has no \`.${attr}\``,
      what: `${capital(where)}, you use ${code(`${target}.${attr}`)}, but ${shown} holds \`None\`. ${origin.story}`,
      why: '`None` is Python\'s way of saying "no value". It has no methods at all, so any `.something` on it fails.',
      hints: [`Check what ${shown} holds right before ${lineRef(line)}.`, origin.story, origin.fix],
      details: { type, attribute: attr, target, noneFrom: origin.cause },
    };
  }

  const builtin = typeMethods[type];
  const mistake = methodMistakes[type]?.[attr];
  if (mistake) {
    const fixed = target ? mistake.fix(target, args) : null;
    return {
      cause: 'attribute.wrong-method',
      title: `${describeType(type)} has no \`.${attr}\`${/^\w+$/.test(mistake.instead) && builtin?.includes(mistake.instead) ? ` — use \`.${mistake.instead}()\`` : /^\w+\(\)$/.test(mistake.instead) || mistake.instead === 'in' || mistake.instead === '+' ? ` — use ${code(mistake.instead)}` : ''}`,
      what: `${capital(where)}, you call ${dotted} on ${shown}, which is ${describeType(type)}. ${capital(describeType(type))} has no ${dotted}. ${mistake.note}`,
      why,
      hints: [
        `Look at ${code(`${target}.${attr}`)} ${where}: is ${code(attr)} really a ${type} method?`,
        `${capital(describeType(type))} has no ${code(attr)}; the Python way is ${code(mistake.instead)}.`,
        fixed ? `Write ${code(fixed)}.` : mistake.note,
      ],
      details: { type, attribute: attr, target, suggestion: mistake.instead },
    };
  }

  if (builtin) {
    const owner = Object.entries(typeMethods).find(([, names]) => names.includes(attr))?.[0];
    const near =
      closestMatch(attr, builtin) ??
      (context.pythonSuggestion && builtin.includes(context.pythonSuggestion)
        ? context.pythonSuggestion
        : null);
    if (near) {
      return {
        cause: 'attribute.misspelt',
        title: `${describeType(type)} has no \`.${attr}\` — did you mean \`.${near}\`?`,
        what: `${capital(where)}, you use ${dotted} on ${shown}, which is ${describeType(type)}. There is no ${dotted}, but there is ${code(`.${near}`)}.`,
        why,
        hints: [
          `Check the spelling of ${code(attr)} ${where}.`,
          `The ${type} method is called ${code(near)}.`,
          `Write ${code(source.replace(`.${attr}`, `.${near}`))}.`,
        ],
        details: { type, attribute: attr, target, suggestion: near },
      };
    }
    return {
      cause: owner ? 'attribute.wrong-type' : 'attribute.missing',
      title: owner
        ? `\`.${attr}\` belongs to ${describeType(owner)}, but this is ${describeType(type)}`
        : `${describeType(type)} has no \`.${attr}\``,
      what: `${capital(where)}, you use ${dotted} on ${shown}, which is ${describeType(type)}.${owner ? ` ${dotted} is a method of ${describeType(owner)}, not of ${type}.` : ''}`,
      why,
      hints: [
        `Check what ${shown} holds ${where}: is it the kind of value you expected?`,
        owner
          ? `${shown} is ${describeType(type)}, but ${dotted} only exists on ${describeType(owner)}.`
          : `${describeType(type)} has no ${dotted}.`,
        owner
          ? `Either make sure ${shown} holds ${describeType(owner)}, or use a ${type} way of doing it.`
          : `Use one of the ${type} methods (${builtin
              .slice(0, 6)
              .map((n) => code(n))
              .join(', ')}, ...), or a function like \`len()\`.`,
      ],
      details: owner ? { type, attribute: attr, target, owner } : { type, attribute: attr, target },
    };
  }

  const definitions = findDefinitions(context.lines);
  const own = [
    ...new Set([
      ...context.lines.flatMap((text) =>
        [...maskStrings(text).matchAll(/\bself\.(\w+)\s*=(?!=)/g)].map((m) => m[1] ?? ''),
      ),
      ...definitions.filter((d) => d.kind === 'def' && d.scope !== null).map((d) => d.name),
      ...definitions.filter((d) => d.kind === 'assign' && d.scope === type).map((d) => d.name),
    ]),
  ].filter((name) => name !== '');
  const init = definitions.find(
    (d) => d.kind === 'def' && d.name !== '__init__' && /^_*i+n+i*t+_*$/.test(d.name),
  );
  if (init && own.includes(attr)) {
    return {
      cause: 'attribute.init-misspelt',
      title: `\`${init.name}\` should be \`__init__\`, so \`${attr}\` was never set`,
      what: `${capital(where)}, you read ${code(`.${attr}`)}, which is set in ${code(init.name)} (line ${init.line}). Python never ran that method, because the setup method must be named exactly ${code('__init__')}.`,
      why: 'When an object is created, Python runs the method called `__init__` (two underscores on each side). With any other spelling it is just an ordinary method that nobody calls.',
      hints: [
        `Look at the method name on line ${init.line}.`,
        `${code(init.name)} is not ${code('__init__')}, so ${code(`self.${attr} = ...`)} never ran.`,
        `Rename it: ${code((context.lines[init.line - 1] ?? '').trim().replace(init.name, '__init__'))}.`,
      ],
      details: { type, attribute: attr, target, misspelt: init.name, suggestion: '__init__' },
    };
  }
  const near = closestMatch(attr, own) ?? context.pythonSuggestion;
  const kind = classMatch ? `the class ${code(type)}` : `a ${code(type)} object`;
  return {
    cause: near ? 'attribute.misspelt' : 'attribute.missing',
    title: `${classMatch ? 'The class' : 'A'} \`${type}\`${classMatch ? '' : ' object'} has no \`${attr}\`${near ? ` — did you mean \`${near}\`?` : ''}`,
    what: `${capital(where)}, you use ${code(`.${attr}`)} on ${shown}, which is ${kind}. It has no attribute called ${code(attr)}.${near ? ` It does have ${code(near)}.` : ''}`,
    why: 'An object only has the attributes your class gives it: methods defined with `def` inside the class, and values stored with `self.name = ...` (usually in `__init__`).',
    hints: [
      near
        ? `Compare ${code(attr)} ${where} with the names used in the class ${code(type)}.`
        : `Look at the class ${code(type)}: where would ${code(attr)} be set?`,
      near
        ? `The class uses ${code(near)}, not ${code(attr)}.`
        : `Nothing in ${code(type)} sets ${code(`self.${attr}`)} or defines ${code(`def ${attr}`)}.`,
      near
        ? `Write ${code(source.replace(`.${attr}`, `.${near.replace(/^self\./, '')}`))}.`
        : `Set it in \`__init__\` (e.g. ${code(`self.${attr} = ...`)}) or use the attribute name the class really has.`,
    ],
    details: near ? { type, attribute: attr, target, suggestion: near } : { type, attribute: attr, target },
  };
}
