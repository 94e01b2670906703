const BLOCK_HEADER = /^(?:if|elif|else|for|while|def|class|try|except|finally|with)\b/;
const ASSIGNMENT_IN_CONDITION = /^(?:if|elif|while)\b[^=!<>]*[^=!<>]=[^=]/;
const PYTHON2_PRINT = /^print\s+["'\w]/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
// A comment in the student's code saying what they expected or that something is off.
const EXPECTATION_COMMENT =
  /#.*\b(?:should|expected?|expecting|wrong|error|bug|why|doesn'?t|not working|instead|supposed)\b|#\s*(?:\[|\(|\d)/i;

/** What a static look at attached Python code shows, without running it. */
export interface CodeInspection {
  /** A mistake Python would reject: a block header without `:`, `=` in a condition, unbalanced brackets. */
  broken: boolean;
  /** A comment stating an expected result or a problem ("# should be 45", "# [2, 2, 2]"). */
  expectation: boolean;
}

/** Inspects `code` line by line; strings are blanked first so their contents never count as syntax. */
export function inspectCode(code: string): CodeInspection {
  const lines = code.split('\n').map((line) => blankStrings(line));
  let broken = !bracketsBalance(lines.join('\n').replace(/#.*$/gm, ''));
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    if (BLOCK_HEADER.test(line) && !line.includes(':')) broken = true;
    if (ASSIGNMENT_IN_CONDITION.test(line) || PYTHON2_PRINT.test(line)) broken = true;
  }
  return { broken, expectation: EXPECTATION_COMMENT.test(code) };
}

function blankStrings(line: string): string {
  return line.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""');
}

function bracketsBalance(code: string): boolean {
  const stack: string[] = [];
  for (const char of code) {
    if (char === '(' || char === '[' || char === '{') stack.push(char);
    const opener = PAIRS[char];
    if (opener !== undefined && stack.pop() !== opener) return false;
  }
  return stack.length === 0;
}
