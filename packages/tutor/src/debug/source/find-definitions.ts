import { indentWidth } from './indent-width.ts';
import { maskStrings } from './mask-strings.ts';
import { splitTopLevel } from './split-top-level.ts';

/** One place the student's code gives a name a value. */
export interface Definition {
  name: string;
  /** 1-based line. */
  line: number;
  indent: number;
  kind: 'assign' | 'augment' | 'def' | 'class' | 'param' | 'import' | 'for' | 'as' | 'global';
  /** The assigned expression of a plain `name = value` with one target; the iterable of a `for` loop. */
  value: string | null;
  /** The innermost `def` or `class` around the definition; `null` at module level. */
  scope: string | null;
}

const identifier = /^[A-Za-z_]\w*$/;
const augmentOps = ['**', '//', '>>', '<<', '+', '-', '*', '/', '%', '&', '|', '^', '@'];

function targetNames(text: string): string[] {
  return splitTopLevel(text.replace(/^[([]|[)\]]$/g, ''))
    .map((part) =>
      part
        .replace(/^\*/, '')
        .replace(/^[([]|[)\]]$/g, '')
        .trim(),
    )
    .flatMap((part) => (part.includes(',') ? targetNames(part) : [part]))
    .filter((part) => identifier.test(part));
}

/** Positions of the top-level `=` signs of an assignment (not `==`, `<=`, `:=`, keyword arguments). */
function assignSigns(masked: string): number[] {
  const signs: number[] = [];
  let depth = 0;
  for (let index = 0; index < masked.length; index++) {
    const char = masked[index];
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
    else if (char === '=' && depth === 0) {
      if (masked[index + 1] === '=') {
        index += 1;
        continue;
      }
      if ('=!<>:'.includes(masked[index - 1] ?? '')) continue;
      signs.push(index);
    }
  }
  return signs;
}

function params(text: string): string[] {
  const close = text.lastIndexOf(')');
  return splitTopLevel(close >= 0 ? text.slice(0, close) : text)
    .map((param) => /^\**\s*([A-Za-z_]\w*)/.exec(param)?.[1] ?? '')
    .filter((name) => name !== '');
}

/** Every name the code defines, in line order: assignments, `def`, `class`, parameters, imports, loop targets. */
export function findDefinitions(lines: readonly string[]): Definition[] {
  const found: Definition[] = [];
  const scopes: { name: string; indent: number }[] = [];
  lines.forEach((raw, index) => {
    const masked = maskStrings(raw);
    if (masked.trim() === '') return;
    const indent = indentWidth(raw);
    while (scopes.length > 0 && (scopes.at(-1)?.indent ?? 0) >= indent) scopes.pop();
    const line = index + 1;
    const scope = scopes.at(-1)?.name ?? null;
    const add = (name: string, kind: Definition['kind'], value: string | null = null, at = scope) =>
      found.push({ name, line, indent, kind, value, scope: at });
    const text = masked.trim();
    const lead = masked.length - masked.trimStart().length;

    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\((.*)$/.exec(text);
    if (def?.[1]) {
      add(def[1], 'def');
      for (const param of params(raw.trim().slice(text.indexOf('(') + 1))) add(param, 'param', null, def[1]);
      scopes.push({ name: def[1], indent });
      return;
    }
    const cls = /^class\s+([A-Za-z_]\w*)/.exec(text);
    if (cls?.[1]) {
      add(cls[1], 'class');
      scopes.push({ name: cls[1], indent });
      return;
    }
    const imported = /^import\s+(.+)$/.exec(text);
    if (imported?.[1]) {
      for (const part of splitTopLevel(imported[1])) {
        const alias = /\sas\s+([A-Za-z_]\w*)$/.exec(part)?.[1];
        add(alias ?? part.split('.')[0]?.trim() ?? part, 'import');
      }
      return;
    }
    const from = /^from\s+\S+\s+import\s+(.+)$/.exec(text);
    if (from?.[1]) {
      for (const part of splitTopLevel(from[1].replace(/[()]/g, ''))) {
        const name = /\sas\s+([A-Za-z_]\w*)$/.exec(part)?.[1] ?? part.trim();
        if (identifier.test(name)) add(name, 'import');
      }
      return;
    }
    const global = /^(?:global|nonlocal)\s+(.+)$/.exec(text);
    if (global?.[1]) {
      for (const name of splitTopLevel(global[1])) add(name, 'global');
      return;
    }
    for (const loop of text.matchAll(/\bfor\s+(.+?)\s+in\b/g)) {
      const iterable = raw
        .slice(lead + (loop.index ?? 0) + loop[0].length, lead + text.length)
        .replace(/:\s*$/, '')
        .trim();
      for (const name of targetNames(loop[1] ?? '')) add(name, 'for', iterable);
    }
    for (const alias of text.matchAll(/\bas\s+([A-Za-z_]\w*)/g)) add(alias[1] ?? '', 'as');
    for (const walrus of text.matchAll(/([A-Za-z_]\w*)\s*:=/g)) add(walrus[1] ?? '', 'assign');

    const signs = assignSigns(masked);
    const last = signs.at(-1);
    if (last === undefined) return;
    let targetStart = lead;
    for (const sign of signs) {
      let target = masked.slice(targetStart, sign);
      const op = augmentOps.find((candidate) => target.endsWith(candidate));
      if (op) target = target.slice(0, -op.length);
      const names = targetNames(splitTopLevel(target, ':')[0] ?? '');
      const single = names.length === 1 && !target.includes(',');
      for (const name of names)
        add(name, op ? 'augment' : 'assign', single ? raw.slice(last + 1, lead + text.length).trim() : null);
      targetStart = sign + 1;
    }
  });
  return found;
}
