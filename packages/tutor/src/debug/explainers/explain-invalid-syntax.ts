import { maskStrings } from '../source/mask-strings.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine, simple } from './wording.ts';

const keywords =
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  );

const ordinals: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** The rarer SyntaxError messages and the plain "invalid syntax", read from the student's line. */
export function explainInvalidSyntax(context: ErrorContext): Explained {
  const { message, line } = context;
  const where = onLine(line);
  const Where = capital(where);
  const source = context.source?.trim() ?? '';
  const masked = maskStrings(source);

  if (/^invalid syntax\. Perhaps you forgot a comma\?/.test(message)) {
    return simple(
      'syntax.missing-comma',
      'A comma seems to be missing',
      `${Where}, ${code(source)} has two values side by side with nothing between them.`,
      'Items in a list, and values passed to a function, are separated by commas: `print("Age:", age)`, `[1, 2, 3]`.',
      [
        `Look between the values ${where}.`,
        'Two values are next to each other without a comma (or an operator like `+`) between them.',
        'Add a comma between them (or `+` if you meant to join them).',
      ],
    );
  }
  const outside = /^'(return|break|continue)' (?:outside|not properly in)/.exec(message)?.[1];
  if (outside) {
    const isReturn = outside === 'return';
    return simple(
      isReturn ? 'syntax.return-outside-function' : 'syntax.outside-loop',
      `\`${outside}\` is used outside ${isReturn ? 'a function' : 'a loop'}`,
      `${Where}, ${code(source)} is not inside ${isReturn ? 'a function (`def`)' : 'a loop (`for` or `while`)'}, so \`${outside}\` has nothing to ${isReturn ? 'return from' : outside === 'break' ? 'stop' : 'skip to'}.`,
      isReturn
        ? '`return` ends a function and hands back a value; it only makes sense between the indented lines of a `def`. Often the line has lost its indentation.'
        : `\`${outside}\` controls a loop, so it must be inside the indented body of a \`for\` or \`while\`. Often the line has lost its indentation.`,
      [
        `Check the indentation of ${lineRef(line)} compared to the ${isReturn ? '`def`' : 'loop'} above it.`,
        `${code(outside)} is not indented inside ${isReturn ? 'the function' : 'the loop'}.`,
        isReturn
          ? 'Indent it so it lines up with the other lines of the function body, or use `print(...)` if you are not in a function.'
          : 'Indent it into the loop body, or remove it.',
      ],
      { keyword: outside },
    );
  }
  if (/^invalid decimal literal/.test(message) && /\b\d+[A-Za-z_]\w*/.test(masked)) {
    const name = /\b(\d+[A-Za-z_]\w*)/.exec(masked)?.[1] ?? '';
    return simple(
      'syntax.name-starts-with-digit',
      `The name \`${name}\` starts with a digit`,
      `${Where}, ${code(name)} looks like a variable name, but it starts with a digit.`,
      'Variable names may contain letters, digits and `_`, but must not start with a digit: `first`, `place_1` are fine, `1st` is not.',
      [
        `Look at ${code(name)} ${where}.`,
        "Names can't start with a digit.",
        `Rename it, e.g. ${code(ordinals[name.toLowerCase()] ?? name.replace(/^(\d+)(.*)$/, '$2_$1').replace(/^_/, ''))}.`,
      ],
      { name },
    );
  }
  if (/^leading zeros in decimal integer literals/.test(message)) {
    return simple(
      'syntax.leading-zero',
      "Numbers can't start with 0",
      `${Where}, a number starts with ${code('0')}, like ${code('007')}.`,
      "Python doesn't allow leading zeros in whole numbers. Things like phone numbers or codes are really text, so they belong in quotes.",
      [
        `Find the number starting with 0 ${where}.`,
        "Whole numbers can't be written with a leading 0.",
        'Remove the leading zero, or write it as text in quotes (e.g. `"0612"`).',
      ],
    );
  }
  if (/^expected 'except' or 'finally' block/.test(message)) {
    return simple(
      'syntax.try-without-except',
      '`try:` needs an `except:` after its block',
      `${Where}, the \`try:\` block ends, but no ${code('except ...:')} (or ${code('finally:')}) follows it.`,
      '`try:` runs risky code; `except SomeError:` right after its indented block says what to do if it fails. One without the other is incomplete.',
      [
        'Look at the lines after the `try:` block.',
        'The `except` part is missing or not lined up with `try`.',
        'Add `except ValueError:` (or the error you expect) at the same indentation as `try:`, with an indented line under it.',
      ],
    );
  }
  if (/^positional argument follows keyword argument/.test(message)) {
    return simple(
      'syntax.argument-order',
      'Plain values must come before `name=value` ones',
      `${Where}, a call passes a plain value after a keyword argument (a \`name=value\` one).`,
      'In a call, values given by position come first, then the ones given by name: `print("a", "b", sep="-")`.',
      [
        `Look at the order of the values in the call ${where}.`,
        'A plain value comes after a `name=value`.',
        'Move the `name=value` ones to the end of the call.',
      ],
    );
  }
  if (
    /^(?:non-default argument follows default argument|parameter without a default follows parameter with a default)/.test(
      message,
    )
  ) {
    return simple(
      'syntax.default-order',
      'Parameters with defaults must come last',
      `${Where}, ${code(source)} lists a parameter without a default after one with a default (\`name=value\`).`,
      'Python fills parameters from left to right, so the optional ones (with defaults) must come after all required ones.',
      [
        `Look at the parameters in ${code(source)}.`,
        'A required parameter comes after an optional one.',
        'Move the parameters with `=default` to the end.',
      ],
    );
  }
  if (/^unexpected character after line continuation character/.test(message)) {
    return simple(
      'syntax.backslash',
      'A backslash `\\` is used outside of text',
      `${Where}, there is a ${code('\\')} outside of quotes.`,
      'Outside of text, `\\` only means "this line continues on the next one". Dividing uses `/`, and file paths belong inside quotes.',
      [
        `Find the ${code('\\')} ${where}.`,
        `${code('\\')} is not an operator in Python.`,
        'Use `/` to divide, or put the text containing `\\` in quotes.',
      ],
    );
  }
  if (/^expected '\('/.test(message) && /^def\b/.test(masked)) {
    return simple(
      'syntax.def-missing-parens',
      'A function definition needs brackets `()`',
      `${Where}, ${code(source)} defines a function without round brackets after its name.`,
      'Every function definition has brackets for its parameters, even when it has none: `def greet():`.',
      [
        `Look just after the function name ${where}.`,
        'The `()` are missing.',
        `Write ${code(source.replace(/^def\s+(\w+)\s*:?/, 'def $1():'))}.`,
      ],
    );
  }

  const keywordName = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(masked)?.[1];
  if (keywordName && keywords.includes(keywordName)) {
    return simple(
      'syntax.keyword-as-name',
      `\`${keywordName}\` is a Python keyword and can't be a variable name`,
      `${Where}, you use ${code(keywordName)} as a variable name, but it is one of Python's reserved words.`,
      "Keywords such as `class`, `for`, `if`, `return` and `in` have a fixed meaning in Python, so they can't be used as names.",
      [
        `Look at the name on the left of ${code('=')} ${where}.`,
        `${code(keywordName)} is a reserved word.`,
        `Choose another name, e.g. ${code(`${keywordName}_name`)} or ${code(`my_${keywordName}`)}.`,
      ],
      { name: keywordName },
    );
  }
  const increment = /(\w+)\s*(\+\+|--)\s*$/.exec(masked);
  const checks: {
    pattern: RegExp;
    cause: string;
    title: string;
    why: string;
    fix: string;
    shown: string;
    what?: string;
  }[] = [
    {
      pattern: /===|!==/,
      cause: 'syntax.triple-equals',
      title: 'Python compares with `==`, not `===`',
      why: '`===` comes from JavaScript. In Python, `==` already compares values.',
      fix: 'Use `==` (and `!=` for "not equal").',
      shown: masked.includes('!==') ? '!==' : '===',
    },
    {
      pattern: /&&|\|\|/,
      cause: 'syntax.other-language-operator',
      title: 'Python writes `and` / `or`, not `&&` / `||`',
      why: 'Python uses the words `and`, `or` and `not` to combine conditions.',
      fix: 'Replace `&&` with `and` and `||` with `or`.',
      shown: masked.includes('&&') ? '&&' : '||',
    },
    {
      pattern: /\w\s*(?:\+\+|--)\s*$/,
      cause: 'syntax.increment',
      title: 'Python has no `++` or `--`',
      why: 'To add 1 to a variable in Python, write `x += 1` (or `x = x + 1`).',
      fix: `Write ${code(`${increment?.[1] ?? 'x'} ${increment?.[2] === '--' ? '-' : '+'}= 1`)}.`,
      shown: increment?.[2] ?? '++',
    },
    {
      pattern: /^!\s*\w|\(\s*!\s*\w/,
      cause: 'syntax.other-language-operator',
      title: 'Python writes `not`, not `!`',
      why: 'Python negates a condition with the word `not`: `if not done:`.',
      fix: 'Replace `!` with `not ` (keep `!=` for "not equal").',
      shown: '!',
    },
    {
      pattern: /\/\/\s*[A-Za-z]+\s+[A-Za-z]/,
      cause: 'syntax.wrong-comment',
      title: 'Comments in Python start with `#`',
      why: '`//` is whole-number division in Python; comments start with `#`.',
      fix: 'Replace `//` with `#` to start the comment.',
      shown: '//',
    },
    {
      pattern: /[{]\s*$|^\s*}\s*$/,
      cause: 'syntax.braces',
      title: 'Python uses `:` and indentation, not `{ }`',
      why: 'Blocks in Python start with a colon `:` at the end of the line; the indented lines below form the block. Curly braces make dictionaries and sets instead.',
      fix: 'Replace the `{` with `:`, remove the `}`, and indent the lines inside the block.',
      shown: masked.trim() === '}' ? '}' : '{',
    },
    {
      pattern: /^for\s+\w+(?:\s*,\s*\w+)*\s+(?!in\b)\w/,
      cause: 'syntax.for-missing-in',
      title: 'A `for` loop needs `in`',
      why: 'A loop is written `for item in collection:`, for example `for i in range(5):`.',
      fix: 'Add `in` between the loop variable and what you loop over.',
      shown: 'in',
      what: `${Where}, ${code(source)} has no \`in\` between the loop variable and what it loops over.`,
    },
    {
      pattern: /[-+*/%=,]\s*$|\b(?:and|or|not)\s*$/,
      cause: 'syntax.incomplete-expression',
      title: 'The line ends in the middle of an expression',
      why: 'The line ends with an operator or comma, so Python expects something after it.',
      fix: 'Finish the expression (add the missing value), or remove the extra operator at the end.',
      shown: /(\S+)\s*$/.exec(masked)?.[1] ?? '',
    },
  ];
  const check = checks.find((candidate) => candidate.pattern.test(masked));
  if (check) {
    return simple(
      check.cause,
      check.title,
      check.what ?? `${Where}, ${code(source)} uses ${code(check.shown)}, which Python can't read there.`,
      check.why,
      [`Look at ${code(check.shown)} ${where}.`, `${check.title}.`, check.fix],
      { found: check.shown },
    );
  }
  return simple(
    'syntax.invalid',
    "Python can't read this line",
    `${Where}, Python found something it can't make sense of${source ? ` in ${code(source)}` : ''}${message && message !== 'invalid syntax' ? `: ${message}` : ''}. Because of this, none of your program ran.`,
    'Before running anything, Python reads the whole file to check its grammar (the syntax). Sometimes the real mistake is at the end of the line before, e.g. a missing bracket, quote or colon.',
    [
      `Look at ${lineRef(line)} and the end of the line before it.`,
      'Check for a missing or extra bracket, quote, colon, comma or operator, and for words that are not Python.',
      'Compare the line with a working example of the same kind of statement and fix the part that differs.',
    ],
    { message },
  );
}
