import type { ReviewFinding } from '@learnflow/contracts';
import { logicalLines, type PyToken } from './python-tokens.ts';
import { inline } from './rule-advice.ts';

// `_` means "unused"; `l`, `O`, `I` are reported by E741 already.
const EXEMPT = new Set(['_', 'l', 'O', 'I']);
// A parameter that is a number or a point, as in mathematics: `is_even(n)`, `square(x)`, `move(x, y)`.
const MATH_PARAMETERS = new Set(['n', 'x', 'y', 'z', 'i', 'j', 'k']);
const OPENERS = new Set(['Lpar', 'Lsqb', 'Lbrace']);
const CLOSERS = new Set(['Rpar', 'Rsqb', 'Rbrace']);

type NameRole = 'variable' | 'parameter' | 'function' | 'class';

/**
 * LF003: single-letter names for variables, parameters, functions and classes. Loop and
 * comprehension variables (`for i in ...`), lambda parameters, `as` targets and the parameters
 * mathematics names so (`n`, `x`, `y`...) are fine.
 * Each name is reported once, where it first appears.
 */
export function checkShortNames(tokens: readonly PyToken[]): ReviewFinding[] {
  const seen = new Map<string, { line: number; role: NameRole; better: string | null }>();
  const note = (token: PyToken | undefined, role: NameRole, better: string | null = null) => {
    if (
      token?.kind === 'Identifier' &&
      token.text.length === 1 &&
      !EXEMPT.has(token.text) &&
      !seen.has(token.text)
    )
      seen.set(token.text, { line: token.line, role, better });
  };
  for (const line of logicalLines(tokens)) {
    const first = line[0]?.kind === 'Async' ? 1 : 0;
    const head = line[first]?.kind;
    if (head === 'Def') {
      note(line[first + 1], 'function');
      for (const parameter of parameters(line)) {
        if (!MATH_PARAMETERS.has(parameter.text)) note(parameter, 'parameter');
      }
    } else if (head === 'Class') {
      note(line[first + 1], 'class');
    } else {
      const targets = assignmentTargets(line);
      const asked = targets.length === 1 ? nameFromPrompt(line) : null;
      for (const target of targets) note(target, 'variable', asked);
    }
  }
  return [...seen].map(([name, { line, role, better }]) => ({
    rule: 'LF003',
    line,
    column: 1,
    message: `The ${role} name ${inline(name)} is a single letter`,
    explanation: `A one-letter name says nothing about what it holds, so a reader has to work out what ${inline(name)} means from the code around it. In a short loop (\`for i in range(3)\`) that's fine; elsewhere a real name makes the code explain itself.`,
    suggestion:
      role === 'class'
        ? 'Name the class after what it models, e.g. `Student` or `BankAccount`.'
        : better
          ? `Name it after what it holds: your prompt asks for it, so ${inline(better)} would say it.`
          : `Name it after what it ${role === 'function' ? 'does, e.g. `average` or `print_report`' : 'holds, e.g. `width`, `count` or `price`'}.`,
    severity: 'info' as const,
  }));
}

/** The names in a `def` line's parameter list (depth 1 inside the parentheses). */
function parameters(line: readonly PyToken[]): PyToken[] {
  const found: PyToken[] = [];
  let depth = 0;
  let expectName = false;
  for (const token of line) {
    if (OPENERS.has(token.kind)) {
      depth++;
      expectName = depth === 1;
    } else if (CLOSERS.has(token.kind)) depth--;
    else if (depth === 1) {
      if (token.kind === 'Comma') expectName = true;
      else if (token.kind === 'Star' || token.kind === 'DoubleStar' || token.kind === 'Slash') continue;
      else {
        if (expectName) found.push(token);
        expectName = false;
      }
    }
  }
  return found;
}

/** The plain names an assignment statement binds: `x = ...`, `a, b = ...`, `x: int = 0` (not `obj.x`, `d[k]`). */
function assignmentTargets(line: readonly PyToken[]): PyToken[] {
  let depth = 0;
  const end = line.findIndex((token) => {
    if (OPENERS.has(token.kind)) depth++;
    else if (CLOSERS.has(token.kind)) depth--;
    return depth === 0 && (token.kind === 'Equal' || token.kind === 'Colon');
  });
  const starts = line[0]?.kind === 'Identifier' || line[0]?.kind === 'Lpar' || line[0]?.kind === 'Lsqb';
  const assigns = line[end]?.kind === 'Equal' || line.slice(end).some((t) => t.kind === 'Equal');
  if (!starts || end === -1 || !assigns) return [];
  const targets: PyToken[] = [];
  let subscript = 0;
  for (let i = 0; i < end; i++) {
    const token = line[i] as PyToken;
    if (token.kind === 'Lsqb') subscript++;
    else if (token.kind === 'Rsqb') subscript--;
    else if (token.kind === 'Identifier' && subscript === 0) {
      const before = line[i - 1]?.kind;
      const after = line[i + 1]?.kind;
      if (before !== 'Dot' && after !== 'Dot' && after !== 'Lpar' && after !== 'Lsqb') targets.push(token);
    }
  }
  return targets;
}

// Words of an `input()` prompt that ask rather than name: "Enter your age: " names `age`.
const PROMPT_FILLER = new Set(
  'a an the your my enter type please input give me what is are of in for how many much whats s you'.split(
    ' ',
  ),
);
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
// Names a prompt's words must not become: Python's keywords and the builtins a student shadows most.
const RESERVED = new Set(
  'and as class def del elif else except for from if import in is lambda not or pass return try while with yield dict float id input int len list max min print range set str sum type'.split(
    ' ',
  ),
);

/** A name for the value an assignment reads with `input("...")`, from the prompt's own words; null without one. */
function nameFromPrompt(line: readonly PyToken[]): string | null {
  const at = line.findIndex(
    (token, i) => token.kind === 'Identifier' && token.text === 'input' && line[i + 1]?.kind === 'Lpar',
  );
  const prompt = line[at + 2];
  if (at < 0 || prompt?.kind !== 'String') return null;
  const text = prompt.text.replace(/^[a-zA-Z]*(['"]{1,3})/, '').replace(/['"]{1,3}$/, '');
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !PROMPT_FILLER.has(word));
  if (words.length === 0 || words.length > 3) return null;
  const name = words.join('_');
  return IDENTIFIER.test(name) && name.length > 1 && !RESERVED.has(name) ? name : null;
}
