import type { ExecutionTrace } from '@learnflow/contracts';
import type { RunResult } from '@learnflow/sandbox';

const MAX_LINES = 20;
const MAX_VALUES = 5;

/** What a traced run of the student's code showed: its trace, its output and its error. */
export type TracedRun = Pick<RunResult, 'trace' | 'stdout' | 'error' | 'timedOut'>;

interface LineStory {
  runs: number;
  /** Each name the line changed, with the values it gave it in order (repeats dropped). */
  values: Map<string, string[]>;
}

type Step = ExecutionTrace['steps'][number];

// Frames Python makes for one expression on one line.
const INLINE_FRAME = /^<(?:genexpr|listcomp|setcomp|dictcomp|lambda)>$/;

/** How deep in calls each step is: a `call` step starts a frame one deeper, its `return` step ends it. */
function frameDepths(steps: readonly Step[]): number[] {
  let depth = 0;
  return steps.map((step) => {
    if (step.event === 'call') depth += 1;
    const at = depth;
    if (step.event === 'return') depth -= 1;
    return at;
  });
}

/** The step after `index` in the same frame (calls made on its line skipped), or undefined when it has none. */
function nextInFrame(steps: readonly Step[], depths: readonly number[], index: number): Step | undefined {
  const depth = depths[index] ?? 0;
  for (let i = index + 1; i < steps.length; i++) {
    const at = depths[i] ?? 0;
    if (at < depth) return undefined;
    if (at === depth && steps[i]?.event !== 'call') return steps[i];
  }
  return undefined;
}

/** The names a step can see, its function's locals over the module's globals. */
const visible = (step: Step) => ({ ...step.globals, ...step.locals });

/**
 * "What does this code do?" answered from a real traced run: each line with how many times it ran and
 * the values it gave its variables, then what the program printed, or where it stopped and why.
 */
export function walkThrough(code: string, run: TracedRun, whose = 'your code'): string {
  const steps = run.trace?.steps ?? [];
  const depths = frameDepths(steps);
  const stories = new Map<number, LineStory>();
  steps.forEach((step, index) => {
    // A generator expression's or a lambda's own steps are the work of the line that holds it.
    if (step.event !== 'line' || INLINE_FRAME.test(step.function)) return;
    const story = stories.get(step.line) ?? { runs: 0, values: new Map<string, string[]>() };
    story.runs += 1;
    stories.set(step.line, story);
    const next = nextInFrame(steps, depths, index);
    if (!next) return;
    const before = visible(step);
    for (const [name, value] of Object.entries(visible(next))) {
      if (name.startsWith('__') || before[name] === value) continue;
      const seen = story.values.get(name) ?? [];
      if (seen.at(-1) !== value) seen.push(value);
      story.values.set(name, seen);
    }
  });
  const source = code.split('\n');
  const lines = source
    .map((text, index) => ({ text, number: index + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.trim().startsWith('#'))
    .slice(0, MAX_LINES)
    .map(({ text, number }) => {
      const story = stories.get(number);
      if (!story) return `- **Line ${number}** \`${text.trim()}\`: never runs as a step of its own.`;
      const times = story.runs === 1 ? 'runs once' : `runs ${story.runs} times`;
      const values = [...story.values]
        .map(([name, seen]) => {
          const shown = seen.slice(0, MAX_VALUES).join(', ');
          return `\`${name}\` becomes ${shown}${seen.length > MAX_VALUES ? ', ...' : ''}`;
        })
        .join('; ');
      return `- **Line ${number}** \`${text.trim()}\` ${times}${values ? `; ${values}` : ''}.`;
    });
  const more = source.length > MAX_LINES ? ['- ... (the first 20 lines only)'] : [];
  const output = run.stdout.trim()
    ? `It prints:\n\n\`\`\`text\n${run.stdout.slice(0, 1_000).trimEnd()}\n\`\`\``
    : 'It prints nothing.';
  const ending = run.timedOut
    ? 'It did not finish in time: a loop probably never ends.'
    : run.error
      ? `It stops${run.error.line ? ` on line ${run.error.line}` : ''} with \`${run.error.type}: ${run.error.message}\`.`
      : null;
  return [
    `Here is what ${whose} does, line by line, from a real run of it:`,
    [...lines, ...more].join('\n'),
    output,
    ending,
    'Ask about any line, or change a value and run it again to see what moves.',
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}
