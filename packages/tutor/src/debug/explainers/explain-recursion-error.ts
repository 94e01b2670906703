import { enclosingFunction } from '../source/enclosing-function.ts';
import { escapeRegex } from '../source/escape-regex.ts';
import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { code } from './wording.ts';

/** RecursionError: a function calling itself with no base case, or never reaching it. */
export function explainRecursionError(context: ErrorContext): Explained {
  const { line } = context;
  const fromTraceback = [...(context.traceback ?? '').matchAll(/line \d+, in (\w+)/g)].map((m) => m[1] ?? '');
  const repeated = fromTraceback.filter((name) => name !== '<module>').at(-1);
  // A traced run stops on the `def` line itself (the call event): its function encloses the next line.
  const fn =
    line !== null
      ? (enclosingFunction(context.lines, line) ?? enclosingFunction(context.lines, line + 1))
      : null;
  const name = fn?.name ?? repeated ?? '';
  const body = fn ? fn.body.map((text) => maskStrings(text)) : [];
  const selfCall = new RegExp(`\\b${escapeRegex(name || '\u0000')}\\s*\\(`);
  const hasBaseCase =
    body.some((text) => /^\s*(?:if|elif)\b/.test(text)) &&
    body.some((text) => /^\s*return\b/.test(text) && !selfCall.test(text));
  const call =
    body.find((text) => selfCall.test(text) && !/^\s*def\b/.test(text))?.trim() ??
    context.source?.trim() ??
    '';
  const args = name ? (new RegExp(`\\b${escapeRegex(name)}\\s*\\((.*)\\)`).exec(call)?.[1] ?? '') : '';
  const fnCode = code(`${name || 'f'}()`);
  const why =
    'A function that calls itself is called recursive. Each call must get a bit closer to a simple case (the base case) where the function returns without calling itself again. Python stops after about 1000 calls inside each other.';

  if (!hasBaseCase) {
    return {
      cause: 'recursion.no-base-case',
      title: `${fnCode} calls itself forever — it has no stopping case`,
      what: `${fnCode} calls itself${call ? ` (${code(call)})` : ''}, and every one of those calls calls it again. Nothing in ${fnCode} stops the chain, so it ran until Python's limit of about 1000 calls.`,
      why,
      hints: [
        `Read ${fnCode}${fn ? ` (line ${fn.line})` : ''}: is there any way for it to finish without calling itself?`,
        `There is no base case: no \`if\` that returns an answer directly.`,
        `Add a base case at the start, e.g. ${code('if n <= 0:')} followed by ${code('return 0')} (use the simplest input your function gets), before the line that calls ${fnCode} again.`,
      ],
      details: { function: name, call },
    };
  }
  return {
    cause: 'recursion.base-case-not-reached',
    title: `${fnCode} never reaches its stopping case`,
    what: `${fnCode} has a stopping case (an \`if\` that returns), but the calls${args ? ` with ${code(args)}` : ''} never get there, so it kept calling itself until Python's limit of about 1000 calls.`,
    why,
    hints: [
      `Follow the values: what is passed to ${fnCode} on each call, and what does the \`if\` check?`,
      args
        ? `Each call passes ${code(args)}. Does that move towards the case your \`if\` checks, or away from it (or skip past it)?`
        : 'The value passed on each call moves away from (or jumps over) the case your `if` checks.',
      "Make each call move towards the base case (e.g. `n - 1` when the base case is `n == 0`), and use `<=` instead of `==` in the check so it can't be skipped.",
    ],
    details: { function: name, call },
  };
}
