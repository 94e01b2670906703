import { functionAt } from '../source/enclosing-function.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { maskStrings } from '../source/mask-strings.ts';
import { code, lineRef } from './wording.ts';

/** Where a `None` most likely came from, as a cause id and sentences for a beginner. */
export interface NoneOrigin {
  cause: 'none.from-method' | 'none.no-return' | 'none.from-print' | 'none.assigned' | 'none.unknown';
  /** One sentence saying where the `None` came from. */
  story: string;
  /** The fix, as a sentence. */
  fix: string;
  line: number | null;
}

const inPlace = /\.(append|sort|reverse|extend|insert|remove|clear|update|shuffle)\s*\(/;

function fromCall(
  call: string,
  lines: readonly string[],
  line: number | null,
  target: string,
): NoneOrigin | null {
  const method = inPlace.exec(call);
  if (method?.[1]) {
    const owner = call.slice(0, method.index).trim();
    return {
      cause: 'none.from-method',
      story: `${code(`.${method[1]}()`)} changes the list itself and gives back \`None\`, so ${code(target)} got \`None\` from ${code(call.trim())}.`,
      fix: `Call ${code(`${owner}.${method[1]}(...)`)} on its own line and keep using ${code(owner)}${method[1] === 'sort' ? ` (or use ${code(`sorted(${owner})`)}, which gives back a new sorted list)` : ''}.`,
      line,
    };
  }
  if (/^print\s*\(/.test(call.trim())) {
    return {
      cause: 'none.from-print',
      story: `${code('print()')} only shows text on the screen; it gives back \`None\`, so ${code(target)} is \`None\`.`,
      fix: `Store the value itself instead of the result of \`print()\`.`,
      line,
    };
  }
  const fn = /^([A-Za-z_]\w*)\s*\(/.exec(call.trim())?.[1];
  const def = fn ? findDefinitions(lines).find((d) => d.kind === 'def' && d.name === fn) : undefined;
  if (fn && def) {
    const body = functionAt(lines, def.line, fn).body.map((text) => maskStrings(text));
    const returns = body.some((text) => /^\s*return\s+\S/.test(text));
    return {
      cause: 'none.no-return',
      story: returns
        ? `${code(`${fn}()`)} (line ${def.line}) reached its end without a \`return\` on this run, so it gave back \`None\`.`
        : `${code(`${fn}()`)} (line ${def.line}) has no \`return\` line, so calling it gives back \`None\`${/\bprint\s*\(/.test(body.join('\n')) ? ' — printing a value is not the same as returning it' : ''}.`,
      fix: `Make ${code(`${fn}()`)} end with ${code('return <the value>')} so the caller gets the value.`,
      line: def.line,
    };
  }
  return null;
}

/** Why `target` (a variable or call in the student's line) holds `None`, looking at the code before `line`. */
export function noneOrigin(target: string, lines: readonly string[], line: number | null): NoneOrigin {
  if (target === 'None') {
    return {
      cause: 'none.assigned',
      story: 'The line uses `None` itself, written out directly.',
      fix: 'Use the real value you meant instead of `None`.',
      line,
    };
  }
  const direct = /\)\s*$/.test(target) ? fromCall(target, lines, line, target) : null;
  if (direct) return direct;
  const assignment = findDefinitions(lines)
    .filter((d) => d.name === target && d.kind === 'assign' && (line === null || d.line <= line))
    .at(-1);
  if (assignment?.value === 'None') {
    return {
      cause: 'none.assigned',
      story: `${code(target)} was set to \`None\` on line ${assignment.line} and still has no real value here.`,
      fix: `Give ${code(target)} its real value before ${lineRef(line)} uses it.`,
      line: assignment.line,
    };
  }
  if (assignment?.value) {
    const origin = fromCall(assignment.value, lines, assignment.line, target);
    if (origin) return origin;
  }
  return {
    cause: 'none.unknown',
    story: `${target ? `${code(target)} holds \`None\` here. That` : 'That `None`'} usually comes from a function without \`return\`, or from a method like \`.sort()\` that changes a list and gives back \`None\`.`,
    fix: target
      ? `Find the line that gives ${code(target)} its value and make sure it gets a real value there.`
      : 'Find the line that gives that value and make sure it gets a real value there.',
    line: null,
  };
}
