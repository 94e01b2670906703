import { enclosingFunction } from '../source/enclosing-function.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef } from './wording.ts';

/** UnboundLocalError: a function reads a variable that it also assigns, before assigning it. */
export function explainUnboundLocal(context: ErrorContext): Explained {
  const name =
    /local variable '([^']+)'/.exec(context.message)?.[1] ??
    /variable '([^']+)'/.exec(context.message)?.[1] ??
    '';
  const { line } = context;
  const fn = line === null ? null : enclosingFunction(context.lines, line);
  const definitions = findDefinitions(context.lines);
  const global = definitions.find((d) => d.name === name && d.scope === null && d.kind !== 'def');
  const assigned = definitions.find((d) => d.name === name && fn !== null && d.scope === fn.name);
  const fnName = fn ? code(`${fn.name}()`) : 'your function';
  const assignedText = assigned ? ` (line ${assigned.line})` : '';

  if (global) {
    return {
      cause: 'name.unbound-local',
      title: `\`${name}\` inside ${fn ? `\`${fn.name}()\`` : 'the function'} is a different variable from the one outside`,
      what: `${fnName} changes ${code(name)}${assignedText}, so Python treats ${code(name)} as the function's own new variable. ${capital(lineRef(line))} reads it before the function has given it a value. The ${code(name)} you made on line ${global.line} is outside the function and isn't used.`,
      why: "When a function assigns to a name anywhere (even with `+=`), that name is local to the function: it's a separate variable that starts out empty. The outside variable with the same name can't be changed from inside like that.",
      hints: [
        `Look at what ${fnName} does to ${code(name)}${assignedText}.`,
        `Because ${fnName} assigns ${code(name)}, Python uses a local ${code(name)} there that has no value yet when ${lineRef(line)} reads it.`,
        `Pass the value in and return the new one, e.g. \`def ${fn?.name ?? 'f'}(${name}):\` ... \`return ${name}\` and call it as ${code(`${name} = ${fn?.name ?? 'f'}(${name})`)}. (Writing \`global ${name}\` as the function's first line also works, but passing values in and out is clearer.)`,
      ],
      details: { name, function: fn?.name ?? '', globalLine: global.line },
    };
  }
  return {
    cause: 'name.unbound-local',
    title: `\`${name}\` is used before it gets a value`,
    what: `${capital(lineRef(line))} reads ${code(name)}, but on the way there ${fnName} hasn't given it a value yet${assigned ? ` — it is only set on line ${assigned.line}, which didn't run first` : ''}.`,
    why: 'A variable must be given a value before it is read. If it is only set inside an `if` (or later in the function), there are paths where it never gets one.',
    hints: [
      `Trace the lines ${fnName} runs before ${lineRef(line)}: where does ${code(name)} get its value?`,
      `On this run, the line that sets ${code(name)} was skipped or comes later.`,
      `Give ${code(name)} a starting value at the top of the function (e.g. ${code(`${name} = 0`)}), before any \`if\`.`,
    ],
    details: { name, function: fn?.name ?? '' },
  };
}
