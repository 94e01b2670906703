import { indentWidth } from '../source/indent-width.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { code, plural } from './wording.ts';

const why =
  'Python uses indentation (the spaces at the start of a line) to know which lines belong together: the lines inside an `if`, a loop or a function are indented one step further than the line with the colon. The usual step is 4 spaces.';

/** IndentationError and TabError: a missing, unexpected or uneven indent, or tabs mixed with spaces. */
export function explainIndentationError(context: ErrorContext): Explained {
  const { message, line, lines } = context;
  const source = context.source ?? '';
  const text = source.trim();
  const width = indentWidth(source);
  const above = lines
    .slice(0, Math.max(0, (line ?? 1) - 1))
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const previous = above.at(-1) ?? null;
  const lineText = line === null ? 'This line' : `Line ${line}`;

  if (context.type === 'TabError' || /inconsistent use of tabs/.test(message)) {
    return {
      cause: 'indent.tabs-spaces',
      title: 'Tabs and spaces are mixed in the indentation',
      what: `${lineText} is indented with ${source.match(/^\s*/)?.[0].includes('\t') ? 'a tab' : 'spaces'}, while the lines around it use ${source.match(/^\s*/)?.[0].includes('\t') ? 'spaces' : 'tabs'}. They can look the same on screen, but Python counts them differently.`,
      why: `${why} A tab and 4 spaces may look alike, so Python refuses to guess when both are mixed.`,
      hints: [
        `Look at the start of ${line === null ? 'the line' : `line ${line}`} and the lines just above it.`,
        'Some lines are indented with a tab and others with spaces.',
        'Re-indent these lines with spaces only (4 per level). Many editors have a "convert tabs to spaces" option.',
      ],
      details: { width },
    };
  }
  const expected = /^expected an indented block(?: after (.+?) on line (\d+))?/.exec(message);
  if (expected) {
    const after = expected[1]
      ? `the ${expected[1].replace(/'(\w+)'/, '`$1`')}`
      : 'a line ending with a colon';
    const header = expected[2] ? Number(expected[2]) : null;
    const headerText = header ? lines[header - 1]?.trim() : previous?.trim();
    const step = header ? indentWidth(lines[header - 1] ?? '') + 4 : width + 4;
    return {
      cause: 'indent.expected-block',
      title: `The block after ${after}${header ? ` on line ${header}` : ''} is not indented`,
      what: `${headerText ? `${code(headerText)} ends with a colon, so the next line must be indented to show it belongs inside. ` : 'A line ending with a colon must be followed by indented lines. '}${lineText}${text ? `, ${code(text)},` : ''} is not indented, so the block is empty.`,
      why,
      hints: [
        `Look at the line right after ${headerText ? code(headerText) : 'the colon'}.`,
        `${text ? code(text) : 'That line'} should be inside the block, one step (4 spaces) further to the right.`,
        `${text ? `Indent it: ${code(`${' '.repeat(step)}${text}`)}.` : 'Indent it by 4 more spaces than the line with the colon.'} If the block should be empty for now, write ${code('pass')} there.`,
      ],
      details: { after, ...(header ? { headerLine: header } : {}) },
    };
  }
  if (/^unexpected indent/.test(message)) {
    const prevText = previous?.trim() ?? '';
    return {
      cause: 'indent.unexpected',
      title: `${lineText} is indented, but nothing above it opens a block`,
      what: `${lineText} starts with ${text ? plural(width, 'space') : 'spaces'}, but ${previous ? `the line before it (${code(prevText)}) doesn't end with a colon, so ` : ''}nothing there should be indented.`,
      why: `${why} A line can only be indented further when the line before it ends with \`:\`.`,
      hints: [
        `Look at the spaces at the start of ${line === null ? 'the line' : `line ${line}`}.`,
        `${lineText} has extra spaces at the start.`,
        text
          ? `Line it up with the line above: ${code(`${' '.repeat(indentWidth(previous ?? ''))}${text}`)}.`
          : 'Remove the extra spaces so it lines up with the line above.',
      ],
      details: { width },
    };
  }
  const levels = [...new Set(above.map((l) => indentWidth(l)))].sort((a, b) => a - b);
  const shown = levels.length > 0 ? levels.map(String).join(' or ') : '0';
  return {
    cause: 'indent.unindent-mismatch',
    title: `${lineText} is indented by an amount no line above uses`,
    what: text
      ? `${lineText} starts with ${plural(width, 'space')}, but the lines above it use ${shown} spaces. A line must line up exactly with the other lines of its block.`
      : `${lineText} is moved back to the left by an amount that doesn't match any line above it. A line must line up exactly with the other lines of its block.`,
    why,
    hints: [
      `Compare the spaces at the start of ${line === null ? 'the line' : `line ${line}`} with the lines above it.`,
      text
        ? `${plural(width, 'space')} doesn't match any level above (${shown}).`
        : "Its indentation doesn't match any level above.",
      text && levels.length > 0
        ? `Decide which block ${code(text)} belongs to and use exactly its indentation: ${levels.map((w) => code(`${' '.repeat(w)}${text}`)).join(' or ')}.`
        : 'Decide which block the line belongs to and indent it exactly like the other lines of that block.',
    ],
    details: { width, levels: levels.join(',') },
  };
}
