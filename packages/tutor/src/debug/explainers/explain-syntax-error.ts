import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { explainInvalidSyntax } from './explain-invalid-syntax.ts';
import { explainStringSyntax } from './explain-string-syntax.ts';
import { capital, code, lineRef, onLine, simple } from './wording.ts';

const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const names: Record<string, string> = { '(': 'round bracket', '[': 'square bracket', '{': 'curly brace' };
const bracketName = (char: string) =>
  names[char] ?? names[Object.keys(closing).find((k) => closing[k] === char) ?? ''] ?? 'bracket';

/** SyntaxError: code Python can't read at all, so nothing ran. */
export function explainSyntaxError(context: ErrorContext): Explained {
  const { message, line } = context;
  const where = onLine(line);
  const source = context.source?.trim() ?? '';
  const masked = maskStrings(source);
  const strings = explainStringSyntax(context);
  if (strings) return strings;

  const parens = /^Missing parentheses in call to '(\w+)'/.exec(message)?.[1];
  if (parens) {
    const rest = source.replace(new RegExp(`^${parens}\\s*`), '');
    const fixed = `${parens}(${rest})`;
    return simple(
      'syntax.print-statement',
      `\`${parens}\` needs brackets: \`${parens}(...)\``,
      `${capital(where)}, you wrote ${code(source)}. In Python 3, ${code(parens)} is a function, so ${parens === 'print' ? 'what it should show' : 'its argument'} goes inside round brackets.`,
      'Old Python 2 code wrote `print "hi"`. Since Python 3, print is a function like any other, and functions are called with `( )`.',
      [
        `Look at ${code(parens)} ${where}.`,
        `The round brackets after ${code(parens)} are missing.`,
        `Write ${code(fixed)}.`,
      ],
      { function: parens },
    );
  }
  if (/^expected ':'/.test(message)) {
    if (/^else\s+if\b/.test(masked)) {
      return simple(
        'syntax.else-if',
        'Python writes `elif`, not `else if`',
        `${capital(where)}, you wrote ${code(source)}. Python's word for "else if" is ${code('elif')}.`,
        'An `if` can be followed by any number of `elif condition:` branches and one final `else:` (with no condition).',
        [
          `Look at the start of the line ${where}.`,
          `${code('else if')} is not how Python spells it.`,
          `Write ${code(source.replace(/^else\s+if\b/, 'elif'))}.`,
        ],
      );
    }
    if (/^else\s+[^\s:]/.test(masked)) {
      return simple(
        'syntax.else-with-condition',
        '`else` takes no condition — use `elif` for that',
        `${capital(where)}, you wrote ${code(source)}. \`else:\` means "in every other case", so nothing may come between \`else\` and the colon.`,
        'An `if` can have `elif condition:` branches for other conditions, and one final `else:` with no condition for everything left over.',
        [
          `Look at what follows \`else\` ${where}.`,
          '`else` must be followed directly by `:`.',
          `Write ${code(source.replace(/^else\b/, 'elif'))}, or ${code('else:')} if no condition is needed.`,
        ],
      );
    }
    if (!source) {
      return simple(
        'syntax.missing-colon',
        'A colon `:` is missing at the end of a line',
        `${capital(where)}, a line that starts a block (\`if\`, \`for\`, \`while\`, \`def\`...) doesn't end with a colon ${code(':')}.`,
        'Lines that start a block end with `:`. The colon says "the indented lines below belong to me".',
        [
          `Look at the very end of ${lineRef(line)}.`,
          'The colon `:` at the end is missing.',
          'Add `:` at the end of that line.',
        ],
      );
    }
    const keyword = /^(if|elif|else|for|while|def|class|try|except|finally|with)\b/.exec(masked)?.[1];
    const fixed = `${source.replace(/\s*(#.*)?$/, '')}:`;
    return simple(
      'syntax.missing-colon',
      `A colon \`:\` is missing at the end of ${keyword ? `the \`${keyword}\` line` : 'this line'}`,
      `${capital(where)}, ${code(source)} starts ${keyword ? `${/^[aeiou]/.test(keyword) ? 'an' : 'a'} ${code(keyword)} block` : 'a block'}, so it must end with a colon ${code(':')}.`,
      'Lines that start a block (`if`, `elif`, `else`, `for`, `while`, `def`, `class`, `try`...) end with `:`. The colon says "the indented lines below belong to me".',
      [
        `Look at the very end of ${line === null ? 'the line' : `line ${line}`}.`,
        `The colon ${code(':')} at the end is missing.`,
        `Add it: ${code(fixed)}.`,
      ],
      keyword ? { keyword } : {},
    );
  }
  const neverClosed = /^'(.)' was never closed/.exec(message)?.[1];
  if (neverClosed) {
    const close = closing[neverClosed] ?? ')';
    return simple(
      'syntax.unclosed-bracket',
      `A \`${neverClosed}\` is opened but never closed`,
      `${capital(where)}, a ${bracketName(neverClosed)} ${code(neverClosed)} opens, but its closing ${code(close)} never comes. Python reads on into the next lines looking for it.`,
      'Every opening bracket needs a matching closing one: `(` with `)`, `[` with `]`, `{` with `}`. Python shows the line where the bracket was opened.',
      [
        `Count the ${code(neverClosed)} and ${code(close)} ${where}.`,
        `There is one ${code(neverClosed)} more than ${code(close)}.`,
        `Add the missing ${code(close)} where the bracket's contents end${/\($/.test(masked) ? '' : `, e.g. ${code(`${source}${close}`)}`}.`,
      ],
      { bracket: neverClosed, closing: close },
    );
  }
  const mismatch = /^closing parenthesis '(.)' does not match opening parenthesis '(.)'/.exec(message);
  if (mismatch) {
    const [, got = ')', opened = '('] = mismatch;
    return simple(
      'syntax.mismatched-bracket',
      `\`${opened}\` is closed with \`${got}\``,
      `${capital(where)}, a ${bracketName(opened)} ${code(opened)} is closed with a ${bracketName(got)} ${code(got)}.`,
      'Brackets come in pairs of the same kind: `(` with `)`, `[` with `]`, `{` with `}`, and the last one opened is the first one closed.',
      [
        `Match up the brackets ${where} one pair at a time.`,
        `${code(opened)} needs ${code(closing[opened] ?? ')')}, not ${code(got)}.`,
        `Close ${code(opened)} with ${code(closing[opened] ?? ')')} (check whether a bracket is missing before it).`,
      ],
      { opened, got },
    );
  }
  const unmatched = /^unmatched '(.)'/.exec(message)?.[1];
  if (unmatched) {
    return simple(
      'syntax.unmatched-bracket',
      `An extra \`${unmatched}\` has no opening partner`,
      `${capital(where)}, there is a closing ${code(unmatched)} that was never opened.`,
      'Every closing bracket must match an earlier opening bracket of the same kind.',
      [
        `Count the opening and closing brackets ${where}.`,
        `There is one ${code(unmatched)} too many.`,
        `Remove the extra ${code(unmatched)}, or add the missing opening bracket where it belongs.`,
      ],
      { bracket: unmatched },
    );
  }
  if (/Maybe you meant '==' /.test(message)) {
    const isCondition = /^(?:if|elif|while)\b/.test(masked) || /^invalid syntax/.test(message);
    if (isCondition) {
      const fixed = source.replace(/(?<![=!<>:+\-*/%])=(?!=)/, '==');
      return simple(
        'syntax.assign-vs-compare',
        'Use `==` to compare, not `=`',
        `${capital(where)}, ${code(source)} uses a single ${code('=')} in a condition. One ${code('=')} stores a value in a variable; comparing needs two: ${code('==')}.`,
        '`x = 5` means "put 5 into x". `x == 5` asks "is x equal to 5?" and gives True or False, which is what an `if` or `while` needs.',
        [
          `Look at the ${code('=')} in the condition ${where}.`,
          `A single ${code('=')} assigns; a condition needs ${code('==')}.`,
          `Write ${code(fixed)}.`,
        ],
      );
    }
    const literal = /cannot assign to literal/.test(message);
    return simple(
      literal ? 'syntax.assign-to-literal' : 'syntax.assign-to-expression',
      'The variable name must be on the left of `=`',
      `${capital(where)}, ${code(source)} has ${literal ? 'a fixed value' : 'an expression (a calculation or a call)'} on the left of ${code('=')}. Python can only store a value into a variable name.`,
      '`=` takes the value on the right and stores it in the name on the left: `total = 5`. Swapped round (`5 = total`) has no meaning. To compare, use `==`.',
      [
        `Look at what is on the left of ${code('=')} ${where}.`,
        `The left side is not a plain variable name.`,
        literal
          ? `Swap the sides: ${code(
              source
                .split('=')
                .map((s) => s.trim())
                .reverse()
                .join(' = '),
            )}, or use ${code('==')} to compare.`
          : `Put a variable name on the left (e.g. ${code('result = ...')}), or use ${code('==')} if you meant to compare.`,
      ],
    );
  }
  return explainInvalidSyntax(context);
}
