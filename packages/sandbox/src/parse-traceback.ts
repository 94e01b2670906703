import type { ParsedTraceback } from './types.ts';

interface Frame {
  file: string;
  line: number;
  source: string | null;
  /** Index of the frame's line in the block. */
  at: number;
}

const frameLine = /^\s*File "([^"]+)", line (\d+)/;
const cellLine = /^\s*(?:Cell In\s*\[\d*\]|Input In\s*\[\d*\]), line (\d+)/;
const exceptionLine =
  /^((?:[A-Za-z_]\w*\.)*([A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration|Group)|Exception))(?::\s?(.*))?$/;
const markerLine = /^\s*[~^]+[\s~^]*$/;
const libraryPath =
  /[\\/](?:lib|Lib)[\\/]python\d|[\\/]Lib[\\/]|[\\/](?:site|dist)-packages[\\/]|^<frozen |[\\/]Python\.framework[\\/]|[\\/]importlib[\\/]/;

// ANSI colours (Python 3.13 tracebacks), IDE and chat wrapping.
function clean(text: string): string[] {
  const lines = text
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n\[output truncated\]\n?$/, '')
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .map((line) => line.replace(/^\s*(?:>>>|\.\.\.) ?$/, '').trimEnd());
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common));
}

/** A file of the student's (any path outside the Python installation and installed packages). */
export function isStudentFile(file: string): boolean {
  return !libraryPath.test(file);
}

export interface ParseOptions {
  /**
   * The student's files, when they are known (a run in the sandbox: `main.py`, `student.py`); without them,
   * any file outside the Python installation and installed packages is the student's.
   */
  studentFiles?: readonly string[];
}

/**
 * Reads a traceback pasted in chat or printed by a run: the last exception's type and message, and the deepest
 * frame in the student's own file (`main.py`, `<student>`, an IDE's absolute path...) with its quoted source
 * line; for a SyntaxError, the line and caret column Python reported. `null` when the text holds no exception.
 */
export function parseTraceback(text: string, options: ParseOptions = {}): ParsedTraceback | null {
  const { studentFiles } = options;
  const isStudents = studentFiles
    ? (file: string) => studentFiles.some((name) => file === name || file.endsWith(`/${name}`))
    : isStudentFile;
  const lines = clean(text);
  let end = -1;
  let match: RegExpExecArray | null = null;
  for (let index = lines.length - 1; index >= 0 && !match; index--) {
    const line = lines[index] ?? '';
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    match = exceptionLine.exec(line);
    if (match) end = index;
  }
  if (!match || end < 0) return null;

  let start = 0;
  for (let index = end; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (/^Traceback \(most recent call last\):|^-{10,}/.test(line)) {
      start = index;
      break;
    }
    if (index < end && exceptionLine.test(line)) {
      start = index + 1;
      break;
    }
  }
  // Without a header (a SyntaxError's block), the traceback starts at its first frame, not at the output before it.
  const firstFrame = lines.findIndex((line, index) => index >= start && index < end && frameLine.test(line));
  if (!/^Traceback \(most recent call last\):|^-{10,}/.test(lines[start] ?? '') && firstFrame >= 0)
    start = firstFrame;
  const block = lines.slice(start, end + 1);
  const frames: Frame[] = [];
  let column: number | null = null;
  block.forEach((line, index) => {
    const frame = frameLine.exec(line) ?? cellLine.exec(line);
    if (frame) {
      const next = block[index + 1] ?? '';
      const quoted =
        next.startsWith('    ') && !markerLine.test(next) && !frameLine.test(next) ? next.trim() : null;
      frames.push({
        file: frame[2] ? (frame[1] ?? '') : '<cell>',
        line: Number(frame[2] ?? frame[1]),
        source: quoted,
        at: index,
      });
      return;
    }
    const arrow = /^-+>\s*(\d+)\s(.*)$/.exec(line);
    const last = frames.at(-1);
    if (arrow && last?.file === '<cell>') last.source = arrow[2]?.trim() ?? null;
  });

  const qualifiedType = match[1] ?? '';
  const type = match[2] ?? qualifiedType;
  const student = frames.filter((frame) => isStudents(frame.file)).at(-1) ?? null;
  if (/SyntaxError|IndentationError|TabError/.test(type) && student?.source) {
    const source = block[student.at + 1] ?? '';
    const caret = block[student.at + 2] ?? '';
    if (/^\s*\^/.test(caret)) {
      const at = caret.indexOf('^') - (source.length - source.trimStart().length);
      column = at >= 0 ? at + 1 : null;
    }
  }
  return {
    type,
    qualifiedType,
    message: (match[3] ?? '').trim(),
    line: student?.line ?? null,
    file: student?.file ?? null,
    sourceLine: student?.source ?? null,
    column,
    traceback: block.join('\n'),
  };
}
