import type { ReviewFinding } from '@learnflow/contracts';
import { logicalLines, type PyToken } from './python-tokens.ts';

const MAX_STRENGTHS = 3;

interface Strength {
  /** True when the code shows this habit and no finding contradicts it. */
  shows(code: CodeFacts, rules: ReadonlySet<string>): boolean;
  text: string;
}

interface CodeFacts {
  kinds: ReadonlySet<string>;
  docstring: boolean;
  comprehension: boolean;
  assigns: boolean;
}

const none = (rules: ReadonlySet<string>, pattern: RegExp) => ![...rules].some((rule) => pattern.test(rule));

// In order of what matters most to a beginner; the review opens with the first three that hold.
const STRENGTHS: readonly Strength[] = [
  {
    shows: (code, rules) => code.kinds.has('Def') && none(rules, /^(?:LF00[12]|C901|PLR091[123])$/),
    text: 'Your functions are short and focused, with shallow nesting: easy to read and to test.',
  },
  {
    shows: (code, rules) => (code.assigns || code.kinds.has('Def')) && none(rules, /^(?:N8|E74|LF003|A00)/),
    text: "Your names are descriptive and follow Python's conventions (snake_case, CapWords for classes).",
  },
  {
    shows: (code, rules) => code.kinds.has('Except') && !rules.has('E722'),
    text: 'You catch specific exceptions instead of hiding every error.',
  },
  {
    shows: (code, rules) => code.kinds.has('With') && !rules.has('SIM115'),
    text: 'You use `with`, so files and resources are always closed for you.',
  },
  { shows: (code) => code.docstring, text: 'You wrote docstrings, so readers know what your code is for.' },
  {
    shows: (code, rules) => code.kinds.has('For') && none(rules, /^(?:LF004|SIM113|PLC0206)$/),
    text: 'Your loops go over the items directly, the Pythonic way.',
  },
  {
    shows: (code) => code.comprehension,
    text: 'You build collections with comprehensions, concise and clear.',
  },
  {
    shows: (code, rules) => code.kinds.has('FStringStart') && !rules.has('F541'),
    text: 'You use f-strings to build readable text.',
  },
  {
    shows: (code) => code.kinds.has('Rarrow'),
    text: 'You added type hints, which document what goes in and out.',
  },
  {
    shows: (code, rules) => (code.kinds.has('Import') || code.assigns) && none(rules, /^F(?:401|841|811)$/),
    text: 'No unused imports or variables: everything you write has a purpose.',
  },
  { shows: (code) => code.kinds.has('Comment'), text: 'You explain your thinking with comments.' },
];

/** What the code already does well: habits it shows that no finding contradicts. */
export function findStrengths(tokens: readonly PyToken[], findings: readonly ReviewFinding[]): string[] {
  const rules = new Set(findings.map((f) => f.rule));
  const lines = logicalLines(tokens);
  const facts: CodeFacts = {
    kinds: new Set(tokens.map((t) => t.kind)),
    docstring: lines.some(
      (line, i) => (line[0]?.kind === 'Def' || line[0]?.kind === 'Class') && isDocstring(lines[i + 1]),
    ),
    comprehension: hasComprehension(tokens),
    assigns: lines.some((line) => line.some((t) => t.kind === 'Equal')),
  };
  const found = STRENGTHS.filter((s) => s.shows(facts, rules)).map((s) => s.text);
  if (findings.length === 0) found.unshift('Ruff found nothing to flag: this is clean, readable Python.');
  return found.slice(0, MAX_STRENGTHS);
}

const isDocstring = (line: readonly PyToken[] | undefined) =>
  line?.length === 1 && line[0]?.kind === 'String';

function hasComprehension(tokens: readonly PyToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'Lsqb' || token.kind === 'Lbrace' || token.kind === 'Lpar') depth++;
    else if (token.kind === 'Rsqb' || token.kind === 'Rbrace' || token.kind === 'Rpar') depth--;
    else if (token.kind === 'For' && depth > 0) return true;
  }
  return false;
}
