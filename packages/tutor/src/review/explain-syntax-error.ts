import type { Diagnostic } from '@astral-sh/ruff-wasm-nodejs';
import type { ReviewFinding } from '@learnflow/contracts';
import { findUnclosedBracket } from './find-unclosed-bracket.ts';
import { inline, snippet } from './rule-advice.ts';

interface SyntaxContext {
  message: string;
  line: number;
  column: number;
  /** The offending line, without its indentation. */
  source: string;
  code: string;
}

interface SyntaxAdvice {
  explanation: string;
  suggestion: string;
  /** Where the mistake really is when Python notices it later (an unclosed bracket). */
  line?: number;
}

type SyntaxCase = (context: SyntaxContext) => SyntaxAdvice | null;

const ALWAYS =
  'Python reads the whole file before running any of it, so this one mistake stops the program before its first line runs.';
const BLOCK_START = /^(?:if|elif|else|for|while|def|class|try|except|finally|with|match|case)\b/;
const KEYWORD_NAME =
  /^(class|def|lambda|return|import|from|global|pass|break|continue|in|is|not|and|or|if|else|for|while|with|try|yield|True|False|None)\s*=/;

const CASES: readonly SyntaxCase[] = [
  ({ message, source }) => {
    if (!/Expected an identifier|Invalid assignment target|Expected a parameter/.test(message)) return null;
    const keyword = KEYWORD_NAME.exec(source)?.[1];
    return keyword
      ? {
          explanation: `${inline(keyword)} is a Python keyword, a word with a fixed meaning, so it cannot be used as a variable name.`,
          suggestion: `Choose another name, e.g. ${inline(`my_${keyword.toLowerCase()}`)} or something that says what it holds.`,
        }
      : null;
  },
  ({ message, source }) =>
    /Expected `:`, found `=`/.test(message) || /^(?:if|elif|while)\b[^=!<>]*[^=!<>]=[^=]/.test(source)
      ? {
          explanation: '`=` gives a variable a value; to *compare* two values Python uses `==`.',
          suggestion: `Use \`==\` in the condition:${snippet('if answer == 42:\n    print("Correct!")')}`,
        }
      : null,
  ({ message }) =>
    /found `if`/.test(message)
      ? {
          explanation: 'Python spells "else if" as one word: `elif`.',
          suggestion: `Write \`elif\`:${snippet('if x == 1:\n    ...\nelif x == 2:\n    ...')}`,
        }
      : null,
  ({ message, source }) =>
    /Expected `:`/.test(message) || (BLOCK_START.test(source) && !source.includes(':'))
      ? {
          explanation:
            'A line that starts a block (`if`, `for`, `while`, `def`, `class`, `else`...) must end with a colon `:`. The colon tells Python "the indented block starts here".',
          suggestion: `Add the colon at the end of the line:${snippet('for name in names:\n    print(name)')}`,
        }
      : null,
  ({ message }) =>
    /Expected an indented block/.test(message)
      ? {
          explanation:
            'After a line ending in `:`, Python expects the lines of that block to be indented. Indentation is how Python knows which lines belong inside the `if`, loop or function.',
          suggestion: `Indent the block's lines by 4 spaces:${snippet('def greet():\n    print("Hello")')}`,
        }
      : null,
  ({ message }) =>
    /Unexpected indentation/.test(message)
      ? {
          explanation:
            'This line is indented more than the one before it, but nothing opened a new block there. In Python, indentation has meaning: it shows which lines belong to an `if`, a loop or a function.',
          suggestion:
            'Line it up with the lines around it (or end the line above with `:` if it should start a block).',
        }
      : null,
  ({ message }) =>
    /unindent does not match|mixing tabs|inconsistent use of tabs/i.test(message)
      ? {
          explanation:
            "This line's indentation doesn't line up with any block above it: it is indented by a different number of spaces, or mixes tabs and spaces.",
          suggestion:
            'Indent with 4 spaces per level, and line this line up exactly with the block it belongs to.',
        }
      : null,
  ({ source }) =>
    /^print\s+[^\s(=]/.test(source)
      ? {
          explanation: 'In Python 3, `print` is a function, so what you print goes in parentheses.',
          suggestion: `Add parentheses:${snippet('print("Hello, world!")')}`,
        }
      : null,
  ({ message }) =>
    /missing closing quote|unterminated/i.test(message)
      ? {
          explanation:
            'A string is opened with a quote but never closed, so Python reads the rest of the line as text. The closing quote must be the same kind as the opening one.',
          suggestion: 'Close the string with the same quote it starts with: `"Hello"` or `\'Hello\'`.',
        }
      : null,
  ({ message, line, code }) => {
    if (!/unexpected EOF|Expected `[)\]},]`|Expected dedent|Expected a statement/.test(message)) return null;
    const open = findUnclosedBracket(code, line);
    if (!open) return null;
    return {
      line: open.line,
      explanation: `The ${inline(open.char)} opened on line ${open.line} is never closed, so Python keeps reading the next lines as part of it and only notices the problem on line ${line}.`,
      suggestion: `Add the matching ${inline({ '(': ')', '[': ']', '{': '}' }[open.char] ?? ')')} where that expression should end.`,
    };
  },
  ({ message, source, column }) =>
    /Expected a statement/.test(message) &&
    /^[)\]}]/.test(source.slice(Math.max(0, column - 1 - indentOf(source))))
      ? {
          explanation: 'There is a closing bracket too many: it has no opening bracket to match.',
          suggestion: 'Count the brackets on the line and remove the extra one.',
        }
      : null,
  ({ message, source }) =>
    /Expected a statement/.test(message) && /^(?:else|elif|except|finally)\b/.test(source)
      ? {
          explanation: `${inline(source.split(/[\s:]/)[0] ?? 'else')} must follow an \`if\` (or \`try\`) block, lined up at exactly the same indentation.`,
          suggestion: 'Check the indentation: the `else` line starts at the same column as its `if`.',
        }
      : null,
  ({ message }) =>
    /Expected `,`, found/.test(message)
      ? {
          explanation: 'Items in a list, or arguments in a call, must be separated by commas.',
          suggestion: 'Add the missing comma: `print("Total:", total)`.',
        }
      : null,
  ({ source }) =>
    /\w\s*(?:\+\+|--)\s*$/.test(source)
      ? {
          explanation: 'Python has no `++` or `--` operators.',
          suggestion: 'Write `count += 1` (or `count -= 1`).',
        }
      : null,
  ({ message }) =>
    /Invalid (?:annotated )?assignment target/.test(message)
      ? {
          explanation:
            'The left side of `=` must be a name (or an item like `scores[0]`) that can receive a value. To compare two values, use `==`.',
          suggestion: 'Put the variable on the left: `total = price + tax`.',
        }
      : null,
  ({ message }) =>
    /Parameter without a default cannot follow/.test(message)
      ? {
          explanation: 'Arguments with a default value must come after all the arguments without one.',
          suggestion: 'Reorder them: `def greet(name, greeting="Hello"):`.',
        }
      : null,
  ({ message }) =>
    /Expected an expression/.test(message)
      ? {
          explanation:
            'Something is missing here: Python expected a value (a number, a name, a call...), for example after an operator or an `=`.',
          suggestion: 'Complete the expression, e.g. `total = price + tax`.',
        }
      : null,
];

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The first syntax error of code that does not parse, explained for a beginner. */
export function explainSyntaxError(code: string, errors: readonly Diagnostic[]): ReviewFinding {
  const first = [...errors].sort(
    (a, b) =>
      a.start_location.row - b.start_location.row || a.start_location.column - b.start_location.column,
  )[0] as Diagnostic;
  const line = first.start_location.row;
  const context: SyntaxContext = {
    message: first.message,
    line,
    column: first.start_location.column,
    source: (code.split('\n')[line - 1] ?? '').trim(),
    code,
  };
  const advice = CASES.reduce<SyntaxAdvice | null>((found, test) => found ?? test(context), null) ?? {
    explanation: `Python could not understand this line: ${first.message.replace(/\.$/, '')}.`,
    suggestion:
      'Look closely at this line and the one just before it: a missing bracket, quote, colon or comma is the usual cause.',
  };
  const at = advice.line ?? line;
  return {
    rule: 'syntax-error',
    line: at,
    column: at === line ? first.start_location.column : 1,
    message: `Syntax error: ${first.message}`,
    explanation: `${advice.explanation} ${ALWAYS}`,
    suggestion: advice.suggestion,
    severity: 'error',
  };
}
