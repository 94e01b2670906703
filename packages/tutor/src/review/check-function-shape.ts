import type { ReviewFinding } from '@learnflow/contracts';
import { isLayout, type PyToken } from './python-tokens.ts';
import { LIMITS } from './ruff-settings.ts';
import { inline, snippet } from './rule-advice.ts';

const CONTROL = new Set(['If', 'Elif', 'Else', 'For', 'While', 'With', 'Try', 'Except', 'Finally', 'Match']);

interface Block {
  kind: string;
  line: number;
}

interface Scope {
  name: string;
  line: number;
  /** Index in the block stack of the scope's own block (-1 for the module). */
  base: number;
  statements: number;
  maxDepth: number;
  deepLine: number | null;
}

/**
 * LF001 (a function longer than `LIMITS.functionStatements` statements) and LF002 (blocks
 * nested deeper than `LIMITS.nestingDepth` inside one function or the module), from the
 * INDENT/DEDENT structure of the tokens.
 */
export function checkFunctionShape(tokens: readonly PyToken[]): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const blocks: Block[] = [];
  const scopes: Scope[] = [newScope('your code', 1, -1)];
  let header: Block | null = null;
  let previous: Block | null = null;
  let defName: string | null = null;
  let pendingName: string | null = null;
  for (const token of tokens) {
    if (token.kind === 'Newline') {
      if (header) for (const scope of scopes.slice(1)) scope.statements++;
      previous = header;
      pendingName = header?.kind === 'Def' ? defName : null;
      header = null;
      defName = null;
    } else if (token.kind === 'Indent') {
      const opened = previous ?? { kind: '?', line: token.line };
      blocks.push(opened);
      if (opened.kind === 'Def')
        scopes.push(newScope(pendingName ?? 'function', opened.line, blocks.length - 1));
      else if (CONTROL.has(opened.kind)) measureDepth(scopes.at(-1) as Scope, blocks, opened.line);
    } else if (token.kind === 'Dedent') {
      blocks.pop();
      const scope = scopes.at(-1) as Scope;
      if (scope.base === blocks.length) findings.push(...closeScope(scopes.pop() as Scope));
    } else if (!isLayout(token)) {
      if (!header && token.kind !== 'Async') header = { kind: token.kind, line: token.line };
      else if (header?.kind === 'Def' && defName === null && token.kind === 'Identifier')
        defName = token.text;
    }
  }
  while (scopes.length > 0) findings.push(...closeScope(scopes.pop() as Scope));
  return findings;
}

function newScope(name: string, line: number, base: number): Scope {
  return { name, line, base, statements: 0, maxDepth: 0, deepLine: null };
}

function measureDepth(scope: Scope, blocks: readonly Block[], line: number) {
  const depth = blocks.slice(scope.base + 1).filter((b) => CONTROL.has(b.kind)).length;
  if (depth > LIMITS.nestingDepth && scope.deepLine === null) scope.deepLine = line;
  scope.maxDepth = Math.max(scope.maxDepth, depth);
}

function closeScope(scope: Scope): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const where = scope.base === -1 ? scope.name : inline(`${scope.name}()`);
  if (scope.deepLine !== null) {
    findings.push({
      rule: 'LF002',
      line: scope.deepLine,
      column: 1,
      message: `${capitalize(where)} nests blocks ${scope.maxDepth} levels deep (more than ${LIMITS.nestingDepth})`,
      explanation: `Here an \`if\`, loop, \`with\` or \`try\` sits inside ${scope.maxDepth - 1} others. Each level is one more condition to keep in your head, so deeply nested code is hard to follow and to test.`,
      suggestion: `Return or \`continue\` early for the special cases, or move the inner part into its own function:${snippet('for order in orders:\n    if not order.paid:\n        continue\n    ship(order)')}`,
      severity: 'warning',
    });
  }
  if (scope.base !== -1 && scope.statements > LIMITS.functionStatements) {
    findings.push({
      rule: 'LF001',
      line: scope.line,
      column: 1,
      message: `${where} is ${scope.statements} statements long (more than ${LIMITS.functionStatements})`,
      explanation: `A function that does one job is easy to name, read and test. At ${scope.statements} statements, ${where} probably does several jobs at once.`,
      suggestion:
        'Find the steps it goes through (read the input, compute, print) and give each step its own small function with a clear name.',
      severity: 'warning',
    });
  }
  return findings;
}

const capitalize = (text: string) => (text.startsWith('`') ? text : text[0]?.toUpperCase() + text.slice(1));
