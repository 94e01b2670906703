import { code } from '../debug/explainers/wording.ts';
import type { Wordings } from './worded.ts';

type FlowKind =
  | 'no-return'
  | 'print-instead-of-return'
  | 'while-never-ends'
  | 'return-in-loop'
  | 'unreachable-code'
  | 'missing-self'
  | 'method-not-called'
  | 'shadowed-builtin'
  | 'mutable-default'
  | 'overwritten-total'
  | 'reset-in-loop'
  | 'loop-never-runs'
  | 'print-after-loop'
  | 'extreme-start-value'
  | 'collection-not-item';

/** Wording of the findings about functions, loops and the order statements run in. */
export const flowWordings: Wordings<FlowKind> = {
  'no-return': (f) => ({
    title: `\`${f.name}\` never returns a value`,
    what: `The function ${code(f.name)} (line ${f.line}) has no \`return\` with a value, yet line ${f.detail.callLine} uses its result. A function without \`return\` gives back \`None\`.`,
    why: 'When a function reaches its end without `return something`, Python returns `None` ("no value"). Computing a value inside the function is not enough: it has to be handed back with `return`.',
    hints: [
      `Look at the end of ${code(f.name)}, starting on line ${f.line}: what does it hand back to line ${f.detail.callLine}?`,
      `${code(f.name)} computes something but never says \`return\`, so its result is \`None\`.`,
      `Add \`return <the value>\` as the last line of ${code(f.name)}, indented like its body.`,
    ],
  }),
  'print-instead-of-return': (f, quoted) => ({
    title: `\`${f.name}\` prints its result instead of returning it`,
    what: `${code(f.name)} shows its answer with ${code(quoted)} on line ${f.line}, but has no \`return\`, so line ${f.detail.callLine}, which uses the result, gets \`None\`.`,
    why: '`print` only shows text on the screen; the caller receives nothing from it. `return` hands the value back so it can be stored, compared or printed by the caller. A function without `return` returns `None`.',
    hints: [
      `Look at line ${f.line} inside ${code(f.name)}, and at line ${f.detail.callLine} where its result is used.`,
      `${code(quoted)} displays the value but does not give it back: the function still returns \`None\`.`,
      `On line ${f.line}, replace \`print(...)\` with \`return ...\` (same value), and print the result where you call ${code(f.name)}.`,
    ],
  }),
  'while-never-ends': (f) => {
    const forever = f.name === 'True';
    return {
      title: forever
        ? `The \`while ${f.detail.condition}:\` loop on line ${f.line} never stops`
        : `Nothing in the loop on line ${f.line} changes ${code(f.name)}`,
      what: forever
        ? `The condition ${code(f.detail.condition ?? 'True')} is always true and the loop has no \`break\`, so it runs forever.`
        : `The loop runs while ${code(f.detail.condition ?? f.name)}, but no line inside it changes ${code(f.detail.variables ?? f.name)}. If the condition is true once, it stays true: an infinite loop.`,
      why: 'A `while` loop checks its condition before each round and stops only when it is False. Something inside the loop must change what the condition looks at (or `break` out), otherwise it repeats forever.',
      hints: [
        `Look at the loop on line ${f.line}: which line inside it is supposed to move ${code(f.name)} towards the end?`,
        forever
          ? 'The condition never becomes False by itself and nothing calls `break`.'
          : `${code(f.name)} keeps the same value on every round, so ${code(f.detail.condition ?? f.name)} never becomes False.`,
        forever
          ? 'Add `if <done>: break` inside the loop, or write the real stopping condition after `while`.'
          : `Inside the loop, update ${code(f.name)} (for example \`${f.name} -= 1\` or \`${f.name} += 1\`, whichever moves it towards the end).`,
      ],
    };
  },
  'return-in-loop': (f, quoted) => ({
    title: `The loop stops at its first item because of the \`return\` on line ${f.line}`,
    what: `Every path through the loop body reaches ${code(quoted)} on line ${f.line}, so the function returns during the first round and never looks at the other items.`,
    why: '`return` ends the whole function at once, loop included. A "not found" answer can only be given after the loop has checked every item.',
    hints: [
      `Look at line ${f.line}: how many rounds of the loop run before the function returns?`,
      'The `else: return ...` (or the `return` at the end of the loop body) answers after looking at one item only.',
      'Move the "not found" `return` out of the loop: dedent it so it runs after the loop has finished.',
    ],
  }),
  'unreachable-code': (f, quoted) => ({
    title: `Line ${f.line} can never run`,
    what: `${code(quoted)} comes right after a \`${f.name}\` on line ${f.detail.exitLine}, in the same block, so Python never reaches it.`,
    why: `\`${f.name}\` leaves the block immediately; the lines after it in the same block are skipped every time.`,
    hints: [
      `Look at line ${f.detail.exitLine} and the line after it.`,
      `The \`${f.name}\` on line ${f.detail.exitLine} leaves before line ${f.line} gets a chance to run.`,
      `Move line ${f.line} above the \`${f.name}\` on line ${f.detail.exitLine}, or dedent it if it belongs after the block.`,
    ],
  }),
  'missing-self': (f) => ({
    title: `The method \`${f.name}\` has no \`self\``,
    what: `${code(f.name)} in the class ${code(f.detail.cls ?? '')} (line ${f.line}) ${f.detail.first ? `names its first parameter ${code(f.detail.first)} but uses \`self\`` : 'takes no parameters'}. Python passes the object itself as the first argument of every method.`,
    why: 'Calling `obj.method()` really calls `Class.method(obj)`: the object arrives as the first parameter, which by convention is called `self`. Without it the call fails, or `self` is not the object you think.',
    hints: [
      `Look at the \`def ${f.name}(...)\` line, line ${f.line}.`,
      'A method needs a first parameter that receives the object.',
      `Write \`self\` as the first parameter: \`def ${f.name}(self, ...)\`.`,
    ],
  }),
  'method-not-called': (f) => ({
    title: `${code(f.name)} is named but never called`,
    what: `Line ${f.line} mentions ${code(f.name)} without \`()\`, so nothing runs: you get the function itself (printed as \`<built-in method ...>\` or always true in an \`if\`).`,
    why: 'Writing a function or method name refers to it; only the parentheses `()` run it. `s.upper` is the method, `s.upper()` is the upper-case text.',
    hints: [
      `Look at ${code(f.name)} on line ${f.line}.`,
      `${code(f.name)} has no parentheses, so it is never called.`,
      `Write ${code(`${f.name}()`)} (with any arguments it needs inside the brackets).`,
    ],
  }),
  'shadowed-builtin': (f) => ({
    title: `${code(f.name)} hides Python's built-in ${code(f.name)}`,
    what: `Line ${f.line} uses ${code(f.name)} as your own name, so from then on ${code(`${f.name}(...)`)} no longer means Python's ${code(f.name)}.`,
    why: `Python lets you reuse built-in names, but the new value replaces the built-in in your program. A later ${code(`${f.name}(...)`)} then calls your value instead, which fails or does something else.`,
    hints: [
      `Look at line ${f.line}, where ${code(f.name)} gets a new meaning.`,
      `After line ${f.line}, ${code(f.name)} is your variable, not the built-in.`,
      `Rename your variable on line ${f.line} and wherever it is used (e.g. \`${f.name}_\` or a name that says what it holds, like \`numbers\`).`,
    ],
  }),
  'mutable-default': (f) => ({
    title: `\`${f.name}\` keeps its items between calls of \`${f.detail.function}\``,
    what: `The default ${code(f.name)} on line ${f.line} is a list/dict created once, when ${code(f.detail.function ?? '')} is defined. Every call that changes it changes the same one, so items from earlier calls show up later.`,
    why: 'Default values are evaluated once, not at each call. A mutable default (a list, dict or set) is shared by every call that does not pass its own.',
    hints: [
      `Look at the default value of ${code(f.name)} on line ${f.line}.`,
      'That one list is reused by every call, so what one call adds stays for the next.',
      `Use \`${f.name}=None\` and start the function with \`if ${f.name} is None: ${f.name} = []\`.`,
    ],
  }),
  'overwritten-total': (f, quoted) => ({
    title: `${code(f.name)} is replaced on every pass of the loop, not added to`,
    what: `On line ${f.line}, ${code(quoted)} gives ${code(f.name)} a new value each time round the loop (line ${f.detail.loopLine}) and throws away what it held, so after the loop it holds only the last one; the start value ${code(f.detail.start ?? '')} on line ${f.detail.startLine} is never built on.`,
    why: 'To build up a total, a count, a text or a collection, each pass has to combine the old value with the new one: `total = total + n`, written `total += n` (for a list, `items.append(x)`; for a dictionary, `d[key] = value`). A plain `=` forgets the old value.',
    hints: [
      `Look at line ${f.line}: write down what ${code(f.name)} holds after the first, the second and the last pass.`,
      `${code(quoted)} replaces ${code(f.name)} instead of adding to it, so only the last pass counts.`,
      `On line ${f.line}, write ${code(f.detail.fix ?? '')}.`,
    ],
  }),
  'reset-in-loop': (f, quoted) => ({
    title: `${code(f.name)} starts again from ${code(f.detail.start ?? '0')} on every pass of the loop`,
    what: `${code(quoted)} on line ${f.line} is inside the loop (line ${f.detail.loopLine}), so each pass throws away what ${code(f.name)} has ${f.detail.built ?? 'counted'} so far; after the loop it holds only what the last pass added.`,
    why: 'A statement in the loop body runs once per pass. A counter, a total or a list being filled must be set to its start value once, before the loop, and only be added to inside it.',
    hints: [
      `Look at line ${f.line}: how many times does it run?`,
      `It runs on every pass, so ${code(f.name)} goes back to ${code(f.detail.start ?? '0')} each time.`,
      `Move ${code(quoted)} above the loop (before line ${f.detail.loopLine}), indented like the loop itself.`,
    ],
  }),
  'collection-not-item': (f) => ({
    title: `Line ${f.line} uses all of ${code(f.name)} on every pass, not ${code(f.detail.item ?? '')}`,
    what: `The loop on line ${f.detail.loopLine} hands you the items of ${code(f.name)} one at a time as ${code(f.detail.item ?? '')}, but its body never uses ${code(f.detail.item ?? '')}: line ${f.line} uses ${code(f.name)}, the whole collection, so every pass does the same thing.`,
    why: 'In `for item in items:`, `item` is the one thing that changes from pass to pass. The body has to use it to do something different for each item; `items` is the same whole collection every time.',
    hints: [
      `Look at line ${f.line}: which name changes on each pass of the loop on line ${f.detail.loopLine}?`,
      `${code(f.detail.item ?? '')} changes on each pass, ${code(f.name)} never does, and line ${f.line} uses ${code(f.name)}.`,
      `On line ${f.line}, use ${code(f.detail.item ?? '')} where you wrote ${code(f.name)}.`,
    ],
  }),
  'print-after-loop': (f, quoted) => ({
    title: `Only the last pass's ${code(f.name)} reaches the \`print\` on line ${f.line}`,
    what: `Line ${f.detail.assignLine} sets ${code(f.name)} again on every pass of the loop on line ${f.detail.loopLine}, but ${code(quoted)} on line ${f.line} comes after the loop: it runs once, when the loop is over, and shows the value from the last item only.`,
    why: 'Only the lines indented under `for` repeat. A line at the same indentation as the `for` runs once, after the loop has finished, and by then each pass has replaced the value of the one before.',
    hints: [
      `Look at the indentation of line ${f.line}: is it inside the loop or after it?`,
      `Line ${f.line} runs once, after the last pass, so it only sees the last value of ${code(f.name)}.`,
      `Indent line ${f.line} like line ${f.detail.assignLine} so it runs on every pass; or collect each value in a list with \`.append()\` and print the list after the loop.`,
    ],
  }),
  'loop-never-runs': (f) => {
    const values = f.detail.values ? ` (${code(f.detail.values)})` : '';
    if (f.detail.loop === 'for') {
      const iterable = f.detail.iterable ?? f.name;
      const counting = /^range\(/.test(iterable);
      return {
        title: `The loop on line ${f.line} runs zero times`,
        what: `When the program reaches line ${f.line}, ${code(iterable)} has nothing in it${values}, so the body (line ${f.detail.bodyLine}) never runs.`,
        why: counting
          ? '`range(start, stop)` counts up from `start` and stops before `stop`: when `start` is not below `stop` it is empty. Counting down needs a negative step.'
          : 'A `for` loop runs its body once per item. With no items it runs zero times, without any error: the program just goes on after the loop.',
        hints: [
          `Look at line ${f.line}: what does ${code(iterable)} contain when the loop starts?`,
          `${code(iterable)} is empty there, so line ${f.detail.bodyLine} is skipped.`,
          counting
            ? 'To count down, give `range` a negative step, for example `range(10, 0, -1)`; to count up, put the smaller number first.'
            : `Fill ${code(iterable)} before the loop (or loop over the collection that has the items).`,
        ],
      };
    }
    const condition = f.detail.condition ?? f.name;
    return {
      title: `The \`while\` loop on line ${f.line} never runs`,
      what: `The condition ${code(condition)} is already False the first time it is checked${values}, so Python skips the body (line ${f.detail.bodyLine}) and nothing in it happens.`,
      why: 'A `while` loop checks its condition before the first round too. When it starts out False, the body runs zero times, without any error.',
      hints: [
        `Look at line ${f.line}: what is ${code(f.name)} when the program first gets there?`,
        `With ${f.detail.values ? code(f.detail.values) : `that value of ${code(f.name)}`}, ${code(condition)} is False from the start.`,
        f.detail.flipped
          ? `Write the condition that is true while the loop should go on; if ${code(f.name)} moves towards the other side, that is probably ${code(f.detail.flipped)}.`
          : `Write the condition that is true while the loop should go on, and check it with the starting value of ${code(f.name)}.`,
      ],
    };
  },
  'extreme-start-value': (f, quoted) => {
    const values = f.detail.values ? ` (${code(f.detail.values)})` : '';
    return {
      title: `${code(f.name)} starts at ${code(f.detail.start ?? '0')}, and no item ever beats it`,
      what: `${code(quoted)} on line ${f.line} never held in this run: ${code(f.name)} starts at ${code(f.detail.start ?? '0')}, and no item of ${code(f.detail.iterable ?? '')}${values} is ${f.detail.wanted === 'largest' ? 'larger' : 'smaller'}, so line ${f.detail.bodyLine} never ran and ${code(f.name)} is still ${code(f.detail.start ?? '0')} at the end.`,
      why: `A made-up start value takes part in the comparison like a real item. ${code(f.detail.start ?? '0')} is only a safe start when every item is sure to beat it; with negative numbers (for the largest) or positive ones (for the smallest) it wins.`,
      hints: [
        `Look at the start value of ${code(f.name)}, before the loop: is it one of the items?`,
        `${code(f.detail.start ?? '0')} is compared with the items too, and it beats all of them here.`,
        `Start from the first item, ${code(`${f.name} = ${f.detail.iterable}[0]`)}, or use ${code(`${f.detail.wanted === 'largest' ? 'max' : 'min'}(${f.detail.iterable})`)}.`,
      ],
    };
  },
};
