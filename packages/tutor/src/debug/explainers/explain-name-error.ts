import { builtinNames } from '../python/builtin-names.ts';
import { closestMatch } from '../python/similarity.ts';
import { stdlibModules } from '../python/stdlib-modules.ts';
import { enclosingFunction } from '../source/enclosing-function.ts';
import { type Definition, findDefinitions } from '../source/find-definitions.ts';
import { maskStrings } from '../source/mask-strings.ts';
import { replaceName } from '../source/replace-name.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine } from './wording.ts';

/** Names from other languages or from modules, and what Python calls them. */
const elsewhere: Record<string, { use: string; from?: string }> = {
  null: { use: 'None' },
  nil: { use: 'None' },
  undefined: { use: 'None' },
  println: { use: 'print' },
  printf: { use: 'print' },
  echo: { use: 'print' },
  puts: { use: 'print' },
  console: { use: 'print' },
  integer: { use: 'int' },
  boolean: { use: 'bool' },
  this: { use: 'self' },
  sqrt: { use: 'sqrt', from: 'math' },
  pi: { use: 'pi', from: 'math' },
  floor: { use: 'floor', from: 'math' },
  ceil: { use: 'ceil', from: 'math' },
  randint: { use: 'randint', from: 'random' },
  choice: { use: 'choice', from: 'random' },
  shuffle: { use: 'shuffle', from: 'random' },
  sleep: { use: 'sleep', from: 'time' },
};

const why =
  'Python only knows a name (a variable or a function) after your code has created it, for example with ' +
  '`x = ...`, `def x(...)` or `import x`. It compares names letter by letter, and capitals count.';

function visibleNames(definitions: Definition[], scope: string | null): string[] {
  const ordered = [
    ...definitions.filter((d) => d.scope === scope),
    ...definitions.filter((d) => d.scope === null),
  ];
  return [...new Set(ordered.map((d) => d.name))];
}

/** NameError: a misspelt, missing, not-yet-defined or out-of-scope name. */
export function explainNameError(context: ErrorContext): Explained {
  const name = /name '([^']+)' is not defined/.exec(context.message)?.[1] ?? '';
  const { line, source } = context;
  const definitions = findDefinitions(context.lines);
  const fixed = (replacement: string) =>
    source ? `: ${code(replaceName(source.trim(), name, replacement))}` : '.';
  const scope = line === null ? null : (enclosingFunction(context.lines, line)?.name ?? null);
  const where = onLine(line);

  const imported = definitions.some((d) => d.kind === 'import' && d.name === name);
  // Python 3.12's "Did you forget to import 'math'" names the module itself.
  const usedAsModule =
    source !== null && new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*\\w`).test(maskStrings(source));
  if ((stdlibModules.has(name) && !imported && usedAsModule) || context.pythonSuggestion === name) {
    return {
      cause: 'name.missing-import',
      title: `\`${name}\` is a module you haven't imported yet`,
      what: `You used ${code(name)} ${where}, but your program never imports it, so Python doesn't know it yet.`,
      why: `${code(name)} is a module (a ready-made toolbox that comes with Python). Modules have to be loaded with \`import\` before you can use them.`,
      hints: [
        `Look at the top of your program: is there an \`import\` line for ${code(name)}?`,
        `${code(name)} must be imported before line ${line ?? 1} uses it.`,
        `Add ${code(`import ${name}`)} as the first line of your program.`,
      ],
      details: { name, module: name },
    };
  }

  const other = elsewhere[name] ?? elsewhere[name.toLowerCase()];
  const sameCase = closestMatch(name, [...visibleNames(definitions, scope), ...builtinNames], 1);
  if (sameCase && sameCase.toLowerCase() === name.toLowerCase()) {
    return {
      cause: 'name.wrong-case',
      title: `Python doesn't know \`${name}\` — did you mean \`${sameCase}\`?`,
      what: `You wrote ${code(name)} ${where}, but the name Python knows is ${code(sameCase)}, with different capital letters.`,
      why: `${why} So ${code(name)} and ${code(sameCase)} are two different names.`,
      hints: [
        `Check the capital letters in ${code(name)} ${where}.`,
        `Python knows ${code(sameCase)}, not ${code(name)}: capitals matter.`,
        `Write ${code(sameCase)} instead${fixed(sameCase)}`,
      ],
      details: { name, suggestion: sameCase },
    };
  }
  if (other && !definitions.some((d) => d.name === other.use)) {
    const module = other.from;
    return {
      cause: module ? 'name.missing-import' : 'name.from-other-language',
      title: `Python doesn't know \`${name}\` — it uses \`${module ? `${module}.${other.use}` : other.use}\``,
      what: module
        ? `You used ${code(name)} ${where}. It lives in the ${code(module)} module, which has to be imported first.`
        : `You used ${code(name)} ${where}. That name comes from other languages; in Python it is ${code(other.use)}.`,
      why,
      hints: [
        `Look at ${code(name)} ${where}.`,
        module
          ? `${code(name)} is part of the ${code(module)} module, not built in.`
          : `Python has no ${code(name)}; the Python word is ${code(other.use)}.`,
        module
          ? `Add ${code(`from ${module} import ${other.use}`)} at the top of your program.`
          : `Use ${code(other.use)} instead${fixed(other.use)}`,
      ],
      details: module
        ? { name, suggestion: `${module}.${other.use}`, module }
        : { name, suggestion: other.use },
    };
  }

  const own = definitions.filter((d) => d.name === name && d.kind !== 'global');
  const earlier = own.filter((d) => line === null || d.line < line);
  const later = own.filter((d) => line !== null && d.line > line && (d.scope === null || d.scope === scope));
  if (line !== null && earlier.length === 0 && later.length > 0 && later[0]) {
    const first = later[0];
    const isFunction = first.kind === 'def';
    return {
      cause: 'name.used-before-defined',
      title: `\`${name}\` is used before it is created`,
      what: `Line ${line} uses ${code(name)}, but ${code(name)} is only ${isFunction ? 'defined' : 'created'} later, on line ${first.line}.`,
      why: 'Python runs your program from top to bottom, one line at a time. When it reaches a line, only the things created above it exist yet.',
      hints: [
        `Compare line ${line} with line ${first.line}: which one runs first?`,
        `${code(name)} doesn't exist yet when line ${line} runs.`,
        isFunction
          ? `Move the \`def ${name}(...)\` block above line ${line}, or move line ${line} below it.`
          : `Move line ${first.line} (where ${code(name)} gets its value) above line ${line}.`,
      ],
      details: { name, definedOn: first.line },
    };
  }
  const inside = own.find((d) => d.scope !== null && d.scope !== scope);
  if (earlier.every((d) => d.scope !== null && d.scope !== scope) && inside) {
    const param = inside.kind === 'param';
    return {
      cause: 'name.out-of-scope',
      title: `\`${name}\` only exists inside \`${inside.scope}\``,
      what: `${code(name)} is ${param ? 'a parameter of' : 'created inside'} the function ${code(`${inside.scope}`)} (line ${inside.line}), but ${lineRef(line)} uses it outside that function.`,
      why: "Variables made inside a function are local: they exist only while the function runs and disappear when it ends. Code outside the function can't see them.",
      hints: [
        `Check where ${code(name)} is created and where ${lineRef(line)} is: inside or outside ${code(`${inside.scope}`)}?`,
        `${code(name)} belongs to ${code(`${inside.scope}`)} and is gone once that function finishes.`,
        `Have the function hand the value back with ${code(`return ${name}`)}, and store it where you call it: ${code(`${name} = ${inside.scope}(...)`)}.`,
      ],
      details: { name, function: inside.scope ?? '', definedOn: inside.line },
    };
  }

  const suggestion =
    closestMatch(name, [...visibleNames(definitions, scope), ...builtinNames]) ??
    (context.pythonSuggestion && /^\w+$/.test(context.pythonSuggestion) ? context.pythonSuggestion : null);
  if (suggestion) {
    const defined = definitions.find((d) => d.name === suggestion);
    return {
      cause: 'name.misspelt',
      title: `Python doesn't know the name \`${name}\` — did you mean \`${suggestion}\`?`,
      what: `You used ${code(name)} ${where}, but nothing called ${code(name)} exists. ${defined ? `There is a ${code(suggestion)} (line ${defined.line})` : `Python has a built-in ${code(suggestion)}`}, so this is most likely a typo.`,
      why,
      hints: [
        `Look closely at how ${code(name)} is spelt ${where}.`,
        `${code(name)} is not the same as ${code(suggestion)}: compare them letter by letter.`,
        `Change ${code(name)} to ${code(suggestion)}${fixed(suggestion)}`,
      ],
      details: { name, suggestion },
    };
  }

  const masked = source ? maskStrings(source) : '';
  const compared = new RegExp(`(?:==|!=)\\s*${name}\\b|\\b${name}\\s*(?:==|!=)`).test(masked);
  if (compared && /^[A-Za-z]+$/.test(name)) {
    return {
      cause: 'name.missing-quotes',
      title: `\`${name}\` needs quotes if you mean the text "${name}"`,
      what: `${capital(where)}, you compare with ${code(name)}. Without quotes Python reads it as a variable name, and there is no variable called ${code(name)}.`,
      why: 'Text in Python always goes inside quotes: `"yes"` is a piece of text, while `yes` is the name of a variable.',
      hints: [
        `Look at ${code(name)} ${where}: is it meant to be a variable or a piece of text?`,
        `Without quotes, ${code(name)} is treated as a variable that was never created.`,
        `Put it in quotes${fixed(`"${name}"`)}`,
      ],
      details: { name, suggestion: `"${name}"` },
    };
  }
  return {
    cause: 'name.undefined',
    title: `Python doesn't know the name \`${name}\``,
    what: `You used ${code(name)} ${where}, but your program never creates anything called ${code(name)}.`,
    why,
    hints: [
      `Find where ${code(name)} should get its value, before ${lineRef(line)}.`,
      `${code(name)} is never created: no \`${name} = ...\`, \`def ${name}\` or \`import ${name}\` comes before it. If you meant the text "${name}", it needs quotes.`,
      `Create it before you use it (e.g. ${code(`${name} = ...`)} above ${lineRef(line)}), or write ${code(`"${name}"`)} if you meant text.`,
    ],
    details: { name },
  };
}
