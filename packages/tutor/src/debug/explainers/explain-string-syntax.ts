import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, onLine } from './wording.ts';

const smartQuotes: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'" };

/** Where a one-line string opens without closing, with the quote used; `null` when all strings close. */
function unclosedQuote(source: string): { at: number; quote: string } | null {
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '#') return null;
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) return { at: index, quote: char };
      index = end + 1;
    } else index += 1;
  }
  return null;
}

function unterminated(context: ErrorContext): Explained {
  const source = context.source?.trim() ?? '';
  const where = onLine(context.line);
  const open = unclosedQuote(source);
  const quote = open?.quote ?? '"';
  const other = quote === '"' ? "'" : '"';
  const rest = open ? source.slice(open.at + 1) : '';
  const before = open ? source.slice(0, open.at) : '';
  const word = /(?:^|[(\s,=+])([A-Za-z_][\w ,!?.]*)$/.exec(before);
  let kind: 'mixed' | 'missing-open' | 'missing-close' = 'missing-close';
  let fixed = source;
  if (open && rest.includes(other)) {
    kind = 'mixed';
    const close = open.at + 1 + rest.lastIndexOf(other);
    fixed = `${source.slice(0, close)}${quote}${source.slice(close + 1)}`;
  } else if (open && word?.[1] && /^\)?\s*$/.test(rest)) {
    kind = 'missing-open';
    const start = open.at - word[1].length;
    fixed = `${source.slice(0, start)}${quote}${source.slice(start)}`;
  } else if (open) {
    const tail = /\)+\s*$/.exec(source);
    fixed = tail ? `${source.slice(0, tail.index)}${quote}${source.slice(tail.index)}` : `${source}${quote}`;
  }
  const stories = {
    mixed: `the text starts with ${code(quote)} but ends with ${code(other)}. Both ends of a string must use the same kind of quote.`,
    'missing-open': `the text has a closing ${code(quote)} but no opening one, so Python reads the last ${code(quote)} as the start of a new string that never ends.`,
    'missing-close': `a string starts with ${code(quote)} but the line ends before a closing ${code(quote)}.`,
  };
  return {
    cause: `syntax.unterminated-string`,
    title: 'A piece of text (string) is missing a quote',
    what: `${capital(where)}, ${stories[kind]}`,
    why: 'Text in Python (a string) must start and end with the same quote, `"` or `\'`, on the same line. Without the closing quote Python reads the rest of the line as text and never finds its end.',
    hints: [
      `Look at the quotes ${where}: does every piece of text open and close?`,
      capital(stories[kind]),
      `Fix the quotes: ${code(fixed)}.`,
    ],
    details: { quote, problem: kind },
  };
}

function fString(context: ErrorContext): Explained {
  const { message } = context;
  const source = context.source?.trim() ?? '';
  const where = onLine(context.line);
  const fstring = /\b[fF][rR]?(['"])(.*)$/.exec(source);
  const quote = fstring?.[1] ?? '"';
  const inner = fstring?.[2] ?? '';
  const nested = new RegExp(`\\{[^}]*${quote}[^}]*\\}`).test(inner) || /unmatched '\['/.test(message);
  let cause = 'syntax.fstring';
  let problem = `something inside the \`{ }\` of the f-string isn't valid: ${code(message)}.`;
  let fix = 'Put a variable name or expression inside each `{ }`, and close every `{` with `}`.';
  if (nested) {
    cause = 'syntax.fstring-nested-quotes';
    problem = `inside the \`{ }\` you use ${code(quote)}, the same quote that surrounds the f-string, so Python thinks the f-string ends there. (Python 3.12 allows this, but the Python used here is 3.11.)`;
    fix = `Use the other kind of quote inside the braces, e.g. ${code(`f"{d['key']}"`)}.`;
  } else if (/expecting '}'/.test(message)) {
    cause = 'syntax.fstring-unclosed-brace';
    problem = 'a `{` in the f-string is never closed with `}`.';
    fix = 'Add the missing `}` right after the variable name.';
  } else if (/empty expression|valid expression required before '}'/.test(message)) {
    cause = 'syntax.fstring-empty-braces';
    problem = 'the f-string has empty braces `{}`; Python expects a variable or expression inside them.';
    fix = 'Put the variable inside the braces, e.g. `f"Hi {name}"`. To print a real `{`, write `{{`.';
  } else if (/single '}' is not allowed/.test(message)) {
    cause = 'syntax.fstring-single-brace';
    problem = 'the f-string has a `}` without a matching `{`.';
    fix = 'Add the matching `{` before the name, or write `}}` if you want to print a real `}`.';
  }
  return {
    cause,
    title: 'Problem inside an f-string',
    what: `${capital(where)}, ${problem}`,
    why: 'An f-string (text starting with `f"`) fills in values: `f"Hi {name}"` puts the value of `name` where `{name}` is. Everything between `{` and `}` must be valid Python.',
    hints: [`Look at the braces \`{ }\` inside the f-string ${where}.`, capital(problem), fix],
    details: { message },
  };
}

/** SyntaxErrors about text: unterminated strings, f-strings, curly “smart” quotes, invisible characters. */
export function explainStringSyntax(context: ErrorContext): Explained | null {
  const { message } = context;
  const where = onLine(context.line);
  const source = context.source?.trim() ?? '';
  if (/^unterminated string literal|^EOL while scanning string literal/.test(message))
    return unterminated(context);
  if (/^unterminated triple-quoted string|^EOF while scanning triple-quoted/.test(message)) {
    return {
      cause: 'syntax.unterminated-triple-string',
      title: 'A triple-quoted text is never closed',
      what: `${capital(where)}, a string starts with three quotes (${code('"""')} or ${code("'''")}), but the matching three quotes never come, so the rest of the file became part of the text.`,
      why: 'A triple-quoted string can span many lines, so Python keeps reading until it finds the same three quotes again.',
      hints: [
        `Find where the triple-quoted text ${where} should end.`,
        'The closing three quotes are missing (or use a different quote character).',
        'Add the same three quotes at the end of the text.',
      ],
      details: {},
    };
  }
  if (/^f-string/.test(message)) return fString(context);
  const invalid = /^invalid character '(.)' \(U\+([0-9A-Fa-f]+)\)/.exec(message);
  if (invalid) {
    const char = invalid[1] ?? '';
    const straight = smartQuotes[char];
    if (straight) {
      const fixed = [...source].map((c) => smartQuotes[c] ?? c).join('');
      return {
        cause: 'syntax.smart-quotes',
        title: `Curly quotes ${char} can't be used in code`,
        what: `${capital(where)}, the text uses curly quotes like ${code(char)}. These come from word processors, websites or phones; Python only understands straight quotes ${code('"')} and ${code("'")}.`,
        why: 'Code must be typed with the plain keyboard quotes. Copying code from a document or chat often turns them into “curly” ones.',
        hints: [
          `Look at the quote marks ${where}.`,
          `${code(char)} is a curly quote, not ${code(straight)}.`,
          `Retype them as straight quotes: ${code(fixed)}.`,
        ],
        details: { character: char, suggestion: straight },
      };
    }
    return {
      cause: 'syntax.invalid-character',
      title: `The character ${char} isn't allowed in Python code`,
      what: `${capital(where)}, there is a ${code(char)} (Unicode U+${invalid[2]}), which Python doesn't understand outside of text in quotes.${char === '–' || char === '—' ? ' It is a long dash; the minus sign is `-`.' : ''}${char === '×' ? ' Python multiplies with `*`.' : ''}${char === '÷' ? ' Python divides with `/`.' : ''}`,
      why: 'Code may only use the plain keyboard characters for operators and names; special characters are only allowed inside text in quotes.',
      hints: [
        `Find ${code(char)} ${where}.`,
        `${code(char)} is not a Python operator or letter.`,
        char === '–' || char === '—'
          ? 'Replace it with a normal minus `-`.'
          : 'Replace it with the plain character you meant, or put it inside quotes if it is text.',
      ],
      details: { character: char },
    };
  }
  const invisible = /^invalid non-printable character U\+([0-9A-Fa-f]+)/.exec(message);
  if (invisible) {
    return {
      cause: 'syntax.invisible-character',
      title: 'An invisible character is hiding in this line',
      what: `${capital(where)}, there is an invisible character (Unicode U+${invisible[1]}${invisible[1]?.toUpperCase() === '00A0' ? ', a non-breaking space' : ''}). It looks like a space or nothing at all, but Python can't read it.`,
      why: 'Copying code from a website, a PDF or a chat can bring along invisible special characters.',
      hints: [
        `The problem is ${where}, even if it looks fine.`,
        'An invisible character was copied in with the code.',
        'Delete the spaces in that line and retype them (or retype the whole line by hand).',
      ],
      details: { codePoint: `U+${invisible[1]}` },
    };
  }
  return null;
}
